import { createHmac } from 'node:crypto';
import { guestDelivery } from '../../test/support/whatsapp-builders';

/** One kind of guest message, with what a right answer to it looks like. */
export interface GuestMessageKind {
  label: string;
  /** A text message, or `null` for a sticker (no text: the pipeline answers without NLU). */
  text: string | null;
  /** How often it appears in its mix. */
  weight: number;
  /** The first reply must match this (the pre-flight check). */
  expect: RegExp;
}

export type MixKey = 'realistic' | 'greetings' | 'sticker';

/** A named set of message kinds, drawn from in a fixed weighted rotation (no randomness between runs). */
export interface GuestMix {
  key: MixKey;
  label: string;
  kinds: GuestMessageKind[];
}

/** A signed webhook delivery of one guest message, ready to POST. */
export interface Delivery {
  guest: string;
  messageId: string;
  kind: GuestMessageKind;
  body: string;
  headers: Record<string, string>;
}

/** Next month's name, so availability questions ask for dates ahead whatever the day of the run. */
function nextMonth(now: Date, locale: 'es' | 'en'): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15));
  return date.toLocaleString(locale, { month: 'long', timeZone: 'UTC' });
}

/** What the demo hotel's guests typically write: greetings, questions about the hotel, dates, thanks. */
export function guestMixes(now: Date): GuestMix[] {
  const mes = nextMonth(now, 'es');
  const month = nextMonth(now, 'en');
  const greeting = /hola|hello|hi\b|bienvenid|welcome/i;
  const realistic: GuestMessageKind[] = [
    { label: 'greeting es', text: 'Hola, buenas tardes', weight: 2, expect: greeting },
    { label: 'greeting en', text: 'Hi there!', weight: 1, expect: greeting },
    { label: 'parking es', text: '¿Tenéis parking?', weight: 2, expect: /parking|aparcamiento/i },
    { label: 'check-in en', text: 'What time is check-in?', weight: 2, expect: /15:00|3 ?pm/i },
    { label: 'breakfast es', text: '¿El desayuno está incluido?', weight: 1, expect: /desayuno/i },
    { label: 'pets en', text: 'Do you allow pets?', weight: 1, expect: /pet|dog/i },
    {
      label: 'availability es',
      text: `¿Hay habitación del 12 al 15 de ${mes} para 2?`,
      weight: 2,
      expect: /habitaci|noche|disponib|€|eur/i,
    },
    {
      label: 'availability en',
      text: `Do you have a room from the 3rd to the 5th of ${month} for 2 people?`,
      weight: 1,
      expect: /room|night|availab|€|eur/i,
    },
    {
      label: 'price es',
      text: '¿Cuánto cuesta la habitación doble?',
      weight: 1,
      expect: /€|eur|precio|noche/i,
    },
    { label: 'thanks es', text: 'Muchas gracias', weight: 1, expect: /nada|gracias|placer|ayud/i },
    { label: 'thanks en', text: 'Thanks a lot!', weight: 1, expect: /welcome|pleasure|glad|help/i },
  ];
  return [
    { key: 'realistic', label: 'realistic mix', kinds: realistic },
    {
      key: 'greetings',
      label: 'greetings only',
      kinds: [{ label: 'greeting es', text: 'Hola, buenas tardes', weight: 1, expect: greeting }],
    },
    {
      key: 'sticker',
      label: 'sticker (no NLU)',
      kinds: [{ label: 'sticker', text: null, weight: 1, expect: /./ }],
    },
  ];
}

/**
 * Deliveries of one mix, each from a guest never seen before in the run (so no two messages wait on
 * one conversation lock) under a message id never used before. The guest number carries a sequence
 * shared by every mix of the run, so a reply names the message it answers.
 */
export class DeliveryFactory {
  private seq = 0;
  private readonly rotations = new Map<MixKey, GuestMessageKind[]>();
  private readonly turns = new Map<MixKey, number>();

  constructor(
    private readonly secret: string,
    private readonly runTag: string,
    private readonly timestampS: string = String(Math.floor(Date.now() / 1000)),
  ) {}

  next(mix: GuestMix): Delivery {
    const rotation = this.rotationOf(mix);
    const turn = this.turns.get(mix.key) ?? 0;
    this.turns.set(mix.key, turn + 1);
    return this.deliver(rotation[turn % rotation.length]);
  }

  /** A delivery of one given kind (the pre-flight check sends each kind once). */
  deliver(kind: GuestMessageKind): Delivery {
    const seq = this.seq++;
    // 12 digits, 34 6xx xxx xxx: a Spanish mobile, unique within the run.
    const guest = `346${String(seq).padStart(9, '0')}`;
    const messageId = `wamid.e2e.${this.runTag}.${seq.toString(36)}`;
    const body = JSON.stringify(envelope(guest, messageId, kind.text, this.timestampS));
    const signature = createHmac('sha256', this.secret).update(body).digest('hex');
    return {
      guest,
      messageId,
      kind,
      body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${signature}` },
    };
  }

  private rotationOf(mix: GuestMix): GuestMessageKind[] {
    let rotation = this.rotations.get(mix.key);
    if (!rotation) {
      // Interleaved by weight (a, b, c, a, b, a, ...), so every slice sees the whole mix.
      rotation = [];
      const rounds = Math.max(...mix.kinds.map((kind) => kind.weight));
      for (let round = 0; round < rounds; round++)
        for (const kind of mix.kinds) if (kind.weight > round) rotation.push(kind);
      this.rotations.set(mix.key, rotation);
    }
    return rotation;
  }
}

function envelope(guest: string, messageId: string, text: string | null, timestampS: string): object {
  const content =
    text === null
      ? { type: 'sticker', sticker: { id: `sticker-${messageId}`, mime_type: 'image/webp' } }
      : { type: 'text', text: { body: text } };
  return guestDelivery({ from: guest, messages: [{ id: messageId, timestamp: timestampS, ...content }] });
}

import { PinoLogger } from 'nestjs-pino';
import { Counter, Histogram } from 'prom-client';
import { demoTenant, guestMessage } from '../../../test/support/turn-fixtures';
import { Clock } from '../../common/clock';
import { loadConfig } from '../../config/load-config';
import { type DownloadedMedia, MediaDownloader } from '../../messaging/media-downloader.port';
import type { UnifiedMessage } from '../../messaging/unified-message';
import type { NluService, ParseContext } from '../../nlp/nlu.service';
import { type IntentName, NO_INTENT, type ParseResult } from '../../nlp/nlp.types';
import { freshSession, type Session } from '../../session/session';
import type { LockService } from '../../lock/lock.service';
import type { PmsAdapter } from '../../pms/pms-adapter.port';
import { BookingFlow } from '../booking/booking-flow';
import { DialogueRouter } from '../dialogue/dialogue-router';
import { IntentHandler } from '../dialogue/intent-handler';
import type { IntentHandlerRegistry } from '../dialogue/intent-handler.registry';
import type { Turn } from '../dialogue/turn';
import { Phrasebook } from '../replies/phrasebook';
import { type AudioClip, Transcriber } from '../voice/transcriber.port';
import { ConversationPipeline } from './conversation-pipeline';
import { HotelFacts } from '../dialogue/hotel-facts';
import { HotelInfoHandler } from '../intents/hotel-info.handler';
import { RoomPricesHandler } from '../intents/room-prices.handler';
import { ThanksHandler } from '../intents/thanks.handler';

class FakeNlu {
  result: ParseResult = { intent: 'greeting', confidence: 0.9, language: 'es', entities: [] };
  delayMs = 0;
  texts: string[] = [];
  languages: Array<string | undefined> = [];
  async parse(text: string, context: ParseContext): Promise<ParseResult> {
    this.texts.push(text);
    this.languages.push(context.language);
    // Ends with its signal, as the real one does: a timer left behind keeps jest's worker alive.
    if (this.delayMs) await abortableDelay(this.delayMs, context.signal);
    return this.result;
  }
}

function abortableDelay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason as Error)));
  });
}

class FakeTranscriber extends Transcriber {
  configured = true;
  delayMs = 0;
  clips: AudioClip[] = [];
  get isConfigured(): boolean {
    return this.configured;
  }
  async transcribe(clip: AudioClip, _language: string | undefined, signal: AbortSignal): Promise<string> {
    this.clips.push(clip);
    await abortableDelay(this.delayMs, signal);
    return '¿tenéis parking?';
  }
}

class FakeMedia extends MediaDownloader {
  async download(): Promise<DownloadedMedia> {
    return { bytes: Buffer.from('OggS'), mimeType: 'audio/ogg' };
  }
}

/** A handler that says something, or misbehaves as told. */
class ScriptedHandler extends IntentHandler {
  constructor(
    readonly intent: IntentName,
    private readonly act: (turn: Turn) => Promise<void>,
  ) {
    super();
  }
  handle(turn: Turn): Promise<void> {
    return this.act(turn);
  }
}

describe('ConversationPipeline', () => {
  const tenant = demoTenant();
  let nlu: FakeNlu;
  let transcriber: FakeTranscriber;
  let handlers: Map<IntentName, IntentHandler>;
  let timeouts: Counter<'stage'>;
  let pipeline: ConversationPipeline;
  let router: DialogueRouter;
  let clock: Clock;
  const signal = new AbortController().signal;
  const session = (overrides: Partial<Session> = {}): Session => ({
    ...freshSession({ tenantId: 'demo', channel: 'whatsapp', guestId: '34611111111' }, new Date()),
    ...overrides,
  });
  const handle = (message: Partial<UnifiedMessage> = {}, stored: Session = session()) =>
    pipeline.handle(guestMessage(message), tenant, stored, signal);

  beforeEach(() => {
    nlu = new FakeNlu();
    transcriber = new FakeTranscriber();
    handlers = new Map<IntentName, IntentHandler>([
      [
        'greeting',
        new ScriptedHandler('greeting', async (turn) =>
          turn.say('greeting', { name: 'none', hotel: 'Hotel Demo' }),
        ),
      ],
    ]);
    timeouts = new Counter({ name: 't', help: 't', labelNames: ['stage'], registers: [] });
    router = new DialogueRouter();
    clock = new Clock();
    const registry = {
      get: (intent: IntentName) => handlers.get(intent),
    } as unknown as IntentHandlerRegistry;
    pipeline = new ConversationPipeline(
      nlu as unknown as NluService,
      transcriber,
      new FakeMedia(),
      router,
      registry,
      new BookingFlow({} as PmsAdapter, {} as LockService, new HotelFacts()),
      new Phrasebook(),
      loadConfig({ NLP_TIMEOUT_MS: '100', HANDLER_TIMEOUT_MS: '100', TRANSCRIPTION_TIMEOUT_MS: '100' }),
      clock,
      timeouts,
      new Histogram({ name: 'h', help: 'h', labelNames: ['stage'], registers: [] }),
      new PinoLogger({ pinoHttp: { level: 'silent' } }),
    );
  });

  const count = async (stage: string) =>
    (await timeouts.get()).values.find((v) => v.labels.stage === stage)?.value ?? 0;

  it("answers with the intent's handler and returns the conversation to save", async () => {
    const result = await handle();
    expect(result).toMatchObject({ intent: 'greeting', outcome: 'answered', language: 'es' });
    expect(result.replies[0]).toMatchObject({ type: 'text', text: expect.stringMatching(/Hola/) });
    expect(result.state).not.toBeNull();
  });

  // "Perdón, quería diciembre no enero" picks the next December from the hotel's today, not the UTC one.
  it("routes with the hotel's calendar day, which near midnight is not the UTC one", async () => {
    jest.spyOn(clock, 'now').mockReturnValue(Date.parse('2026-12-31T23:30:00Z'));
    const route = jest.spyOn(router, 'route');
    await handle({ receivedAt: '2026-12-31T23:29:59Z' });
    expect(tenant.timezone).toBe('Europe/Madrid');
    expect(route.mock.calls[0][3]).toBe('2027-01-01');
  });

  it('stays silent while a person has the conversation, and passes what the guest writes to the staff', async () => {
    const result = await handle({ text: '¿Tenéis parking?', fromName: 'Ana' }, session({ handoff: true }));
    expect(result).toMatchObject({ outcome: 'silenced', replies: [], state: null });
    expect(result.staffNotices).toEqual([
      expect.stringMatching(
        /^💬 Ana \(\d+\) \(WhatsApp\), que espera a una persona, escribe: «¿Tenéis parking\?»\./,
      ),
    ]);
    expect(nlu.texts).toHaveLength(0);
  });

  it.each<[Partial<UnifiedMessage>, RegExp]>([
    [
      { text: 'ES URGENTE, se sale el agua del baño' },
      /^🚨 URGENTE\. 💬 .*«ES URGENTE, se sale el agua del baño»/,
    ],
    [{ text: 'help please, emergency' }, /^🚨 URGENTE\. /],
    // Not urgent, said so, or help asked for calmly (review 25, 10).
    [{ text: 'no es urgente, cuando puedas' }, /^💬 /],
    [{ text: 'thanks for your help' }, /^💬 /],
    [{ kind: 'audio', text: undefined }, /escribe: una nota de voz\./],
    [{ kind: 'sticker', text: undefined }, /escribe: un mensaje sin texto\./],
  ])('tells the staff of %j while a person has the conversation', async (message, notice) => {
    const result = await handle(message, session({ handoff: true }));
    expect(result.replies).toEqual([]);
    expect(result.staffNotices).toEqual([expect.stringMatching(notice)]);
    expect(transcriber.clips).toHaveLength(0);
  });

  it('passes no reaction and no message over the rate limit to the staff', async () => {
    const reaction = await handle(
      { kind: 'reaction', text: undefined, reaction: { messageId: 'x', emoji: '👍' } },
      session({ handoff: true }),
    );
    expect(reaction.staffNotices).toEqual([]);
    const flood = await pipeline.handle(
      guestMessage({ text: 'hola?' }),
      tenant,
      session({ handoff: true }),
      signal,
      {
        throttled: true,
        notify: true,
      },
    );
    expect(flood).toMatchObject({ outcome: 'silenced', replies: [], staffNotices: [] });
  });

  it('does not answer a reaction', async () => {
    const result = await handle({
      kind: 'reaction',
      text: undefined,
      reaction: { messageId: 'x', emoji: '👍' },
    });
    expect(result).toMatchObject({ outcome: 'ignored', replies: [] });
  });

  it('asks for text when a message has none (a sticker, a photo without caption)', async () => {
    const result = await handle({ kind: 'sticker', text: undefined });
    expect(result.outcome).toBe('unsupported');
    expect(result.replies[0]).toMatchObject({ text: expect.stringMatching(/escribes/) });
  });

  it('asks a voice note to be written when no transcription service is configured', async () => {
    transcriber.configured = false;
    const result = await handle({ kind: 'audio', text: undefined, media: { id: 'm1', voice: true } });
    expect(result.outcome).toBe('voice_unavailable');
    expect(result.replies[0]).toMatchObject({ text: expect.stringMatching(/audios/) });
  });

  it('transcribes a voice note and answers what it says', async () => {
    await handle({ kind: 'audio', text: undefined, media: { id: 'm1', voice: true } });
    expect(transcriber.clips[0].mimeType).toBe('audio/ogg');
    expect(nlu.texts).toEqual(['¿tenéis parking?']);
  });

  it('answers a transcription over budget with a fallback within the budget, and counts it', async () => {
    transcriber.delayMs = 5000;
    const started = Date.now();
    const result = await handle({ kind: 'audio', text: undefined, media: { id: 'm1', voice: true } });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.outcome).toBe('timeout');
    expect(result.replies[0]).toMatchObject({
      text: expect.stringMatching(/No he podido entender el audio/),
    });
    expect(await count('transcription')).toBe(1);
  });

  it('answers an NLU overrun with the technical fallback and keeps the stored conversation', async () => {
    nlu.delayMs = 1000;
    const result = await handle();
    expect(result).toMatchObject({ outcome: 'timeout', state: null });
    expect(result.replies[0]).toMatchObject({ text: expect.stringMatching(/he tenido un problema/) });
    expect(await count('nlu')).toBe(1);
  });

  it('answers a handler overrun with the fallback, discarding what the late handler changes', async () => {
    let late: Turn | undefined;
    handlers.set(
      'greeting',
      new ScriptedHandler('greeting', async (turn) => {
        late = turn;
        await new Promise((resolve) => setTimeout(resolve, 300));
        turn.state.handoff = true;
        turn.say('thanks');
      }),
    );
    const result = await handle();
    expect(result).toMatchObject({ outcome: 'timeout', state: null });
    expect(late?.signal.aborted).toBe(true);
    expect(await count('handler')).toBe(1);
  });

  it('answers a handler exception with the fallback, never silence', async () => {
    handlers.set('greeting', new ScriptedHandler('greeting', () => Promise.reject(new Error('bug'))));
    const result = await handle();
    expect(result.outcome).toBe('error');
    expect(result.replies).toHaveLength(1);
    expect(await count('handler')).toBe(0);
  });

  it('answers a reading of the message that throws with the fallback, never a retried job', async () => {
    jest.spyOn(router, 'route').mockImplementation(() => {
      throw new ReferenceError('bug in a reading');
    });
    const result = await handle();
    expect(result).toMatchObject({ outcome: 'error', state: null });
    expect(result.replies[0]).toMatchObject({ text: expect.stringMatching(/he tenido un problema/) });
  });

  it('does not leave the guest unanswered when a handler says nothing', async () => {
    handlers.set('greeting', new ScriptedHandler('greeting', async () => undefined));
    const result = await handle();
    expect(result.replies).toHaveLength(1);
  });

  it('clarifies the first time it does not understand and offers a person the second time', async () => {
    nlu.result = { intent: 'None', confidence: 0.2, language: 'es', entities: [] };
    const first = await handle({ text: 'asdf' });
    expect(first.outcome).toBe('fallback');
    const second = await handle(
      { text: 'qwer' },
      session({ fallbackCount: first.state?.fallbackCount ?? 0 }),
    );
    expect(second.replies[0]).toMatchObject({
      type: 'buttons',
      buttons: [{ id: 'human_yes' }, { id: 'human_no' }],
    });
    expect(second.state?.dialogue).toMatchObject({ flow: 'human_handoff', awaiting: 'confirmation' });
  });

  it('resets the fallback count once it understands again', async () => {
    const result = await handle({}, session({ fallbackCount: 1 }));
    expect(result.state?.fallbackCount).toBe(0);
  });

  it('answers a side question at a booking summary and asks for the yes again', async () => {
    const slots = {
      checkIn: '2026-12-12',
      checkOut: '2026-12-14',
      guests: 2,
      roomTypeId: 'double',
      guestName: 'Ana García',
      bookingKey: 'whatsapp:wamid.SUMMARY',
      step: 'summary',
    };
    const dialogue = { flow: 'make_reservation' as const, awaiting: 'confirmation' as const, slots };
    handlers.set(
      'hotel_info',
      new ScriptedHandler('hotel_info', async (turn) => turn.sayText('Sí, parking.')),
    );
    nlu.result = { intent: 'hotel_info', confidence: 0.9, language: 'es', entities: [] };
    const result = await handle({ text: '¿hay parking?' }, session({ dialogue }));
    expect(result.replies).toEqual([
      { type: 'text', text: 'Sí, parking.' },
      {
        type: 'buttons',
        text: 'Sigue pendiente tu reserva de la Doble Estándar, del sáb 12 dic al lun 14 dic. ¿La confirmo?',
        buttons: [
          { id: 'confirm_yes', title: 'Sí, confirmar' },
          { id: 'confirm_no', title: 'No' },
        ],
      },
    ]);
    // The stay and its booking key stand; the reminder's buttons are the choices now.
    expect(result.state?.dialogue).toEqual({
      ...dialogue,
      slots: { ...slots, options: ['confirm_yes', 'confirm_no'] },
    });

    // A side question whose answer asks something itself: that is the question now, the summary lapses.
    handlers.set(
      'hotel_info',
      new ScriptedHandler('hotel_info', async (turn) =>
        turn.ask('¿Te mando las fotos?', [{ id: 'photos_yes', title: 'Sí' }]),
      ),
    );
    const asked = await handle({ text: '¿hay parking?' }, session({ dialogue }));
    expect(asked.replies).toHaveLength(1);
    expect(asked.state?.dialogue.awaiting).toBeNull();

    // A hello ("hola?") is an aside too: the guest is still there, and so is the summary.
    nlu.result = { intent: 'greeting', confidence: 0.9, language: 'es', entities: [] };
    const greeted = await handle({ text: 'hola?' }, session({ dialogue }));
    expect(greeted.replies).toHaveLength(2);
    expect(greeted.state?.dialogue.awaiting).toBe('confirmation');
    // Any other request lets the summary lapse.
    handlers.set(
      'cancel_reservation',
      new ScriptedHandler('cancel_reservation', async (turn) => turn.sayText('¿Cuál?')),
    );
    nlu.result = { intent: 'cancel_reservation', confidence: 0.9, language: 'es', entities: [] };
    const other = await handle({ text: 'cancela mi otra reserva' }, session({ dialogue }));
    expect(other.replies).toHaveLength(1);
    expect(other.state?.dialogue.awaiting).toBeNull();
  });

  it('asks the detail a booking waits for again after a side question, once', async () => {
    const dialogue = {
      flow: 'make_reservation' as const,
      awaiting: 'guest_name' as const,
      slots: { checkIn: '2026-12-12', checkOut: '2026-12-14', guests: 2, roomTypeId: 'double' },
    };
    handlers.set(
      'hotel_info',
      new ScriptedHandler('hotel_info', async (turn) => turn.sayText('Sí, parking.')),
    );
    nlu.result = { intent: 'hotel_info', confidence: 0.9, language: 'es', entities: [] };
    const aside = await handle({ text: '¿hay parking?' }, session({ dialogue }));
    expect(aside.replies).toEqual([
      { type: 'text', text: 'Sí, parking.' },
      { type: 'text', text: '¿A nombre de quién hago la reserva?' },
    ]);
    expect(aside.state?.dialogue).toEqual(dialogue);
    // Only the departure missing: that is what is asked again.
    const untilWhen = { ...dialogue, awaiting: 'dates' as const, slots: { checkIn: '2026-12-12' } };
    const asked = await handle({ text: '¿hay parking?' }, session({ dialogue: untilWhen }));
    expect(asked.replies[1]).toEqual({ type: 'text', text: '¿Hasta qué día? (o dime cuántas noches)' });
    // A handler that asked it itself (a price going on with the booking): not twice.
    handlers.set('hotel_info', new ScriptedHandler('hotel_info', async (turn) => turn.say('ask.guest_name')));
    const once = await handle({ text: '¿y el precio?' }, session({ dialogue }));
    expect(once.replies).toEqual([{ type: 'text', text: '¿A nombre de quién hago la reserva?' }]);
    // Any other request is no aside: nothing asked again.
    handlers.set(
      'cancel_reservation',
      new ScriptedHandler('cancel_reservation', async (turn) => turn.sayText('¿Cuál?')),
    );
    nlu.result = { intent: 'cancel_reservation', confidence: 0.9, language: 'es', entities: [] };
    const other = await handle({ text: 'cancela mi otra reserva' }, session({ dialogue }));
    expect(other.replies).toHaveLength(1);
  });

  it('answers a thanks at a summary briefly and asks for the yes again, rather than dropping it', async () => {
    const slots = {
      checkIn: '2026-12-12',
      checkOut: '2026-12-14',
      guests: 2,
      roomTypeId: 'double',
      guestName: 'Ana García',
      bookingKey: 'whatsapp:wamid.SUMMARY',
      step: 'summary',
    };
    const dialogue = { flow: 'make_reservation' as const, awaiting: 'confirmation' as const, slots };
    handlers.set('thanks', new ThanksHandler());
    nlu.result = { intent: 'thanks', confidence: 0.9, language: 'es', entities: [] };
    const result = await handle({ text: '¡gracias!' }, session({ dialogue }));
    expect(result.replies).toEqual([
      { type: 'text', text: '¡De nada! 😊' },
      expect.objectContaining({
        type: 'buttons',
        text: expect.stringMatching(/^Sigue pendiente tu reserva/),
      }),
    ]);
    expect(result.state?.dialogue).toMatchObject({
      flow: 'make_reservation',
      awaiting: 'confirmation',
      slots,
    });
    // With no booking waiting, the usual "anything else?".
    const plain = await handle({ text: '¡gracias!' });
    expect(plain.replies).toEqual([{ type: 'text', text: '¡A ti! ¿Puedo ayudarte con algo más?' }]);
  });

  it('asks a pending summary again in the language the guest switches to', async () => {
    const slots = {
      checkIn: '2026-12-12',
      checkOut: '2026-12-14',
      guests: 2,
      roomTypeId: 'double',
      guestName: 'Ana García',
      bookingKey: 'whatsapp:wamid.SUMMARY',
      step: 'summary',
    };
    const dialogue = { flow: 'make_reservation' as const, awaiting: 'confirmation' as const, slots };
    nlu.result = { intent: NO_INTENT, confidence: 0.4, language: 'en', entities: [] };
    const stored = session({ dialogue, language: 'es' });
    const result = await handle({ text: 'sorry, can we continue in English?' }, stored);
    expect(result.replies).toEqual([
      { type: 'text', text: "Of course! Let's continue in English." },
      {
        type: 'buttons',
        text: 'Your booking of the Standard Double, Sat, Dec 12 to Mon, Dec 14, is still waiting. Shall I confirm it?',
        buttons: [
          { id: 'confirm_yes', title: 'Yes, confirm' },
          { id: 'confirm_no', title: 'No' },
        ],
      },
    ]);
    expect(result.state?.dialogue).toEqual({
      ...dialogue,
      slots: { ...slots, options: ['confirm_yes', 'confirm_no'] },
    });

    // A line it does not understand leaves the summary waiting, unrepeated.
    const unclear = await handle({ text: 'asdfgh' }, stored);
    expect(unclear.replies).toHaveLength(1);
  });

  it('answers "¿y cuánto cuesta?" of the topic asked just before, and only just before', async () => {
    const facts = new HotelFacts();
    handlers.set('hotel_info', new HotelInfoHandler(facts));
    handlers.set('room_prices', new RoomPricesHandler({} as PmsAdapter, {} as BookingFlow, facts));
    const transfer = {
      type: 'info_topic' as const,
      value: { topic: 'amenities' as const },
      text: 'transfer',
      start: 9,
      end: 17,
    };
    nlu.result = { intent: 'hotel_info', confidence: 0.9, language: 'es', entities: [transfer] };
    const asked = await handle({ id: 'wamid.T1', text: '¿tenéis transfer al aeropuerto?' });
    expect(asked.replies[0]).toMatchObject({ text: 'Sí, tenemos traslado al aeropuerto.' });

    nlu.result = { intent: 'room_prices', confidence: 0.9, language: 'es', entities: [] };
    const price = await handle(
      { id: 'wamid.T2', text: '¿y cuánto cuesta?' },
      session({ dialogue: asked.state!.dialogue }),
    );
    expect(price.intent).toBe('room_prices');
    expect(price.replies[0]).toMatchObject({
      text: 'Tenemos traslado al aeropuerto, pero su precio no te lo puedo confirmar desde aquí: llámanos al +34 910 000 000 y te lo decimos.',
    });

    // One message later the topic no longer stands: the rooms' rates are asked of the PMS.
    nlu.result = { intent: 'greeting', confidence: 0.9, language: 'es', entities: [] };
    const greeted = await handle(
      { id: 'wamid.T3', text: 'hola' },
      session({ dialogue: price.state!.dialogue }),
    );
    expect(greeted.state?.dialogue.slots.lastTopics).toBeUndefined();
  });

  it('forgets a pending cancellation once the guest asks something else, keeping the bookings known', async () => {
    const asking = session({
      dialogue: {
        flow: 'cancel_reservation',
        awaiting: 'confirmation',
        slots: { reference: 'K7QX2M', lastReference: 'K7QX2M', options: ['confirm_yes', 'confirm_no'] },
      },
    });
    const result = await handle({ text: 'hola' }, asking);
    expect(result.state?.dialogue).toEqual({
      flow: null,
      awaiting: null,
      // The greeting's "¿en qué te ayudo?": a bare "sí" next takes it up.
      slots: { lastReference: 'K7QX2M', helpOffered: 'wamid.T1' },
    });
  });

  it('keeps a pending question through a message it did not understand', async () => {
    nlu.result = { intent: 'None', confidence: 0.1, language: 'es', entities: [] };
    const asking = session({
      dialogue: { flow: 'cancel_reservation', awaiting: 'confirmation', slots: { reference: 'K7QX2M' } },
    });
    const result = await handle({ text: 'mmm' }, asking);
    expect(result.state?.dialogue.awaiting).toBe('confirmation');
  });

  it('ends a flow left idle for hours', async () => {
    const old = new Date(Date.now() - 3 * 3600 * 1000).toISOString();
    const stale = session({
      updatedAt: old,
      dialogue: {
        flow: 'make_reservation',
        awaiting: 'confirmation',
        slots: { step: 'summary', lastReference: 'AAAAA1' },
      },
    });
    const result = await handle({ text: 'hola' }, stale);
    expect(result.state?.dialogue).toEqual({
      flow: null,
      awaiting: null,
      slots: { lastReference: 'AAAAA1', helpOffered: 'wamid.T1' },
    });
  });

  it('answers in the language the NLU chose', async () => {
    nlu.result = { intent: 'greeting', confidence: 0.9, language: 'en', entities: [] };
    const result = await handle({ text: 'hello there' });
    expect(result.language).toBe('en');
    expect(result.replies[0]).toMatchObject({ text: expect.stringMatching(/Hello/) });
  });

  it("reads a tapped button in the conversation's language: its title is the hotel's words", async () => {
    const tap = (title: string): Partial<UnifiedMessage> => ({
      kind: 'interactive',
      text: title,
      interactive: { kind: 'button_reply', id: 'confirm_yes', title },
    });
    await handle(tap('Yes, confirm'), session({ language: 'es' }));
    // Without a language yet (a template's button), and for what the guest types, the NLU detects it.
    await handle(tap('Yes, confirm'), session({ language: null }));
    await handle({ text: 'yes, confirm' }, session({ language: 'es' }));
    expect(nlu.languages).toEqual(['es', undefined, undefined]);
  });

  it("keeps the conversation's language for a name or a code typed when asked for one", async () => {
    nlu.result = { intent: 'None', confidence: 0.2, language: 'en', entities: [] };
    const asked = (awaiting: 'guest_name' | 'reference' | 'dates') =>
      session({ language: 'es', dialogue: { flow: 'make_reservation', awaiting, slots: {} } });
    expect((await handle({ text: 'Jorge Hernandez' }, asked('guest_name'))).language).toBe('es');
    expect((await handle({ text: 'K7QX2M' }, asked('reference'))).language).toBe('es');
    // A sentence, or another question, is in the guest's language.
    expect(
      (await handle({ text: "sorry, I don't have the code with me" }, asked('reference'))).language,
    ).toBe('en');
    expect((await handle({ text: 'Jorge Hernandez' }, asked('dates'))).language).toBe('en');
    // At "shall I book it?", a name typed is taken as a yes under it: in the conversation's language too.
    const offer = session({
      language: 'es',
      dialogue: { flow: 'make_reservation', awaiting: 'confirmation', slots: {} },
    });
    expect((await handle({ text: 'Jorge Hernandez' }, offer)).language).toBe('es');
    expect((await handle({ text: 'yes please, book it' }, offer)).language).toBe('en');
  });

  it('sends an e-mail guest one mail per answer', async () => {
    handlers.set(
      'greeting',
      new ScriptedHandler('greeting', async (turn) => {
        turn.say('thanks');
        turn.askToConfirm('¿Seguro?');
      }),
    );
    const result = await handle({ channel: 'gmail', from: 'ana@example.com' });
    expect(result.replies).toHaveLength(1);
    expect(result.replies[0]).toMatchObject({ type: 'buttons', text: expect.stringContaining('¿Seguro?') });
  });
});

import { createHmac } from 'node:crypto';

export const APP_SECRET = 'whatsapp-app-secret-for-tests';
export const VERIFY_TOKEN = 'verify-me-please';
export const DEMO_NUMBER_ID = '100000000000001';

export interface TextMessageSpec {
  id: string;
  from?: string;
  text?: string;
  name?: string;
  phoneNumberId?: string;
}

/** A Cloud API delivery with one change per hotel number, carrying the given text messages. */
export function whatsappDelivery(
  messages: TextMessageSpec[],
  statuses: object[] = [],
): Record<string, unknown> {
  const byNumber = new Map<string, TextMessageSpec[]>();
  for (const m of messages)
    byNumber.set(m.phoneNumberId ?? DEMO_NUMBER_ID, [
      ...(byNumber.get(m.phoneNumberId ?? DEMO_NUMBER_ID) ?? []),
      m,
    ]);
  if (byNumber.size === 0) byNumber.set(DEMO_NUMBER_ID, []);
  return cloudApiEnvelope(
    [...byNumber].map(([phoneNumberId, list], i) =>
      messagesChange(phoneNumberId, {
        ...(list.length
          ? {
              contacts: list.map((m) => ({
                profile: { name: m.name ?? 'Ana' },
                wa_id: m.from ?? '34611111111',
              })),
              messages: list.map((m) => ({
                from: m.from ?? '34611111111',
                id: m.id,
                timestamp: '1764070000',
                type: 'text',
                text: { body: m.text ?? 'Hola' },
              })),
            }
          : {}),
        ...(i === 0 && statuses.length ? { statuses } : {}),
      }),
    ),
  );
}

/**
 * A Cloud API delivery of one guest's messages, each given whole (`{ id, timestamp, type, ... }`,
 * `from` filled in): any message type, for conversations and load generators.
 */
export function guestDelivery(guest: {
  from: string;
  name?: string;
  phoneNumberId?: string;
  messages: object[];
}): Record<string, unknown> {
  return cloudApiEnvelope([
    messagesChange(guest.phoneNumberId ?? DEMO_NUMBER_ID, {
      contacts: [{ profile: { name: guest.name ?? 'Ana' }, wa_id: guest.from }],
      messages: guest.messages.map((message) => ({ from: guest.from, ...message })),
    }),
  ]);
}

/** The webhook body around a list of `changes`, as the Cloud API sends it. */
function cloudApiEnvelope(changes: object[]): Record<string, unknown> {
  return { object: 'whatsapp_business_account', entry: [{ id: '200000000000002', changes }] };
}

/** One `messages` change for a hotel number, carrying `fields` (contacts, messages, statuses). */
function messagesChange(phoneNumberId: string, fields: object): object {
  return {
    field: 'messages',
    value: {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '34910000000', phone_number_id: phoneNumberId },
      ...fields,
    },
  };
}

export function signWhatsApp(body: string | Buffer, secret = APP_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

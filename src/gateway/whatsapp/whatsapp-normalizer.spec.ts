import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type InboundWhatsAppMessage,
  normaliseWhatsAppEnvelope,
  type NormalisedWhatsAppDelivery,
  type WhatsAppStatus,
} from './whatsapp-normalizer';
import { parseWhatsAppEnvelope } from './whatsapp-webhook.dto';

const FIXTURES = join(__dirname, '../../../test/fixtures/whatsapp');

type JsonObject = Record<string, unknown>;
interface Body {
  entry: Array<{ id: string; changes: Array<{ field: string; value: JsonObject | string }> }>;
}

function fixture(name: string): Body {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Body;
}

/** The `value` of an entry's first change. */
function valueOf(body: Body, entry = 0): JsonObject {
  return body.entry[entry].changes[0].value as JsonObject;
}

function normalise(body: unknown): NormalisedWhatsAppDelivery {
  return normaliseWhatsAppEnvelope(parseWhatsAppEnvelope(body));
}

/** The text fixture with its one message replaced by `message` (id, from and timestamp kept). */
function withMessage(message: JsonObject): Body {
  const body = fixture('text');
  const [{ id, from, timestamp }] = valueOf(body).messages as JsonObject[];
  valueOf(body).messages = [{ id, from, timestamp, ...message }];
  return body;
}

const FROM_ANA = {
  channel: 'whatsapp',
  from: '34611111111',
  fromName: 'Ana',
  phoneNumberId: '100000000000001',
  receivedAt: '2025-11-25T11:26:40.000Z',
} as const;

const MESSAGE_FIXTURES: Array<[string, InboundWhatsAppMessage]> = [
  [
    'text',
    {
      ...FROM_ANA,
      id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzTXT1',
      kind: 'text',
      text: 'Hola, ¿tienen habitación doble del 12 al 15 de diciembre para 2 personas?',
    },
  ],
  [
    'audio-voice',
    {
      ...FROM_ANA,
      id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzAUD1',
      kind: 'audio',
      media: {
        id: '1234567890123456',
        mimeType: 'audio/ogg; codecs=opus',
        sha256: 'q9c1oHqz8Gx8rS0=',
        voice: true,
      },
    },
  ],
  [
    'image-caption',
    {
      ...FROM_ANA,
      id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzIMG1',
      kind: 'image',
      text: '¿Es esta la vista desde la suite?',
      media: {
        id: '2234567890123456',
        mimeType: 'image/jpeg',
        sha256: 'f0a2c3==',
        caption: '¿Es esta la vista desde la suite?',
      },
    },
  ],
  [
    'document',
    {
      ...FROM_ANA,
      id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzDOC1',
      kind: 'document',
      text: 'Mi DNI',
      media: {
        id: '3234567890123456',
        mimeType: 'application/pdf',
        sha256: 'abcd==',
        caption: 'Mi DNI',
        filename: 'dni.pdf',
      },
    },
  ],
  [
    'sticker',
    {
      ...FROM_ANA,
      id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzSTK1',
      kind: 'sticker',
      media: { id: '4234567890123456', mimeType: 'image/webp', sha256: 'st==' },
    },
  ],
  [
    'location',
    {
      ...FROM_ANA,
      id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzLOC1',
      kind: 'location',
      location: {
        latitude: 40.4168,
        longitude: -3.7038,
        name: 'Puerta del Sol',
        address: 'Plaza de la Puerta del Sol, Madrid',
      },
    },
  ],
  [
    'interactive-button-reply',
    {
      ...FROM_ANA,
      id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzBTN1',
      kind: 'interactive',
      text: 'Sí, confirmar',
      interactive: { kind: 'button_reply', id: 'confirm_yes', title: 'Sí, confirmar' },
      replyTo: 'wamid.OUTBOUND1',
    },
  ],
  [
    'interactive-list-reply',
    {
      ...FROM_ANA,
      id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzLST1',
      kind: 'interactive',
      text: 'Suite Junior',
      interactive: { kind: 'list_reply', id: 'room_suite', title: 'Suite Junior' },
      replyTo: 'wamid.OUTBOUND2',
    },
  ],
  [
    'template-button',
    {
      ...FROM_ANA,
      id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzTPB1',
      kind: 'button',
      text: 'Ver check-in',
      interactive: { kind: 'template_button', id: 'CHECKIN_INFO', title: 'Ver check-in' },
      replyTo: 'wamid.OUTBOUND3',
    },
  ],
  [
    'reaction',
    {
      ...FROM_ANA,
      id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzRCT1',
      kind: 'reaction',
      reaction: { messageId: 'wamid.OUTBOUND1', emoji: '👍' },
    },
  ],
  ['unsupported', { ...FROM_ANA, id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzUNS1', kind: 'unsupported' }],
];

const STATUS_FIXTURES: Array<[string, WhatsAppStatus]> = [
  [
    'statuses-delivered',
    {
      id: 'wamid.OUTBOUND1',
      status: 'delivered',
      recipientId: '34611111111',
      phoneNumberId: '100000000000001',
      timestamp: '2025-11-25T11:28:20.000Z',
    },
  ],
  [
    'statuses-failed-131047',
    {
      id: 'wamid.OUTBOUND9',
      status: 'failed',
      recipientId: '34611111111',
      phoneNumberId: '100000000000001',
      timestamp: '2025-11-26T15:15:00.000Z',
      errors: [
        {
          code: 131047,
          title: 'Re-engagement message',
          message: 'Re-engagement message',
          details:
            'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
        },
      ],
    },
  ],
];

describe('normaliseWhatsAppEnvelope', () => {
  it('has an expectation for every WhatsApp fixture', () => {
    const covered = [...MESSAGE_FIXTURES, ...STATUS_FIXTURES].map(([name]) => `${name}.json`);
    const files = readdirSync(FIXTURES).filter((file) => file !== 'batch-two-guests-and-status.json');
    expect(covered.sort()).toEqual(files.sort());
  });

  it.each(MESSAGE_FIXTURES)('turns the %s fixture into one message and no status', (name, expected) => {
    expect(normalise(fixture(name))).toStrictEqual({ messages: [expected], statuses: [] });
  });

  it.each(STATUS_FIXTURES)('turns the %s fixture into one status and no message', (name, expected) => {
    expect(normalise(fixture(name))).toStrictEqual({ messages: [], statuses: [expected] });
  });

  it('keeps two guests and a status delivered in one POST apart, in order', () => {
    expect(normalise(fixture('batch-two-guests-and-status'))).toStrictEqual({
      messages: [
        { ...FROM_ANA, id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzB1', kind: 'text', text: 'Hola' },
        {
          ...FROM_ANA,
          id: 'wamid.HBgLMzQ2MjIyMjIyMjIVAgASGBQzB2',
          from: '34622222222',
          fromName: 'John',
          receivedAt: '2025-11-25T11:26:41.000Z',
          kind: 'text',
          text: 'Hello, do you have rooms?',
        },
      ],
      statuses: [
        {
          id: 'wamid.OUT7',
          status: 'read',
          recipientId: '34633333333',
          phoneNumberId: '100000000000001',
          timestamp: '2025-11-25T11:26:42.000Z',
        },
      ],
    });
  });

  it('takes a video with its caption as media and text', () => {
    const body = withMessage({ type: 'video', video: { id: '5234567890123456', caption: 'El ruido' } });
    const [message] = normalise(body).messages;
    expect(message).toMatchObject({ kind: 'video', text: 'El ruido' });
    expect(message.media).toStrictEqual({ id: '5234567890123456', caption: 'El ruido' });
  });

  it('takes shared contact cards as names and phone numbers', () => {
    const body = withMessage({
      type: 'contacts',
      contacts: [
        {
          name: { formatted_name: 'Luis Pérez', first_name: 'Luis' },
          phones: [
            { phone: '+34 600 000 000', wa_id: '34600000000', type: 'CELL' },
            { wa_id: '34600000001' },
          ],
        },
        { name: { first_name: 'Eva', last_name: 'Gil' } },
        { phones: [{ phone: '+34 600 000 002' }] },
      ],
    });
    const [message] = normalise(body).messages;
    expect(message.kind).toBe('contacts');
    expect(message.contacts).toStrictEqual([
      { name: 'Luis Pérez', phones: ['+34 600 000 000', '34600000001'] },
      { name: 'Eva Gil', phones: [] },
      { name: '', phones: ['+34 600 000 002'] },
    ]);
  });

  it.each([
    ['without an emoji', { message_id: 'wamid.OUTBOUND1' }],
    ['with an empty emoji', { message_id: 'wamid.OUTBOUND1', emoji: '' }],
  ])('reads a reaction %s as a removed reaction', (_case, reaction) => {
    const [message] = normalise(withMessage({ type: 'reaction', reaction })).messages;
    expect(message.reaction).toStrictEqual({ messageId: 'wamid.OUTBOUND1', emoji: '' });
  });

  it.each([
    ['an order', { type: 'order', order: { catalog_id: '1', product_items: [] } }],
    ['a system notice', { type: 'system', system: { body: 'changed number', new_wa_id: '1' } }],
    ['a welcome request', { type: 'request_welcome' }],
    ['an unknown message', { type: 'unknown', errors: [{ code: 131051, title: 'Message type unknown' }] }],
    [
      'a Flows reply',
      { type: 'interactive', interactive: { type: 'nfm_reply', nfm_reply: { body: 'Sent' } } },
    ],
  ])('makes %s unsupported, keeping who sent it and when', (_case, message) => {
    expect(normalise(withMessage(message)).messages).toStrictEqual([
      { ...FROM_ANA, id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzTXT1', kind: 'unsupported' },
    ]);
  });

  it('has no replyTo for a forwarded message, whose context carries no id', () => {
    const body = withMessage({ type: 'text', text: { body: 'Mira' }, context: { forwarded: true } });
    expect(normalise(body).messages[0]).not.toHaveProperty('replyTo');
  });

  it('has no fromName when the sender has no profile in the change', () => {
    const body = fixture('text');
    valueOf(body).contacts = [{ wa_id: '34699999999', profile: { name: 'Otro' } }];
    expect(normalise(body).messages[0]).not.toHaveProperty('fromName');
    delete valueOf(body).contacts;
    expect(normalise(body).messages[0]).not.toHaveProperty('fromName');
  });

  it('leaves out fields Meta did not send and the ones it added that we do not know', () => {
    const body = withMessage({
      type: 'audio',
      audio: { id: '1234567890123456', url: 'https://lookaside.example/x' },
      referral: { source_url: 'https://ad.example' },
    });
    expect(normalise(body).messages[0]).toStrictEqual({
      ...FROM_ANA,
      id: 'wamid.HBgLMzQ2MTExMTExMTEVAgASGBQzTXT1',
      kind: 'audio',
      media: { id: '1234567890123456' },
    });
  });

  it('skips delivery statuses it does not know and keeps the rest in order', () => {
    const body = fixture('statuses-delivered');
    const [delivered] = valueOf(body).statuses as JsonObject[];
    valueOf(body).statuses = [
      { ...delivered, id: 'a', status: 'sent' },
      { ...delivered, id: 'b', status: 'deleted' },
      { ...delivered, id: 'c', status: 'read', errors: [] },
    ];
    const statuses = normalise(body).statuses;
    expect(statuses.map(({ id, status }) => [id, status])).toEqual([
      ['a', 'sent'],
      ['c', 'read'],
    ]);
    expect(statuses[1]).not.toHaveProperty('errors');
  });

  it('reads only `messages` changes, whatever the other subscribed fields carry', () => {
    const body = fixture('text');
    body.entry[0].changes.unshift({ field: 'account_update', value: { event: 'VERIFIED_ACCOUNT' } });
    body.entry.push({ id: '1', changes: [{ field: 'message_template_status_update', value: 'x' }] });
    expect(normalise(body).messages.map((message) => message.kind)).toEqual(['text']);
  });

  it('takes the phone number id of each change for its own messages', () => {
    const body = fixture('batch-two-guests-and-status');
    (valueOf(body, 1).metadata as JsonObject).phone_number_id = '100000000000009';
    const { messages, statuses } = normalise(body);
    expect(messages.map((message) => message.phoneNumberId)).toEqual(['100000000000001', '100000000000001']);
    expect(statuses[0].phoneNumberId).toBe('100000000000009');
  });
});

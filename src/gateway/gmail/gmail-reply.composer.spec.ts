import { parseRawMessage } from '../../../test/support/gmail-payloads';
import type { OutboundMessage, ReplyContent } from '../../messaging/outbound-message';
import { composeReply, renderContent, ReplyCompositionError, replySubject } from './gmail-reply.composer';

const HOTEL = { address: 'reservas@hoteldemo.example', name: 'Hotel Demo' };

function reply(
  overrides: Partial<OutboundMessage> = {},
  email: Partial<NonNullable<OutboundMessage['email']>> = {},
): OutboundMessage {
  return {
    tenantId: 'demo',
    channel: 'gmail',
    to: 'ana.garcia@example.com',
    inReplyTo: '18c1',
    index: 0,
    content: { type: 'text', text: 'Sí, tenemos parking: 15 € por noche.' },
    language: 'es',
    email: {
      mailbox: HOTEL.address,
      threadId: '18c0',
      messageIdHeader: '<CAF1234abcd@mail.example.com>',
      references: '<first@mail.example.com>',
      subject: 'Consulta parking',
      ...email,
    },
    ...overrides,
  };
}

/** RFC 2047 words back to text, to check what a mail client would show. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_w, data: string) => Buffer.from(data, 'base64').toString('utf8'));
}

describe('composeReply', () => {
  it('answers in the thread with From, To, Re: subject, In-Reply-To and References', () => {
    const composed = composeReply(reply(), HOTEL, new Date('2026-11-25T10:00:00Z'));
    expect(composed.threadId).toBe('18c0');
    const { headers, text } = parseRawMessage(composed.raw);
    expect(headers).toMatchObject({
      from: '"Hotel Demo" <reservas@hoteldemo.example>',
      to: '<ana.garcia@example.com>',
      subject: 'Re: Consulta parking',
      date: 'Wed, 25 Nov 2026 10:00:00 +0000',
      'in-reply-to': '<CAF1234abcd@mail.example.com>',
      references: '<first@mail.example.com> <CAF1234abcd@mail.example.com>',
      'auto-submitted': 'auto-replied',
      'mime-version': '1.0',
      'content-type': 'text/plain; charset=UTF-8',
      'content-transfer-encoding': 'base64',
    });
    expect(text).toBe('Sí, tenemos parking: 15 € por noche.\r\n\r\n-- \r\nHotel Demo\r\n');
  });

  it('produces base64url of a well-formed RFC 2822 message: CRLF lines within limits, a blank line, a body', () => {
    const { raw } = composeReply(reply({ content: { type: 'text', text: 'x'.repeat(3000) } }), HOTEL);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    const { message } = parseRawMessage(raw);
    const [head, body] = message.split('\r\n\r\n');
    expect(message.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of head.split('\r\n')) expect(line).toMatch(/^([A-Za-z-]+: .*|[ \t].+)$/);
    for (const line of `${head}\r\n${body}`.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('starts References with the original Message-ID when the guest sent none, and skips both without it', () => {
    expect(
      parseRawMessage(composeReply(reply({}, { references: undefined }), HOTEL).raw).headers.references,
    ).toBe('<CAF1234abcd@mail.example.com>');
    const bare = parseRawMessage(
      composeReply(reply({}, { messageIdHeader: undefined, references: undefined }), HOTEL).raw,
    );
    expect(bare.headers['in-reply-to']).toBeUndefined();
    expect(bare.headers.references).toBeUndefined();
  });

  it('keeps the first and the latest ids of a very long References chain', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `<id${i}@x>`);
    const { headers } = parseRawMessage(composeReply(reply({}, { references: ids.join(' ') }), HOTEL).raw);
    const kept = headers.references.split(' ');
    expect(kept).toHaveLength(20);
    expect(kept[0]).toBe('<id0@x>');
    expect(kept[kept.length - 1]).toBe('<CAF1234abcd@mail.example.com>');
  });

  it('RFC 2047-encodes a non-ASCII subject and hotel name, folding long subjects', () => {
    const subject =
      'Reserva para dos niños y una cuna, ¿es posible? Llegamos tarde, sobre las 23:00 — gracias';
    const { headers, message } = parseRawMessage(
      composeReply(reply({}, { subject }), { ...HOTEL, name: 'Hotel Añil' }).raw,
    );
    expect(decodeWords(headers.subject)).toBe(`Re: ${subject}`);
    expect(decodeWords(headers.from)).toBe('Hotel Añil <reservas@hoteldemo.example>');
    expect(message.split('\r\n\r\n')[0]).toMatch(/^[\t\r\n -~]*$/);
  });

  it('strips CR and LF from header values, so no text can add a header', () => {
    const composed = composeReply(
      reply({}, { subject: 'Hola\r\nBcc: victim@example.com', messageIdHeader: '<a@x>\r\nX-Evil: 1' }),
      { ...HOTEL, name: 'Hotel\nBcc: x@y.z' },
    );
    const { headers, message } = parseRawMessage(composed.raw);
    expect(headers.bcc).toBeUndefined();
    expect(headers['x-evil']).toBeUndefined();
    expect(headers.subject).toBe('Re: Hola Bcc: victim@example.com');
    expect(message.split('\r\n\r\n')[0]).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  });

  it("puts a turn's replies in one mail, in order", () => {
    const turn = reply({
      then: [{ type: 'location', latitude: 40.4153, longitude: -3.7074, name: 'Hotel Demo' }],
    });
    const { text } = parseRawMessage(composeReply(turn, HOTEL).raw);
    expect(text.indexOf('parking')).toBeGreaterThan(-1);
    expect(text.indexOf('parking')).toBeLessThan(text.indexOf('google.com/maps'));
  });

  it('starts a new thread when there is none to answer (a notice to the staff)', () => {
    const notice = reply(
      {},
      { threadId: undefined, messageIdHeader: undefined, references: undefined, subject: 'Aviso' },
    );
    const composed = composeReply(notice, HOTEL);
    const { headers } = parseRawMessage(composed.raw);
    expect(composed.threadId).toBeUndefined();
    expect(headers.subject).toBe('Aviso');
    expect(headers['in-reply-to']).toBeUndefined();
    expect(headers['auto-submitted']).toBe('auto-generated');
  });

  it.each([
    ['a recipient with a line break', reply({ to: 'ana@example.com\r\nBcc: x@y.z' })],
    ['a recipient that is not an address', reply({ to: '+34600000000' })],
    ['no thread', reply({ email: undefined })],
  ])('refuses %s', (_case, message) => {
    expect(() => composeReply(message, HOTEL)).toThrow(ReplyCompositionError);
  });
});

describe('replySubject', () => {
  it.each([
    ['Consulta parking', 'Re: Consulta parking'],
    ['Re: Consulta parking', 'Re: Consulta parking'],
    ['RE: Consulta', 'RE: Consulta'],
    ['re:Consulta', 're:Consulta'],
    ['Re[2]: Consulta', 'Re[2]: Consulta'],
    ['Fwd: Consulta', 'Re: Fwd: Consulta'],
    ['Regarding parking', 'Re: Regarding parking'],
    ['  espacios   de  más ', 'Re: espacios de más'],
    ['', 'Re:'],
  ])('%j → %j', (original, expected) => {
    expect(replySubject(original)).toBe(expected);
  });
});

describe('renderContent', () => {
  const buttons: ReplyContent = {
    type: 'buttons',
    text: '¿Confirmamos la reserva?',
    buttons: [
      { id: 'confirm', title: 'Sí' },
      { id: 'deny', title: 'No' },
    ],
  };

  it('turns buttons into numbered options in the guest’s language', () => {
    expect(renderContent(buttons, 'es')).toBe('¿Confirmamos la reserva?\n\n1. Sí\n2. No\n\nResponda 1 o 2.');
    expect(renderContent(buttons, 'en')).toMatch(/\n\nReply 1 or 2\.$/);
    expect(renderContent({ ...buttons, buttons: [...buttons.buttons, { id: 'x', title: 'Otra' }] })).toMatch(
      /Responda 1, 2 o 3\.$/,
    );
  });

  it('numbers list rows across sections, with descriptions', () => {
    const list: ReplyContent = {
      type: 'list',
      text: 'Habitaciones:',
      buttonLabel: 'Ver',
      sections: [
        {
          title: 'Dobles',
          rows: [
            { id: 'd', title: 'Doble', description: '90 €' },
            { id: 's', title: 'Superior' },
          ],
        },
        {
          title: 'Suites',
          rows: [
            { id: 'j', title: 'Junior' },
            { id: 'p', title: 'Presidencial' },
          ],
        },
      ],
    };
    expect(renderContent(list, 'en')).toBe(
      'Habitaciones:\n\nDobles\n1. Doble (90 €)\n2. Superior\n\nSuites\n3. Junior\n4. Presidencial\n\nReply with a number from 1 to 4.',
    );
  });

  it('renders a location as its name, address and a maps link', () => {
    const location: ReplyContent = {
      type: 'location',
      latitude: 40.4168,
      longitude: -3.7038,
      name: 'Hotel Demo',
      address: 'Calle Mayor 1',
    };
    expect(renderContent(location, 'es')).toBe(
      'Hotel Demo\nCalle Mayor 1\nMapa: https://www.google.com/maps/search/?api=1&query=40.4168%2C-3.7038',
    );
  });

  it('renders an image as its caption and link', () => {
    expect(renderContent({ type: 'image', url: 'https://h.example/a.jpg', caption: 'Doble' })).toBe(
      'Doble\nhttps://h.example/a.jpg',
    );
    expect(renderContent({ type: 'image', url: 'https://h.example/a.jpg' })).toBe('https://h.example/a.jpg');
  });
});

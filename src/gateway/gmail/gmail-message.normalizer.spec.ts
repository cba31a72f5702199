import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildGmailMessage, type SeedMessage } from '../../../test/support/gmail-payloads';
import { normaliseGmailMessage } from './gmail-message.normalizer';

const MAILBOX = 'reservas@hoteldemo.example';
const fixture: unknown = JSON.parse(
  readFileSync(resolve(__dirname, '../../../test/fixtures/gmail/message-full.json'), 'utf8'),
);

function message(seed: Partial<SeedMessage>): Record<string, unknown> {
  return {
    id: 'm1',
    threadId: 't1',
    ...buildGmailMessage(MAILBOX, { from: 'Ana <ana@example.com>', text: 'Hola', ...seed }),
  };
}

function textOf(resource: unknown): string | undefined {
  const result = normaliseGmailMessage(resource, MAILBOX);
  return result.ok ? result.message.text : `ignored: ${result.reason}`;
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

describe('normaliseGmailMessage', () => {
  it('turns the recorded message into the guest’s question, without the quote or the sign-off', () => {
    expect(normaliseGmailMessage(fixture, MAILBOX)).toEqual({
      ok: true,
      message: {
        id: '18c1a2b3c4d5e6f7',
        channel: 'gmail',
        from: 'ana.garcia@example.com',
        fromName: 'Ana García',
        kind: 'text',
        text: 'Hola, quería saber si tienen parking y cuánto cuesta.',
        receivedAt: new Date(1764070000000).toISOString(),
        email: {
          mailbox: MAILBOX,
          threadId: '18c1a2b3c4d5e6f0',
          messageIdHeader: '<CAF1234abcd@mail.example.com>',
          subject: 'Consulta parking',
        },
      },
    });
  });

  it('keeps References, lowercases the sender and compares the mailbox case-insensitively', () => {
    const resource = message({
      from: '"García, Ana" <Ana.Garcia@Example.COM>',
      headers: { References: '<a@x>\n <b@x>', 'In-Reply-To': '<b@x>' },
    });
    const result = normaliseGmailMessage(resource, 'Reservas@HotelDemo.example');
    expect(result).toMatchObject({
      ok: true,
      message: {
        from: 'ana.garcia@example.com',
        fromName: 'García, Ana',
        email: { references: '<a@x> <b@x>', mailbox: MAILBOX },
      },
    });
  });

  it('decodes RFC 2047 encoded names and subjects', () => {
    const resource = message({
      from: '=?UTF-8?B?QW5hIEdhcmPDrWE=?= <ana@example.com>',
      subject: '=?ISO-8859-1?Q?Reserva_para_dos_ni=F1os?=',
    });
    expect(normaliseGmailMessage(resource, MAILBOX)).toMatchObject({
      ok: true,
      message: { fromName: 'Ana García', email: { subject: 'Reserva para dos niños' } },
    });
  });

  it('finds the text/plain part inside multipart/mixed → multipart/alternative, past an attachment', () => {
    expect(textOf(message({ text: '¿Tienen cuna?', html: '<p>HTML version</p>', nested: true }))).toBe(
      '¿Tienen cuna?',
    );
  });

  it('strips HTML to text when there is no text/plain part', () => {
    const html =
      '<div>¿Admiten <b>mascotas</b>?</div><div class="gmail_quote">On Mon wrote:<blockquote>x</blockquote></div>';
    expect(textOf(message({ text: undefined, html }))).toBe('¿Admiten mascotas?');
  });

  it('falls back to the HTML part when the text/plain part is blank', () => {
    expect(textOf(message({ text: '  \n', html: '<p>Quiero reservar</p>', nested: true }))).toBe(
      'Quiero reservar',
    );
  });

  it('decodes the part in its declared charset', () => {
    const latin1 = Buffer.from('¿Hay habitación?', 'latin1').toString('base64url');
    const resource = message({});
    resource.payload = {
      mimeType: 'text/plain',
      headers: [
        { name: 'From', value: 'ana@example.com' },
        { name: 'Content-Type', value: 'text/plain; charset=ISO-8859-1' },
      ],
      body: { data: latin1 },
    };
    expect(textOf(resource)).toBe('¿Hay habitación?');
  });

  it('falls back to UTF-8 for a charset it does not know', () => {
    const resource = message({});
    resource.payload = {
      mimeType: 'text/plain',
      headers: [
        { name: 'From', value: 'ana@example.com' },
        { name: 'Content-Type', value: 'text/plain; charset=x-klingon' },
      ],
      body: { data: base64url('¿Parking?') },
    };
    expect(textOf(resource)).toBe('¿Parking?');
  });

  it('ignores text parts that are attachments or forwarded messages', () => {
    const resource = message({});
    resource.payload = {
      mimeType: 'multipart/mixed',
      headers: [{ name: 'From', value: 'ana@example.com' }],
      parts: [
        { mimeType: 'text/plain', filename: 'notes.txt', body: { data: base64url('attached') } },
        {
          mimeType: 'message/rfc822',
          parts: [{ mimeType: 'text/plain', body: { data: base64url('forwarded') } }],
        },
        { mimeType: 'text/plain', body: { data: base64url('Mi pregunta') } },
      ],
    };
    expect(textOf(resource)).toBe('Mi pregunta');
  });

  it.each<[string, Partial<SeedMessage>, string]>([
    ['mail we sent', { labels: ['SENT'] }, 'sent'],
    ['a draft', { labels: ['DRAFT'] }, 'draft'],
    ['spam', { labels: ['SPAM'] }, 'spam'],
    ['mail from the hotel’s own address', { from: 'Hotel <RESERVAS@hoteldemo.example>' }, 'own_address'],
    ['an auto-reply (Auto-Submitted)', { headers: { 'Auto-Submitted': 'auto-replied' } }, 'auto_reply'],
    ['an auto-reply (X-Autoreply)', { headers: { 'X-Autoreply': 'yes' } }, 'auto_reply'],
    ['an auto-reply (X-Autorespond)', { headers: { 'X-Autorespond': 'vacation' } }, 'auto_reply'],
    ['an auto-reply (Precedence: auto_reply)', { headers: { Precedence: 'auto_reply' } }, 'auto_reply'],
    ['bulk mail', { headers: { Precedence: 'bulk' } }, 'bulk'],
    ['junk mail', { headers: { Precedence: 'junk' } }, 'bulk'],
    ['list mail (Precedence)', { headers: { Precedence: 'list' } }, 'bulk'],
    ['list mail (List-Id)', { headers: { 'List-Id': '<news.example.com>' } }, 'bulk'],
    ['a bounce from mailer-daemon', { from: 'Mail Delivery Subsystem <MAILER-DAEMON@google.com>' }, 'bounce'],
    ['a bounce from postmaster', { from: 'postmaster@example.com' }, 'bounce'],
    ['a bounce with X-Failed-Recipients', { headers: { 'X-Failed-Recipients': 'x@y.z' } }, 'bounce'],
    ['a no-reply sender', { from: 'Booking <no-reply@booking.example>' }, 'no_reply_address'],
    ['a message with no sender', { from: 'undisclosed-recipients:;' }, 'no_sender'],
    ['a message with nothing left after cleaning', { text: '> only a quote\n-- \nsig' }, 'empty'],
    ['a message with no text part at all', { text: undefined }, 'empty'],
  ])('ignores %s', (_case, seed, reason) => {
    expect(normaliseGmailMessage(message(seed), MAILBOX)).toEqual({ ok: false, reason, id: 'm1' });
  });

  it('answers mail that says Auto-Submitted: no', () => {
    expect(textOf(message({ headers: { 'Auto-Submitted': 'no' } }))).toBe('Hola');
  });

  it('ignores a delivery report (multipart/report) as a bounce', () => {
    const resource = message({});
    resource.payload = {
      mimeType: 'multipart/report',
      headers: [{ name: 'From', value: 'mta@example.com' }],
      parts: [],
    };
    expect(normaliseGmailMessage(resource, MAILBOX)).toMatchObject({ ok: false, reason: 'bounce' });
  });

  it.each([
    ['not an object', 'nope'],
    ['no id', { threadId: 't', payload: {} }],
    ['no thread', { id: 'm', payload: {} }],
    ['no payload', { id: 'm', threadId: 't' }],
  ])('calls a message with %s malformed', (_case, resource) => {
    expect(normaliseGmailMessage(resource, MAILBOX)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('takes the Date header when internalDate is missing, and refuses a message with neither', () => {
    const dated = message({ headers: { Date: 'Tue, 25 Nov 2026 10:00:00 +0100' } });
    delete dated.internalDate;
    expect(normaliseGmailMessage(dated, MAILBOX)).toMatchObject({
      ok: true,
      message: { receivedAt: '2026-11-25T09:00:00.000Z' },
    });
    const undated = message({ headers: { Date: 'someday' } });
    delete undated.internalDate;
    expect(normaliseGmailMessage(undated, MAILBOX)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('never throws on MIME-ish payloads, however odd', () => {
    const header = fc.record({
      name: fc.constantFrom(
        'From',
        'Subject',
        'Content-Type',
        'Auto-Submitted',
        'Precedence',
        'Message-ID',
        'x',
      ),
      value: fc.oneof(
        fc.string(),
        fc.constantFrom('=?UTF-8?B?@@?=', '=?x?Q?=ZZ?=', 'a <b@c>', 'text/plain; charset=utf-16'),
      ),
    });
    const { part } = fc.letrec((tie) => ({
      part: fc.record(
        {
          mimeType: fc.oneof(
            fc.constantFrom(
              'text/plain',
              'text/html',
              'multipart/alternative',
              'multipart/mixed',
              'message/rfc822',
            ),
            fc.string(),
          ),
          filename: fc.oneof(fc.constant(''), fc.string()),
          headers: fc.oneof(fc.array(header, { maxLength: 5 }), fc.anything()),
          body: fc.oneof(
            fc.record({ data: fc.oneof(fc.string(), fc.string().map(base64url)) }),
            fc.anything(),
          ),
          parts: fc.oneof(fc.array(tie('part'), { maxLength: 3 }), fc.anything()),
        },
        { requiredKeys: [] },
      ),
    }));
    const resource = fc.oneof(
      fc.anything(),
      fc.record({
        id: fc.string(),
        threadId: fc.string(),
        labelIds: fc.anything(),
        internalDate: fc.anything(),
        payload: part,
      }),
    );
    fc.assert(
      fc.property(resource, (value) => {
        const result = normaliseGmailMessage(value, MAILBOX);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

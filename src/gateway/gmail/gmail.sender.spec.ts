import { FakeGoogle } from '../../../test/support/fake-google';
import { PermanentSendError, TransientSendError } from '../../messaging/channel-sender.port';
import type { OutboundMessage } from '../../messaging/outbound-message';
import type { Tenant } from '../../tenants/tenant';
import { GmailApiClient } from './gmail-api.client';
import { GmailSender } from './gmail.sender';

const GMAIL = {
  address: 'reservas@hoteldemo.example',
  clientId: 'client-1',
  clientSecret: 'secret-1',
  refreshToken: 'refresh-1',
};

const TENANT: Tenant = {
  id: 'demo',
  name: 'Hotel Demo',
  languages: ['es', 'en'],
  timezone: 'Europe/Madrid',
  currency: 'EUR',
  channels: { gmail: GMAIL },
  pms: { type: 'local' },
  info: {
    address: 'Calle Mayor 1, Madrid',
    coordinates: { latitude: 40.4168, longitude: -3.7038 },
    checkIn: '14:00',
    checkOut: '12:00',
    phone: '+34 910 000 000',
    email: GMAIL.address,
    amenities: [],
    policies: {},
  },
  roomTypes: [],
  handoff: {},
};

const REPLY: OutboundMessage = {
  tenantId: 'demo',
  channel: 'gmail',
  to: 'ana.garcia@example.com',
  inReplyTo: '18c1',
  index: 0,
  content: { type: 'text', text: 'Sí, tenemos parking.' },
  language: 'es',
  email: {
    mailbox: GMAIL.address,
    threadId: '18c0',
    messageIdHeader: '<CAF1234abcd@mail.example.com>',
    subject: 'Consulta parking',
  },
};

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('GmailSender', () => {
  let google: FakeGoogle;
  let sender: GmailSender;

  beforeAll(async () => {
    google = await FakeGoogle.start();
  });

  afterAll(() => google.stop());

  beforeEach(() => {
    google.reset();
    google.addMailbox(GMAIL);
    sender = new GmailSender(new GmailApiClient(google.settings, { timeoutMs: 1000 }));
  });

  it('sends the reply into the guest’s thread as the hotel’s mailbox', async () => {
    const result = await sender.send(REPLY, TENANT);

    expect(sender.channel).toBe('gmail');
    expect(google.sent).toHaveLength(1);
    const [mail] = google.sent;
    expect(result.providerMessageId).toMatch(/^s/);
    expect(mail).toMatchObject({ mailbox: GMAIL.address, threadId: '18c0' });
    expect(mail.headers).toMatchObject({
      from: '"Hotel Demo" <reservas@hoteldemo.example>',
      to: '<ana.garcia@example.com>',
      subject: 'Re: Consulta parking',
      'in-reply-to': '<CAF1234abcd@mail.example.com>',
      references: '<CAF1234abcd@mail.example.com>',
    });
    expect(mail.text).toContain('Sí, tenemos parking.');
    const send = google.requests.find((r) => r.route === 'send');
    expect(send?.path).toBe('/gmail/v1/users/reservas%40hoteldemo.example/messages/send');
    expect(send?.authorization).toMatch(/^Bearer ya29\./);
  });

  it.each([
    [
      '401 (credentials refused even after a fresh token)',
      'permanent',
      'http_401',
      { status: 401, times: 2 },
    ],
    ['403', 'permanent', 'http_403', { status: 403 }],
    ['400', 'permanent', 'http_400', { status: 400 }],
    ['429', 'transient', 'rate_limited', { status: 429 }],
    ['500', 'transient', 'http_5xx', { status: 500 }],
    ['a slow answer', 'transient', 'timeout', { delayMs: 1500 }],
  ])('maps %s to a %s failure (%s)', async (_case, kind, outcome, fault) => {
    google.fault('send', fault);
    const error = await failure(sender.send(REPLY, TENANT));
    expect(error).toBeInstanceOf(kind === 'permanent' ? PermanentSendError : TransientSendError);
    expect(error).toMatchObject({ outcome });
  });

  it('calls a revoked refresh token permanent', async () => {
    const revoked = { ...TENANT, channels: { gmail: { ...GMAIL, refreshToken: 'revoked' } } };
    expect(await failure(sender.send(REPLY, revoked))).toMatchObject({
      name: 'PermanentSendError',
      outcome: 'invalid_grant',
    });
  });

  it('calls an unreachable Google a transient network failure', async () => {
    const offline = new GmailSender(
      new GmailApiClient({ ...google.settings, tokenUrl: 'http://127.0.0.1:1/token' }),
    );
    const error = await failure(offline.send(REPLY, TENANT));
    expect(error).toBeInstanceOf(TransientSendError);
    expect(error).toMatchObject({ outcome: 'network' });
  });

  it.each([
    ['a tenant without Gmail credentials', REPLY, { ...TENANT, channels: {} }, 'not_configured'],
    ['a reply without its thread', { ...REPLY, email: undefined }, TENANT, 'invalid_message'],
    [
      'a reply to something that is not an address',
      { ...REPLY, to: '+34600000000' },
      TENANT,
      'invalid_message',
    ],
  ])('refuses %s permanently without calling Google', async (_case, message, tenant, outcome) => {
    const error = await failure(sender.send(message, tenant));
    expect(error).toBeInstanceOf(PermanentSendError);
    expect(error).toMatchObject({ outcome });
    expect(google.requests).toHaveLength(0);
  });
});

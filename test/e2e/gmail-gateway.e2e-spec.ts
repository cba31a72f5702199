import { readFileSync } from 'node:fs';
import request from 'supertest';
import { bootApp, type TestApp, uniquePrefix } from '../support/app-harness';
import { FakeGoogle, type PushTokenOptions } from '../support/fake-google';
import { inbound, InboundRecorderModule } from '../support/inbound-recorder.module';
import { describeWithRedis, type RedisHandle, startRedis } from '../support/redis-server';
import { sleep, waitFor } from '../support/wait';
import { BUNDLED_TENANTS_FILE } from '../../src/config/app-config';
import type { RawEnvironment } from '../../src/config/load-config';
import { type OutboundMessage, outboundJobId } from '../../src/messaging/outbound-message';
import { WorkQueue } from '../../src/queue/work-queue.port';
import { DynamicTenants } from '../../src/tenants/dynamic-tenants';
import type { Tenant } from '../../src/tenants/tenant';

jest.setTimeout(180_000);

const MAILBOX = 'reservas@hotelmail.example';
const account = {
  address: MAILBOX,
  clientId: 'client-1',
  clientSecret: 'secret-1',
  refreshToken: 'refresh-1',
};
const mailHotel = (): Tenant => ({
  ...(JSON.parse(readFileSync(BUNDLED_TENANTS_FILE, 'utf8')) as { tenants: Tenant[] }).tenants[0],
  id: 'mailhotel',
  name: 'Hotel Correo',
  channels: { gmail: account },
});

function gmailGateway(modeEnv: () => RawEnvironment): void {
  let t: TestApp;
  let google: FakeGoogle;
  const http = () => request(t.app.getHttpServer());
  const pushBody = (historyId: string) => ({
    message: {
      data: Buffer.from(JSON.stringify({ emailAddress: MAILBOX, historyId: Number(historyId) })).toString(
        'base64',
      ),
      messageId: `pubsub-${historyId}`,
      publishTime: new Date().toISOString(),
    },
    subscription: 'projects/hotel/subscriptions/gmail-push',
  });
  const push = async (historyId: string, token?: PushTokenOptions | null, correlationId = 'gmail-push') => {
    const req = http()
      .post('/webhooks/gmail')
      .set('content-type', 'application/json')
      .set('x-correlation-id', correlationId);
    const withAuth =
      token === null ? req : req.set('authorization', `Bearer ${await google.mintPushToken(token ?? {})}`);
    return withAuth.send(JSON.stringify(pushBody(historyId)));
  };

  beforeAll(async () => {
    google = await FakeGoogle.start();
    const { apiBaseUrl, tokenUrl, jwksUrl, pushAudience, pushServiceAccount } = google.settings;
    t = await bootApp(
      {
        ...modeEnv(),
        GMAIL_API_BASE_URL: apiBaseUrl,
        GOOGLE_TOKEN_URL: tokenUrl,
        GOOGLE_JWKS_URL: jwksUrl,
        GMAIL_PUSH_AUDIENCE: pushAudience,
        GMAIL_PUSH_SERVICE_ACCOUNT: pushServiceAccount,
        QUEUE_BACKOFF_MS: '20',
      },
      [InboundRecorderModule],
    );
    await t.app.get(DynamicTenants).save(mailHotel());
  });
  afterAll(async () => {
    await t?.close();
    await google?.stop();
  });
  beforeEach(() => {
    inbound.messages.length = 0;
    google.reset();
    google.addMailbox(account, 5000);
  });

  it('reads the mailbox after a push and queues the guest mail, threading kept, quotes stripped', async () => {
    const seeded = google.seed(MAILBOX, {
      from: 'Ana García <ana@example.com>',
      subject: 'Consulta parking',
      text: 'Hola, ¿tienen parking?\n\nEl lun, 24 nov 2026 a las 9:00, Hotel <reservas@hotelmail.example> escribió:\n> Gracias por su interés.',
    });
    expect((await push(seeded.historyId, undefined, 'gmail-push-1')).status).toBe(204);
    const message = await waitFor(() => inbound.messages.find((m) => m.id === seeded.id), 10_000);
    expect(message).toMatchObject({
      channel: 'gmail',
      tenantId: 'mailhotel',
      from: 'ana@example.com',
      fromName: 'Ana García',
      text: 'Hola, ¿tienen parking?',
      correlationId: 'gmail-push-1',
      email: { mailbox: MAILBOX, threadId: seeded.threadId, subject: 'Consulta parking' },
    });
  });

  it('answers nothing to the hotel’s own mail, SENT mail or auto-replies, and queues a redelivered push once', async () => {
    google.seed(MAILBOX, { from: `Hotel <${MAILBOX}>`, text: 'our own' });
    google.seed(MAILBOX, {
      from: 'bot@example.com',
      text: 'I am away',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    google.seed(MAILBOX, { from: 'guest@example.com', text: 'sent copy', labels: ['SENT'] });
    const guest = google.seed(MAILBOX, {
      from: 'Bob <bob@example.com>',
      text: 'Do you have rooms for Friday?',
    });
    expect((await push(guest.historyId)).status).toBe(204);
    expect((await push(guest.historyId)).status).toBe(204);
    await waitFor(() => inbound.messages.length >= 1, 10_000);
    await sleep(300);
    expect(inbound.messages.map((m) => m.from)).toEqual(['bob@example.com']);
  });

  it.each<[string, PushTokenOptions | null]>([
    ['no token', null],
    ['a token signed by a key not in the JWKS', { key: 'foreign' }],
    ['an expired token', { expiresInS: -120 }],
    ['a token for another audience', { claims: { aud: 'https://elsewhere.example' } }],
    ['a token of another service account', { claims: { email: 'someone@else.iam.gserviceaccount.com' } }],
    ['an unverified e-mail', { claims: { email_verified: false } }],
    ['an unsigned alg:none token', { alg: 'none' }],
    ['an HS256 token keyed with the public key', { alg: 'HS256' }],
  ])('answers 401 to a push with %s and queues nothing', async (_label, token) => {
    const res = await push('5001', token);
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    await sleep(50);
    expect(inbound.messages).toHaveLength(0);
  });

  it('answers 400 to an authenticated push that is not a Gmail notification', async () => {
    const token = await google.mintPushToken();
    await http()
      .post('/webhooks/gmail')
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'application/json')
      .send('{"message":{"data":"not base64 json"}}')
      .expect(400);
  });

  it('replies in the same thread with Re:, In-Reply-To and References', async () => {
    const reply: OutboundMessage = {
      tenantId: 'mailhotel',
      channel: 'gmail',
      to: 'ana@example.com',
      inReplyTo: `gmail-msg-${Date.now()}`,
      index: 0,
      content: { type: 'text', text: 'Sí, tenemos parking por 18 € la noche.' },
      email: {
        mailbox: MAILBOX,
        threadId: 'thread-42',
        messageIdHeader: '<CAF1234@mail.example.com>',
        references: '<earlier@mail.example.com>',
        subject: 'Consulta parking',
      },
      language: 'es',
    };
    await t.app
      .get(WorkQueue)
      .add({ queue: 'outbound', name: 'reply', id: outboundJobId(reply), data: reply, correlationId: 'c' });
    const sent = await waitFor(() => google.sent[0], 10_000);
    expect(sent.threadId).toBe('thread-42');
    expect(sent.headers).toMatchObject({
      to: '<ana@example.com>',
      subject: 'Re: Consulta parking',
      'in-reply-to': '<CAF1234@mail.example.com>',
      references: '<earlier@mail.example.com> <CAF1234@mail.example.com>',
    });
    expect(sent.text).toContain('Sí, tenemos parking por 18 € la noche.');
  });
}

describe('Gmail gateway, embedded mode', () => {
  gmailGateway(() => ({}));
});

describeWithRedis('Gmail gateway, Redis mode', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  gmailGateway(() => ({ REDIS_URL: redis.url, KEY_PREFIX: uniquePrefix('gmail') }));
  afterAll(async () => redis?.stop());
});

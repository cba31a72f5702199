import request from 'supertest';
import { bootApp, type TestApp, uniquePrefix } from '../support/app-harness';
import { FakeGraphApi } from '../support/fake-graph-api';
import { GuestChat, type Reply, said, text } from '../support/guest-chat';
import { LogCapture } from '../support/log-capture';
import { describeWithRedis, type RedisHandle, startRedis } from '../support/redis-server';
import { sleep } from '../support/wait';
import { APP_SECRET, signWhatsApp, whatsappDelivery } from '../support/whatsapp-builders';
import type { RawEnvironment } from '../../src/config/load-config';
import en from '../../src/orchestrator/replies/templates/en.json';
import es from '../../src/orchestrator/replies/templates/es.json';
import { guestRef } from '../../src/session/session-keys';
import { SessionManager } from '../../src/session/session-manager';

// RATE_LIMIT_GUEST_PER_MIN through the real webhook, queues and worker. Time is the messages' own
// WhatsApp timestamps (the limit measures when the guest sent, never later than now): the window
// "passes" by sending a message stamped a minute later, no sleeping.

jest.setTimeout(180_000);

const LIMIT = 3;
/** Silence is listened for this long after a throttled message is handled. */
const LISTEN_MS = 300;

/** One capture for the file: nestjs-pino keeps its root logger in a static, the first app's. */
const logs = new LogCapture();

function guestRateLimit(modeEnv: () => RawEnvironment, label: string): void {
  let t: TestApp;
  let graph: FakeGraphApi;
  let phone = label === 'redis' ? 34622200000 : 34622100000;
  const guestRefs = new Set<string>();
  const guest = (name = 'Ana'): GuestChat => {
    guestRefs.add(guestRef(String(++phone)));
    return new GuestChat(t.app, graph, String(phone), { name });
  };
  /** Ten minutes ago, in WhatsApp's seconds: every stamp the tests use stays in the past. */
  const t0 = (): number => Math.floor(Date.now() / 1000) - 600;

  /** Posts one message sent at `at` (seconds) and returns what the guest got once it was handled. */
  async function sendAt(chat: GuestChat, body: string, at: number, expectReply = true): Promise<Reply[]> {
    const [id] = await chat.post([text(body)], at);
    if (expectReply) return chat.awaitReplies(1);
    await chat.handled(id);
    await sleep(LISTEN_MS);
    return chat.newReplies();
  }

  async function throttledCount(): Promise<number> {
    const metrics = (await request(t.app.getHttpServer()).get('/metrics').expect(200)).text;
    const match = /^hotel_agent_guest_messages_throttled_total\{channel="whatsapp"\} (\d+)$/m.exec(metrics);
    return Number(match?.[1] ?? 0);
  }

  beforeAll(async () => {
    graph = await FakeGraphApi.start(['graph-token']);
    t = await bootApp(
      {
        ...modeEnv(),
        LOG_LEVEL: 'info',
        RATE_LIMIT_GUEST_PER_MIN: String(LIMIT),
        WHATSAPP_APP_SECRET: APP_SECRET,
        WHATSAPP_ACCESS_TOKEN: 'graph-token',
        WHATSAPP_API_BASE_URL: graph.baseUrl,
        QUEUE_BACKOFF_MS: '20',
      },
      [],
      logs,
    );
  });
  afterAll(async () => {
    await t?.close();
    await graph?.stop();
  });

  it('answers the limit, gives one notice, then stays silent and counts, and answers again after the minute', async () => {
    const ana = guest('Ana');
    const start = t0();
    const before = await throttledCount();
    for (let i = 0; i < LIMIT; i++) {
      const replies = await sendAt(ana, 'Hola', start + i);
      expect(said(replies)).toMatch(/Hola, Ana/);
    }
    const notice = await sendAt(ana, 'Hola otra vez', start + LIMIT);
    expect(notice.map((reply) => reply.text)).toEqual([es['throttle.notice']]);
    expect(await sendAt(ana, '¿Hay parking?', start + LIMIT + 1, false)).toEqual([]);
    expect(await sendAt(ana, '¿Y wifi?', start + LIMIT + 2, false)).toEqual([]);
    expect(await throttledCount()).toBe(before + 3);

    // The first message is a minute old: one place in the window is free again.
    const again = await sendAt(ana, '¿Tenéis parking?', start + 60);
    expect(said(again)).toMatch(/parking/i);
    expect(said(again)).not.toContain(es['throttle.notice']);
    expect(await throttledCount()).toBe(before + 3);
  });

  it('marks throttled messages handled, so a redelivery is neither answered nor counted again', async () => {
    const ana = guest('Ana');
    const start = t0();
    for (let i = 0; i < LIMIT; i++) await sendAt(ana, 'Hola', start + i);
    await sendAt(ana, 'Hola', start + LIMIT);
    const [id] = await ana.post([text('¿Hay parking?')], start + LIMIT + 1);
    await ana.handled(id);
    const counted = await throttledCount();
    const session = await t.app.get(SessionManager).getOrCreate('demo', 'whatsapp', ana.phone);
    expect(session.recentMessageIds).toContain(id);

    const redelivery = JSON.stringify(whatsappDelivery([{ id, from: ana.phone, text: '¿Hay parking?' }]));
    await request(t.app.getHttpServer())
      .post('/webhooks/whatsapp')
      .set('content-type', 'application/json')
      .set('x-hub-signature-256', signWhatsApp(redelivery))
      .send(redelivery)
      .expect(200);
    await sleep(LISTEN_MS);
    expect(ana.newReplies()).toEqual([]);
    expect(await throttledCount()).toBe(counted);
  });

  it('gives the notice in the guest’s language', async () => {
    const john = guest('John');
    const start = t0();
    for (let i = 0; i < LIMIT; i++) await sendAt(john, 'Hello, good morning', start + i);
    const notice = await sendAt(john, 'Hello again', start + LIMIT);
    expect(notice.map((reply) => reply.text)).toEqual([en['throttle.notice']]);
  });

  it('leaves a guest talking to a person alone: no notice, nothing counted', async () => {
    const ana = guest('Ana');
    const start = t0();
    const ack = await sendAt(ana, 'Quiero hablar con una persona', start);
    expect(said(ack)).toMatch(/aviso a una persona del equipo/);
    const before = await throttledCount();
    for (let i = 1; i <= LIMIT + 2; i++) expect(await sendAt(ana, 'Hola?', start + i, false)).toEqual([]);
    expect(await throttledCount()).toBe(before);
  });

  it('logs each throttled message with a hashed guest, never the number or the text', () => {
    const lines = logs.withMessage('guest.throttled').filter((line) => guestRefs.has(String(line.guest)));
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.filter((line) => line.notified === true).length).toBeGreaterThanOrEqual(3);
    expect(lines[0]).toMatchObject({
      tenantId: 'demo',
      channel: 'whatsapp',
      guest: expect.stringMatching(/^[0-9a-f]{12}$/),
      limitPerMin: LIMIT,
    });
    const written = JSON.stringify(lines);
    expect(written).not.toMatch(/3462[0-9]{7}/);
    expect(written).not.toMatch(/parking|wifi|Hola/i);
  });
}

describe('per-guest rate limit, embedded mode', () => {
  guestRateLimit(() => ({}), 'embedded');
});

describeWithRedis('per-guest rate limit, Redis mode', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  guestRateLimit(() => ({ REDIS_URL: redis.url, KEY_PREFIX: uniquePrefix('guest-limit') }), 'redis');
  afterAll(async () => {
    await redis?.stop();
  });
});

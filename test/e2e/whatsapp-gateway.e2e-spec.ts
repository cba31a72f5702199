import fc from 'fast-check';
import request from 'supertest';
import { bootApp, type TestApp, uniquePrefix } from '../support/app-harness';
import { FakeGraphApi } from '../support/fake-graph-api';
import { inbound, InboundRecorderModule } from '../support/inbound-recorder.module';
import { describeWithRedis, itStoppingRedis, type RedisHandle, startRedis } from '../support/redis-server';
import { sleep, waitFor } from '../support/wait';
import {
  APP_SECRET,
  DEMO_NUMBER_ID,
  signWhatsApp,
  VERIFY_TOKEN,
  whatsappDelivery,
} from '../support/whatsapp-builders';
import type { RawEnvironment } from '../../src/config/load-config';
import type { OutboundMessage } from '../../src/messaging/outbound-message';
import { outboundJobId } from '../../src/messaging/outbound-message';
import { WorkQueue } from '../../src/queue/work-queue.port';

jest.setTimeout(180_000);
let seq = 0;
const wamid = (): string => `wamid.E2E${process.pid}x${++seq}`;

function whatsappGateway(modeEnv: () => RawEnvironment, redis?: () => RedisHandle): void {
  let t: TestApp;
  let graph: FakeGraphApi;
  const http = () => request(t.app.getHttpServer());
  const post = (body: unknown, signature?: string) => {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const req = http().post('/webhooks/whatsapp').set('content-type', 'application/json');
    return (
      signature === undefined
        ? req.set('x-hub-signature-256', signWhatsApp(raw))
        : signature
          ? req.set('x-hub-signature-256', signature)
          : req
    ).send(raw);
  };
  const metric = async (pattern: RegExp): Promise<number> => {
    const text = (await http().get('/metrics')).text;
    return Number(pattern.exec(text)?.[1] ?? 0);
  };

  beforeAll(async () => {
    graph = await FakeGraphApi.start(['graph-token']);
    t = await bootApp(
      {
        ...modeEnv(),
        WHATSAPP_APP_SECRET: APP_SECRET,
        WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
        WHATSAPP_ACCESS_TOKEN: 'graph-token',
        WHATSAPP_API_BASE_URL: graph.baseUrl,
        MAX_BODY_BYTES: '65536',
        QUEUE_BACKOFF_MS: '20',
        QUEUE_ATTEMPTS: '4',
      },
      [InboundRecorderModule],
    );
  });
  afterAll(async () => {
    await t?.close();
    await graph?.stop();
  });
  beforeEach(() => {
    inbound.messages.length = 0;
    graph.clear();
  });

  describe('verification handshake', () => {
    it('answers the challenge as plain text when mode and token match', async () => {
      const res = await http()
        .get('/webhooks/whatsapp')
        .query({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1158201444' })
        .expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text).toBe('1158201444');
    });

    it.each([
      [{ 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong', 'hub.challenge': '1' }],
      [{ 'hub.mode': 'unsubscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1' }],
      [{}],
    ])('answers 403 problem+json to %j', async (query) => {
      const res = await http().get('/webhooks/whatsapp').query(query).expect(403);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    });
  });

  describe('signatures', () => {
    it.each([
      ['missing', ''],
      ['wrong', signWhatsApp('something else')],
      ['with the wrong prefix', signWhatsApp('x').replace('sha256=', 'sha1=')],
      ['not hex', 'sha256=zz'],
    ])('answers 401 when the signature is %s, and queues nothing', async (_label, signature) => {
      const res = await post(whatsappDelivery([{ id: wamid() }]), signature).expect(401);
      expect(res.body.code).toBe('webhook-unauthorized');
      await sleep(50);
      expect(inbound.messages).toHaveLength(0);
    });

    it('answers 401 for a body changed after signing', async () => {
      const raw = JSON.stringify(whatsappDelivery([{ id: wamid(), text: 'Quiero reservar' }]));
      const signature = signWhatsApp(raw);
      await http()
        .post('/webhooks/whatsapp')
        .set('content-type', 'application/json')
        .set('x-hub-signature-256', signature)
        .send(raw.replace('reservar', 'cancelar'))
        .expect(401);
    });

    it('checks the signature before parsing: broken JSON with a bad signature is 401, with a good one 400', async () => {
      await post('{"object": "whatsapp_business_account",', signWhatsApp('nope')).expect(401);
      const res = await post('{"object": "whatsapp_business_account",').expect(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    });
  });

  describe('bad bodies', () => {
    it('answers a wrong shape with 400 naming the field', async () => {
      const res = await post({ object: 'whatsapp_business_account', entry: 'nope' }).expect(400);
      expect(JSON.stringify(res.body.errors)).toContain('entry');
    });

    it('answers a body over MAX_BODY_BYTES with 413', async () => {
      const big = whatsappDelivery([{ id: wamid(), text: 'x'.repeat(70_000) }]);
      await post(big).expect(413);
    });

    it('never answers 5xx to random bodies, signed or not', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.json(), fc.string()), fc.boolean(), async (body, signed) => {
          const res = await http()
            .post('/webhooks/whatsapp')
            .set('content-type', 'application/json')
            .set('x-hub-signature-256', signed ? signWhatsApp(body) : 'sha256=00')
            .send(body);
          expect(res.status).toBeLessThan(500);
        }),
        { numRuns: 60 },
      );
    });
  });

  describe('intake', () => {
    it('queues each message of a batch from several guests, resolved to the hotel, with the correlation id', async () => {
      const [a, b] = [wamid(), wamid()];
      const body = whatsappDelivery(
        [
          { id: a, from: '34611111111', text: 'Hola', name: 'Ana' },
          { id: b, from: '34622222222', text: 'Hello', name: 'Bob' },
        ],
        [{ id: 'wamid.OUT1', status: 'delivered', timestamp: '1764070100', recipient_id: '34611111111' }],
      );
      const res = await post(body).set('x-correlation-id', 'batch-1').expect(200);
      expect(res.body).toMatchObject({ queued: 2, duplicates: 0, statuses: 1 });
      await waitFor(() => inbound.messages.length === 2, 5000);
      expect(
        inbound.messages
          .map((m) => [m.id, m.from, m.text, m.tenantId, m.correlationId, m.phoneNumberId])
          .sort(),
      ).toEqual(
        [
          [a, '34611111111', 'Hola', 'demo', 'batch-1', DEMO_NUMBER_ID],
          [b, '34622222222', 'Hello', 'demo', 'batch-1', DEMO_NUMBER_ID],
        ].sort(),
      );
    });

    it('counts status callbacks and never queues them', async () => {
      const before = await metric(
        /hotel_agent_channel_statuses_total\{channel="whatsapp",status="failed"\} (\d+)/,
      );
      const failed = {
        id: 'wamid.OUT2',
        status: 'failed',
        timestamp: '1764070100',
        recipient_id: '34611111111',
        errors: [{ code: 131047, title: 'Re-engagement message' }],
      };
      await post(whatsappDelivery([], [failed])).expect(200);
      await sleep(50);
      expect(inbound.messages).toHaveLength(0);
      expect(
        await metric(/hotel_agent_channel_statuses_total\{channel="whatsapp",status="failed"\} (\d+)/),
      ).toBe(before + 1);
    });

    it('queues a message delivered concurrently and repeatedly exactly once, counting the duplicates', async () => {
      const id = wamid();
      const before = await metric(/hotel_agent_duplicates_dropped_total\{channel="whatsapp"\} (\d+)/);
      const body = whatsappDelivery([{ id, text: 'una vez' }]);
      await Promise.all(Array.from({ length: 8 }, () => post(body).expect(200)));
      await post(body).expect(200);
      await sleep(200);
      expect(inbound.messages.filter((m) => m.id === id)).toHaveLength(1);
      expect(
        await metric(/hotel_agent_duplicates_dropped_total\{channel="whatsapp"\} (\d+)/),
      ).toBeGreaterThan(before);
      expect(
        await metric(/hotel_agent_messages_received_total\{channel="whatsapp",type="text"\} (\d+)/),
      ).toBeGreaterThan(0);
    });

    it('resolves an unknown hotel number to the default tenant', async () => {
      await post(whatsappDelivery([{ id: wamid(), phoneNumberId: '999999999999999' }])).expect(200);
      await waitFor(() => inbound.messages.length === 1);
      expect(inbound.messages[0].tenantId).toBe('demo');
    });

    if (redis) {
      itStoppingRedis(
        'answers 503 while the queue is down and lets the redelivery through afterwards',
        async () => {
          const id = wamid();
          const body = whatsappDelivery([{ id }]);
          await redis().kill();
          try {
            await waitFor(async () => (await post(body)).status === 503, 10_000, 'a 503');
          } finally {
            await redis().restart();
          }
          await waitFor(
            async () => (await post(body)).status === 200,
            15_000,
            'the redelivery to be accepted',
          );
          await waitFor(() => inbound.messages.some((m) => m.id === id), 10_000);
          expect(inbound.messages.filter((m) => m.id === id)).toHaveLength(1);
        },
      );
    }
  });

  describe('outbound', () => {
    const reply = (inReplyTo: string, overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
      tenantId: 'demo',
      channel: 'whatsapp',
      to: '34611111111',
      inReplyTo,
      index: 0,
      content: { type: 'text', text: '¡Hola! ¿En qué puedo ayudarle?' },
      phoneNumberId: DEMO_NUMBER_ID,
      ...overrides,
    });
    const enqueue = (message: OutboundMessage) =>
      t.app.get(WorkQueue).add({
        queue: 'outbound',
        name: 'reply',
        id: outboundJobId(message),
        data: message,
        correlationId: 'out-1',
      });

    it('delivers a reply once after the Graph API failed twice with 500', async () => {
      graph.failNext(2, { status: 500 }, 'messages');
      const message = reply(wamid(), { index: 1 });
      await enqueue(message);
      await waitFor(() => graph.messageBodies().length === 1, 10_000, 'the reply');
      await sleep(200);
      expect(graph.messageBodies()).toHaveLength(1);
      expect(graph.messageBodies()[0]).toMatchObject({ to: '34611111111', type: 'text' });
    });

    it('does not retry a reply outside the 24-hour window (131047), and counts it', async () => {
      const before = await metric(
        /hotel_agent_outbound_messages_total\{channel="whatsapp",outcome="error_131047"\} (\d+)/,
      );
      graph.failNext(1, { status: 400, code: 131047 }, 'messages');
      await enqueue(reply(wamid(), { index: 2 }));
      await waitFor(
        async () =>
          (await metric(
            /hotel_agent_outbound_messages_total\{channel="whatsapp",outcome="error_131047"\} (\d+)/,
          )) ===
          before + 1,
        5000,
      );
      await sleep(300);
      expect(graph.requests.filter((r) => r.route === 'messages')).toHaveLength(1);
    });

    it('marks the guest message as read with the first reply', async () => {
      const inboundId = wamid();
      await enqueue(reply(inboundId));
      await waitFor(() => graph.messageBodies().length === 1, 5000);
      await waitFor(
        () =>
          graph.requests.some(
            (r) => (r.body as { status?: string; message_id?: string })?.message_id === inboundId,
          ),
        5000,
      );
    });
  });
}

describe('WhatsApp gateway, embedded mode', () => {
  whatsappGateway(() => ({}));
});

describeWithRedis('WhatsApp gateway, Redis mode', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  whatsappGateway(
    () => ({ REDIS_URL: redis.url, KEY_PREFIX: uniquePrefix('wa') }),
    () => redis,
  );
  afterAll(async () => redis?.stop());
});

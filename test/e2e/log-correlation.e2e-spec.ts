import request from 'supertest';
import { bootApp, type TestApp } from '../support/app-harness';
import { qloAppsHotel } from '../support/dynamic-hotel';
import { FakeGraphApi } from '../support/fake-graph-api';
import { GuestChat, said } from '../support/guest-chat';
import { LogCapture } from '../support/log-capture';
import { freePort } from '../support/redis-server';
import { APP_SECRET, signWhatsApp, whatsappDelivery } from '../support/whatsapp-builders';
import { Store } from '../../src/storage/store.port';

// Design §3: a request's correlation id is in every log line of that request and follows the message
// through the queue into the worker's lines. The ids are passed explicitly (no AsyncLocalStorage), so
// this checks the whole journey at debug level, through the paths that log: webhook, tenant
// resolution, intake, worker, pipeline, session recovery, PMS failure, senders.

jest.setTimeout(180_000);

/** Events of the process, not of a request: they carry no request's id. */
const PROCESS_EVENTS = new Set([
  'nlp.ready',
  'tenants.loaded',
  'health.ready',
  'storage.embedded',
  'app.listening',
  // A store outage summarised per interval (tenant-registry.ts).
  'tenants.dynamic_failed',
  // The health of a hotel's PMS, not of one request.
  'pms.circuit_opened',
  'pms.circuit_half_open',
  'pms.circuit_closed',
]);

/** One capture for the file: nestjs-pino keeps its root logger in a static, the first app's. */
const logs = new LogCapture();

describe('correlation ids in the logs', () => {
  let graph: FakeGraphApi;
  let t: TestApp;
  let phone = 34633300000;
  const guest = (tenant?: { tenantId: string; phoneNumberId: string }): GuestChat =>
    new GuestChat(t.app, graph, String(++phone), { name: 'Ana', ...tenant });

  beforeAll(async () => {
    graph = await FakeGraphApi.start(['graph-token']);
    t = await bootApp(
      {
        LOG_LEVEL: 'debug',
        WHATSAPP_APP_SECRET: APP_SECRET,
        WHATSAPP_ACCESS_TOKEN: 'graph-token',
        WHATSAPP_API_BASE_URL: graph.baseUrl,
        QUEUE_BACKOFF_MS: '20',
        PMS_TIMEOUT_MS: '300',
        PMS_RETRIES: '0',
      },
      [],
      logs,
    );
    await qloAppsHotel(t, 'deadpms', '300000000000012', `http://127.0.0.1:${await freePort()}/`);
  });
  afterAll(async () => {
    await t?.close();
    await graph?.stop();
  });

  it("puts each delivery's id on every line it causes, in the webhook and in the worker", async () => {
    const from = logs.lines.length;
    const ana = guest();
    expect(said(await ana.send('Hola'))).toMatch(/Hola, Ana/);
    // A session the store cannot read: recovered, and logged.
    await t.app.get(Store).set(`session:demo:whatsapp:${ana.phone}`, '{not json', 60_000);
    expect(said(await ana.send('¿Tenéis wifi?'))).toMatch(/wifi/);
    // A read mark and a send Graph refuses for good (the sender and the dispatcher log them).
    graph.failNext(2, { status: 400, code: 131026 }, 'messages');
    await ana.send('gracias');
    // A hotel whose PMS refuses connections: the PMS wrapper logs the failed call.
    const john = guest({ tenantId: 'deadpms', phoneNumberId: '300000000000012' });
    expect(said(await john.send('¿Hay habitación del 12 al 15 de diciembre para 2?'))).toMatch(
      /no puedo consultar/,
    );
    // A number no hotel has (the default tenant answers), a failed delivery status, a bad signature.
    const stray = JSON.stringify(
      whatsappDelivery(
        [{ id: 'wamid.STRAY1', from: '34699999999', text: 'hola', phoneNumberId: '999999999999999' }],
        [
          {
            id: 'wamid.OUT',
            status: 'failed',
            timestamp: '1764070000',
            recipient_id: '34611111111',
            errors: [{ code: 131047, title: 'Re-engagement message' }],
          },
        ],
      ),
    );
    const http = () => request(t.app.getHttpServer());
    await http()
      .post('/webhooks/whatsapp')
      .set('content-type', 'application/json')
      .set('x-correlation-id', 'stray-delivery')
      .set('x-hub-signature-256', signWhatsApp(stray))
      .send(stray)
      .expect(200);
    await http()
      .post('/webhooks/whatsapp')
      .set('content-type', 'application/json')
      .set('x-correlation-id', 'forged-delivery')
      .set('x-hub-signature-256', signWhatsApp(stray, 'not-the-secret'))
      .send(stray)
      .expect(401);
    await waitForLine('message.processed', 'stray-delivery');

    const lines = logs.lines.slice(from);
    const requests = new Set(lines.filter((l) => l.msg === 'http.request').map((l) => l.correlationId));
    const orphans = lines.filter(
      (l) => !PROCESS_EVENTS.has(String(l.msg)) && !requests.has(l.correlationId as string),
    );
    expect(orphans).toEqual([]);
    // The journeys did reach the lines that matter, each with its delivery's id.
    const seen = new Set(lines.map((l) => l.msg));
    for (const event of [
      'tenant.resolution',
      'tenant.resolution.default',
      'gateway.whatsapp_delivery_failed',
      'gateway.whatsapp_signature_rejected',
      'http.rejected',
      'pipeline.routed',
      'session.recovered',
      'pms.call_failed',
      'message.processed',
    ]) {
      expect([event, seen.has(event)]).toEqual([event, true]);
    }
    // Each line about a message carries that message's id: the one its message.processed line has.
    const processed = lines.filter((l) => l.msg === 'message.processed');
    expect(new Set(processed.map((l) => l.correlationId)).size).toBe(processed.length);
    const idOf = new Map(processed.map((l) => [l.messageId as string, l.correlationId]));
    const aboutAMessage = lines.flatMap((l) => {
      const owner = typeof l.owner === 'string' ? /^inbound:whatsapp:(.+)$/.exec(l.owner)?.[1] : undefined;
      const message = (l.messageId ?? l.inReplyTo ?? owner) as string | undefined;
      return message && idOf.has(message) ? [[l.msg, message, l.correlationId === idOf.get(message)]] : [];
    });
    expect(aboutAMessage.length).toBeGreaterThan(10);
    expect(aboutAMessage.filter(([, , matches]) => !matches)).toEqual([]);
    for (const event of [
      'whatsapp.mark_read_failed',
      'whatsapp.send_failed',
      'gateway.reply_dropped',
      'lock.acquired',
      'lock.released',
    ]) {
      expect([event, aboutAMessage.some(([msg]) => msg === event)]).toEqual([event, true]);
    }
  });

  async function waitForLine(msg: string, correlationId: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!logs.lines.some((l) => l.msg === msg && l.correlationId === correlationId)) {
      if (Date.now() > deadline) throw new Error(`no ${msg} line for ${correlationId}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
});

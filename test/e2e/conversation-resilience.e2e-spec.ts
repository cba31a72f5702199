import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import request from 'supertest';
import { bootApp, type TestApp, uniquePrefix } from '../support/app-harness';
import { FakeGraphApi, oggBytes } from '../support/fake-graph-api';
import { FakeTranscriber } from '../support/fake-transcriber';
import { GuestChat, type Reply, said, text, voice } from '../support/guest-chat';
import { describeWithRedis, freePort, type RedisHandle, startRedis } from '../support/redis-server';
import { qloAppsHotel } from '../support/dynamic-hotel';
import { waitFor } from '../support/wait';
import { APP_SECRET, VERIFY_TOKEN } from '../support/whatsapp-builders';
import { delay } from '../../src/common/async';
import type { RawEnvironment } from '../../src/config/load-config';
import { NluService } from '../../src/nlp/nlu.service';
import { SessionManager } from '../../src/session/session-manager';
import { Store } from '../../src/storage/store.port';
import { listenOnLoopback } from '../support/loopback';

// What a guest gets when a part of the receptionist is slow, broken or unreachable: voice notes
// through a loopback speech-to-text service, stage budgets, a corrupted session, a PMS that is down.

jest.setTimeout(180_000);

const YEAR = new Date().getFullYear() + 1;
const TRANSCRIPTION_KEY = 'sk-test-transcriber-key';
const TRANSCRIPTION_MODEL = 'whisper-large-v3';
/** The stage budgets of the budget suite; the fakes are slower than each by far. */
const TRANSCRIPTION_BUDGET_MS = 300;
const NLU_BUDGET_MS = 500;
const HANDLER_BUDGET_MS = 1000;
const SLOW_FAKE_MS = 3000;
/** How late after its budget a fallback may arrive and still be "at the budget". */
const MARGIN_MS = 1200;

const choicesOf = (replies: Reply[]): string[] => replies.flatMap((reply) => reply.choices);

/**
 * A PMS that accepts connections and never answers, recording which requests the client gave up
 * on (closed before an answer): a timeout must cancel the call, not leave it running.
 */
class SilentServer {
  readonly requests: Array<{ path: string; closedEarly: boolean }> = [];
  private origin = '';

  private constructor(private readonly server: Server) {}

  static async start(): Promise<SilentServer> {
    const server = createServer();
    const silent = new SilentServer(server);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const record = { path: req.url ?? '', closedEarly: false };
      silent.requests.push(record);
      res.on('close', () => (record.closedEarly = true));
    });
    silent.origin = await listenOnLoopback(server);
    return silent;
  }

  get baseUrl(): string {
    return `${this.origin}/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A hotel like the demo one, on its own WhatsApp number, whose PMS is QloApps at `baseUrl`. */
async function metric(t: TestApp, name: string, label: string): Promise<number> {
  const body = (await request(t.app.getHttpServer()).get('/metrics').expect(200)).text;
  const line = body.split('\n').find((candidate) => candidate.startsWith(`${name}{${label}}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

function resilience(modeEnv: () => RawEnvironment, label: string): void {
  let graph: FakeGraphApi;
  let phone = label === 'redis' ? 34622200000 : 34622100000;
  const whatsApp = (): RawEnvironment => ({
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    WHATSAPP_ACCESS_TOKEN: 'graph-token',
    WHATSAPP_API_BASE_URL: graph.baseUrl,
    QUEUE_BACKOFF_MS: '20',
  });

  beforeAll(async () => {
    graph = await FakeGraphApi.start(['graph-token']);
  });
  afterAll(async () => graph?.stop());

  describe('with speech-to-text and tight stage budgets', () => {
    let t: TestApp;
    let transcriber: FakeTranscriber;
    let silentPms: SilentServer;
    const guest = (name = 'Ana', tenant?: { tenantId: string; phoneNumberId: string }): GuestChat =>
      new GuestChat(t.app, graph, String(++phone), { name, ...tenant });
    const voiceNote = (bytes = 6000): string => {
      const mediaId = `media-${label}-${++phone}`;
      graph.addMedia(mediaId, { bytes: oggBytes(bytes), mimeType: 'audio/ogg' });
      return mediaId;
    };

    beforeAll(async () => {
      transcriber = await FakeTranscriber.start(TRANSCRIPTION_KEY);
      silentPms = await SilentServer.start();
      t = await bootApp({
        ...modeEnv(),
        ...whatsApp(),
        TRANSCRIPTION_BASE_URL: transcriber.baseUrl,
        TRANSCRIPTION_API_KEY: TRANSCRIPTION_KEY,
        TRANSCRIPTION_MODEL,
        TRANSCRIPTION_TIMEOUT_MS: String(TRANSCRIPTION_BUDGET_MS),
        NLP_TIMEOUT_MS: String(NLU_BUDGET_MS),
        HANDLER_TIMEOUT_MS: String(HANDLER_BUDGET_MS),
        // The PMS may take longer than the handler: the handler's budget is what the guest waits.
        PMS_TIMEOUT_MS: '5000',
        PMS_RETRIES: '0',
      });
      await qloAppsHotel(t, 'slowpms', '300000000000011', silentPms.baseUrl);
    });
    afterAll(async () => {
      await t?.close();
      await transcriber?.stop();
      await silentPms?.stop();
    });
    beforeEach(() => transcriber.reset());

    it('answers a Spanish voice note asking "¿tenéis parking?" with the parking answer', async () => {
      transcriber.queue({ text: '¿Tenéis parking?' });
      const replies = await guest().send(voice(voiceNote(6000)));
      expect(said(replies)).toMatch(/Sí, tenemos parking.*18\s?€/);

      expect(transcriber.requests).toHaveLength(1);
      const [call] = transcriber.requests;
      expect(call.authorization).toBe(`Bearer ${TRANSCRIPTION_KEY}`);
      expect(call.contentType).toMatch(/^multipart\/form-data; boundary=/);
      expect(call.parts.get('model')?.data.toString()).toBe(TRANSCRIPTION_MODEL);
      const file = call.parts.get('file');
      expect(file?.filename).toMatch(/\.ogg$/);
      expect(file?.data.length).toBe(6000);
      expect(file?.data.subarray(0, 4).toString()).toBe('OggS');
    });

    it('answers an English voice note in English', async () => {
      transcriber.queue({ text: 'Do you have parking?' });
      const replies = await guest('John').send(voice(voiceNote()));
      expect(said(replies)).toMatch(/Yes, we have parking/);
    });

    it('asks the guest to write when the speech-to-text service fails', async () => {
      transcriber.queue({ status: 500 });
      const replies = await guest().send(voice(voiceNote()));
      expect(said(replies)).toMatch(/No he podido entender el audio.*escribírmelo/);
    });

    it('asks the guest to write when the voice note cannot be downloaded from WhatsApp', async () => {
      const replies = await guest().send(voice('media-that-does-not-exist'));
      expect(said(replies)).toMatch(/No he podido entender el audio/);
      expect(transcriber.requests).toHaveLength(0);
    });

    it('answers "please write it" at the transcription budget when the service is slower, and cancels the call', async () => {
      transcriber.queue({ text: '¿Tenéis parking?', delayMs: SLOW_FAKE_MS });
      const before = await metric(t, 'hotel_agent_stage_timeouts_total', 'stage="transcription"');
      const ana = guest();
      const started = Date.now();
      await ana.post([voice(voiceNote())]);
      const replies = await ana.awaitReplies(1, SLOW_FAKE_MS * 2);
      const elapsedMs = Date.now() - started;

      expect(said(replies)).toMatch(/No he podido entender el audio/);
      expect(said(replies)).not.toMatch(/parking/);
      expect(elapsedMs).toBeLessThan(TRANSCRIPTION_BUDGET_MS + MARGIN_MS);
      expect(elapsedMs).toBeLessThan(SLOW_FAKE_MS);
      expect(await metric(t, 'hotel_agent_stage_timeouts_total', 'stage="transcription"')).toBe(before + 1);
      await waitFor(
        () => transcriber.requests[0]?.closedEarly,
        2000,
        'the transcription call to be cancelled',
      );
    });

    it('answers with the technical-problem fallback at the NLU budget when understanding takes longer', async () => {
      // The NLU is synchronous CPU work that finishes in milliseconds: no text makes it overrun a
      // budget reliably, so the real parse is made slow (it still honours the stage's signal).
      const nlu = t.app.get(NluService);
      const parse = nlu.parse.bind(nlu);
      const slow = jest.spyOn(nlu, 'parse').mockImplementationOnce(async (message, context) => {
        await delay(SLOW_FAKE_MS, context?.signal);
        return parse(message, context);
      });
      try {
        const before = await metric(t, 'hotel_agent_stage_timeouts_total', 'stage="nlu"');
        const ana = guest();
        const started = Date.now();
        await ana.post([text('¿Tenéis parking?')]);
        const replies = await ana.awaitReplies(1, SLOW_FAKE_MS * 2);
        const elapsedMs = Date.now() - started;

        expect(said(replies)).toMatch(/he tenido un problema.*\+34 910 000 000/);
        expect(elapsedMs).toBeLessThan(NLU_BUDGET_MS + MARGIN_MS);
        expect(await metric(t, 'hotel_agent_stage_timeouts_total', 'stage="nlu"')).toBe(before + 1);
        // The next message is understood again.
        expect(said(await ana.send('¿Tenéis parking?'))).toMatch(/tenemos parking/);
      } finally {
        slow.mockRestore();
      }
    });

    it('answers with the technical-problem fallback at the handler budget when the PMS hangs, and cancels the PMS call', async () => {
      const before = await metric(t, 'hotel_agent_stage_timeouts_total', 'stage="handler"');
      const ana = guest('Ana', { tenantId: 'slowpms', phoneNumberId: '300000000000011' });
      const started = Date.now();
      await ana.post([text(`¿Tenéis habitación del 12 al 15 de diciembre de ${YEAR} para 2?`)]);
      const replies = await ana.awaitReplies(1, 10_000);
      const elapsedMs = Date.now() - started;

      expect(said(replies)).toMatch(/he tenido un problema.*llámanos al \+34 910 000 000/);
      expect(choicesOf(replies)).toEqual([]);
      expect(elapsedMs).toBeLessThan(HANDLER_BUDGET_MS + MARGIN_MS);
      expect(await metric(t, 'hotel_agent_stage_timeouts_total', 'stage="handler"')).toBe(before + 1);
      expect(silentPms.requests.length).toBeGreaterThan(0);
      await waitFor(
        () => silentPms.requests.every((r) => r.closedEarly),
        2000,
        'the PMS call to be cancelled',
      );
    });
  });

  describe('with a corrupted session or a PMS that is down', () => {
    let t: TestApp;
    let silentPms: SilentServer;
    const guest = (name = 'Ana', tenant?: { tenantId: string; phoneNumberId: string }): GuestChat =>
      new GuestChat(t.app, graph, String(++phone), { name, ...tenant });

    beforeAll(async () => {
      silentPms = await SilentServer.start();
      t = await bootApp({
        ...modeEnv(),
        ...whatsApp(),
        PMS_TIMEOUT_MS: '300',
        PMS_RETRIES: '0',
      });
      await qloAppsHotel(t, 'deadpms', '300000000000012', `http://127.0.0.1:${await freePort()}/`);
      await qloAppsHotel(t, 'hangpms', '300000000000013', silentPms.baseUrl);
    });
    afterAll(async () => {
      await t?.close();
      await silentPms?.stop();
    });

    it.each([
      ['unparseable', '{not json'],
      ['invalid', '{"version":"seven","dialogue":[]}'],
    ])('answers a guest whose stored session is %s, and counts the recovery', async (reason, garbage) => {
      const ana = guest();
      await t.app.get(Store).set(`session:demo:whatsapp:${ana.phone}`, garbage, 60_000);
      const before = await metric(t, 'hotel_agent_session_recovered_total', `reason="${reason}"`);

      // Only the app reads the session here: the chat waits for the reply at Graph.
      await ana.post([text('¿Tenéis wifi?')]);
      expect(said(await ana.awaitReplies(1))).toMatch(/wifi gratis/);
      expect(await metric(t, 'hotel_agent_session_recovered_total', `reason="${reason}"`)).toBe(before + 1);

      // The conversation goes on from a sound session.
      expect(said(await ana.send('¿Y parking?'))).toMatch(/parking/);
      const session = await t.app.get(SessionManager).getOrCreate('demo', 'whatsapp', ana.phone);
      expect(session.recentMessageIds?.length).toBe(2);
    });

    it.each([
      ['whose PMS refuses connections', 'deadpms', '300000000000012'],
      ['whose PMS does not answer within PMS_TIMEOUT_MS', 'hangpms', '300000000000013'],
    ])(
      'tells a guest of a hotel %s that it cannot check now and how to call, inventing no rooms',
      async (_what, tenantId, phoneNumberId) => {
        const ana = guest('Ana', { tenantId, phoneNumberId });
        const replies = await ana.send(`¿Tenéis habitación del 12 al 15 de diciembre de ${YEAR} para 2?`);
        expect(said(replies)).toMatch(
          /no puedo consultar el sistema de reservas.*llámanos al \+34 910 000 000/s,
        );
        expect(said(replies)).not.toMatch(/€|noche|tenemos:/);
        expect(choicesOf(replies)).toEqual([]);

        const john = guest('John', { tenantId, phoneNumberId });
        const english = await john.send(`Do you have a room from December 12 to 15, ${YEAR} for 2 people?`);
        expect(said(english)).toMatch(/can't reach the booking system.*call us on \+34 910 000 000/s);
        expect(said(english)).not.toMatch(/€|night|we have:/);
        expect(choicesOf(english)).toEqual([]);
      },
    );
  });
}

describe('conversation resilience, embedded mode', () => {
  resilience(() => ({}), 'embedded');
});

describeWithRedis('conversation resilience, Redis mode', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  resilience(() => ({ REDIS_URL: redis.url, KEY_PREFIX: uniquePrefix('conv-res') }), 'redis');
  afterAll(async () => redis?.stop());
});

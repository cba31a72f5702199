import { PinoLogger } from 'nestjs-pino';
import { FakeGraphApi, oggBytes } from '../../../test/support/fake-graph-api';
import { LogCapture } from '../../../test/support/log-capture';
import { loadConfig } from '../../config/load-config';
import { PermanentSendError, TransientSendError } from '../../messaging/channel-sender.port';
import type { OutboundMessage, ReplyContent } from '../../messaging/outbound-message';
import type { Tenant } from '../../tenants/tenant';
import { toGraphPayloads } from './whatsapp-payloads';
import { WhatsAppClient, WhatsAppMediaError } from './whatsapp.client';
import type { SendProgress } from '../../messaging/channel-sender.port';
import { recipientHash, WhatsAppMediaDownloader, WhatsAppSender } from './whatsapp.sender';

const DEFAULT_TOKEN = 'graph-token';
const TENANT_TOKEN = 'tenant-token';
const GUEST = '34611111111';
const PHONE_NUMBER_ID = '100000000000001';
const logs = new LogCapture();
const logger = new PinoLogger({ pinoHttp: [{ level: 'info' }, logs] });

function tenant(accessToken?: string): Tenant {
  return {
    id: 'demo',
    name: 'Hotel Demo',
    languages: ['es'],
    timezone: 'Europe/Madrid',
    currency: 'EUR',
    channels: { whatsapp: { phoneNumberIds: [PHONE_NUMBER_ID], accessToken } },
    pms: { type: 'local' },
    info: {
      address: 'Calle Mayor 10',
      coordinates: { latitude: 40.4153, longitude: -3.7074 },
      checkIn: '15:00',
      checkOut: '12:00',
      phone: '+34 910 000 000',
      email: 'reservas@hoteldemo.example',
      amenities: [],
      policies: {},
    },
    roomTypes: [],
    handoff: {},
  };
}

function reply(content: ReplyContent): OutboundMessage {
  return {
    tenantId: 'demo',
    channel: 'whatsapp',
    to: GUEST,
    inReplyTo: 'wamid.IN1',
    index: 0,
    content,
    phoneNumberId: PHONE_NUMBER_ID,
  };
}

const text = (body: string) => reply({ type: 'text', text: body });
const LONG_TEXT = Array.from({ length: 3 }, (_, i) => `Parte ${i}: ${'bla '.repeat(1000).trim()}.`).join(' ');

describe('WhatsAppSender', () => {
  let graph: FakeGraphApi;
  let sender: WhatsAppSender;
  let media: WhatsAppMediaDownloader;

  function build(accessToken: string | undefined): void {
    const config = loadConfig({ WHATSAPP_API_BASE_URL: graph.baseUrl, WHATSAPP_ACCESS_TOKEN: accessToken });
    const client = new WhatsAppClient({ baseUrl: config.whatsapp.apiBaseUrl });
    sender = new WhatsAppSender(config, client, logger);
    media = new WhatsAppMediaDownloader(config, client, logger);
  }

  beforeAll(async () => {
    graph = await FakeGraphApi.start([DEFAULT_TOKEN, TENANT_TOKEN]);
  });
  afterAll(() => graph.stop());
  beforeEach(() => {
    graph.clear();
    logs.lines.length = 0;
    build(DEFAULT_TOKEN);
  });

  describe('sending', () => {
    it('sends a long text as parts of at most 4096 characters, in order, and returns the last id', async () => {
      const result = await sender.send(text(LONG_TEXT), tenant());
      const bodies = graph.messageBodies().map((b) => (b.text as { body: string }).body);
      expect(bodies).toHaveLength(3);
      expect(bodies.every((body) => body.length <= 4096)).toBe(true);
      expect(bodies.map((body) => body.slice(0, 7))).toEqual(['Parte 0', 'Parte 1', 'Parte 2']);
      expect(result.providerMessageId).toBe('wamid.OUT3');
      expect(graph.requests[0].path).toBe(`/v21.0/${PHONE_NUMBER_ID}/messages`);
    });

    it("sends a turn's replies in order as one job, resuming after the parts already sent", async () => {
      const location: ReplyContent = { type: 'location', latitude: 40.4153, longitude: -3.7074 };
      const image: ReplyContent = { type: 'image', url: 'https://cdn.example/suite.jpg' };
      const turn = { ...text('Estamos aquí:'), then: [location, image] };
      await sender.send(turn, tenant());
      expect(graph.messageBodies().map((body) => body.type)).toEqual(['text', 'location', 'image']);
      graph.clear();
      await sender.send(turn, tenant(), undefined, { alreadySent: 2 });
      expect(graph.messageBodies().map((body) => body.type)).toEqual(['image']);
    });

    it.each<[string, ReplyContent]>([
      ['buttons', { type: 'buttons', text: '¿Confirmo?', buttons: [{ id: 'yes', title: 'Sí' }] }],
      [
        'list',
        {
          type: 'list',
          text: 'Habitaciones',
          buttonLabel: 'Ver',
          sections: [
            { title: 'Tipos', rows: [{ id: 'double', title: 'Doble', description: '109 €/noche' }] },
          ],
        },
      ],
      ['location', { type: 'location', latitude: 40.4153, longitude: -3.7074, name: 'Hotel Demo' }],
      ['image', { type: 'image', url: 'https://cdn.example/suite.jpg', caption: 'La suite' }],
    ])('sends a %s reply as the body built for it, which Graph accepts', async (_type, content) => {
      await expect(sender.send(reply(content), tenant())).resolves.toEqual({
        providerMessageId: 'wamid.OUT1',
      });
      expect(graph.messageBodies()).toEqual(toGraphPayloads(reply(content)));
    });

    it('is refused by the fake Graph, as by the real one, when a body breaks a limit', async () => {
      const client = new WhatsAppClient({ baseUrl: graph.baseUrl });
      const tooLong = { ...textPayload(), text: { preview_url: false, body: 'a'.repeat(4097) } } as const;
      await expect(client.postMessage(PHONE_NUMBER_ID, tooLong, DEFAULT_TOKEN)).rejects.toMatchObject({
        name: 'PermanentSendError',
        outcome: 'error_100',
        message: expect.stringContaining('text.body must have 1 to 4096 characters'),
      });
    });

    it('uses the deployment token when the tenant has none', async () => {
      await sender.send(text('Hola'), tenant());
      expect(graph.requests[0].headers.authorization).toBe(`Bearer ${DEFAULT_TOKEN}`);
      expect(graph.requests[0].headers['content-type']).toBe('application/json');
    });

    it("uses the tenant's own token over the deployment's", async () => {
      await sender.send(text('Hola'), tenant(TENANT_TOKEN));
      expect(graph.requests[0].headers.authorization).toBe(`Bearer ${TENANT_TOKEN}`);
    });

    it('refuses to send without any token, as a permanent error, without calling Graph', async () => {
      build(undefined);
      await expect(sender.send(text('Hola'), tenant())).rejects.toMatchObject({
        name: 'PermanentSendError',
        outcome: 'no_token',
      });
      expect(graph.requests).toHaveLength(0);
    });
    it("sends from the tenant's first number when the reply names none", async () => {
      await sender.send({ ...text('Hola'), phoneNumberId: undefined }, tenant());
      expect(graph.requests[0].path).toBe(`/v21.0/${PHONE_NUMBER_ID}/messages`);
    });

    it('refuses a reply with nothing to say as a permanent invalid_message, logged, without calling Graph', async () => {
      await expect(sender.send(text('   '), tenant())).rejects.toMatchObject({
        name: 'PermanentSendError',
        outcome: 'invalid_message',
      });
      expect(graph.requests).toHaveLength(0);
      expect(logs.withMessage('whatsapp.send_failed')[0]).toMatchObject({ outcome: 'invalid_message' });
    });
  });

  describe('failures', () => {
    const transient = [
      ['HTTP 500 without a Graph error', { status: 500 }, 'http_500'],
      ['HTTP 429 without a Graph error', { status: 429 }, 'http_429'],
      ['throughput limit 130429', { status: 429, code: 130429 }, 'error_130429'],
      ['pair rate limit 131056', { status: 400, code: 131056 }, 'error_131056'],
      ['something went wrong 131000', { status: 500, code: 131000 }, 'error_131000'],
      ['app rate limit 4', { status: 400, code: 4 }, 'error_4'],
      ['account rate limit 80007', { status: 400, code: 80007 }, 'error_80007'],
      ['unknown error 1', { status: 400, code: 1 }, 'error_1'],
      ['service error 2', { status: 503, code: 2 }, 'error_2'],
      ['an unlisted code on HTTP 502', { status: 502, code: 99999 }, 'error_99999'],
    ] as const;
    const permanent = [
      ['24-hour window 131047', { status: 400, code: 131047 }, 'error_131047'],
      ['undeliverable 131026', { status: 400, code: 131026 }, 'error_131026'],
      ['expired token 190', { status: 401, code: 190 }, 'error_190'],
      ['invalid parameter 100', { status: 400, code: 100 }, 'error_100'],
      ['missing parameter 131008', { status: 400, code: 131008 }, 'error_131008'],
      ['parameter value 131009', { status: 400, code: 131009 }, 'error_131009'],
      ['HTTP 403 without a Graph error', { status: 403 }, 'http_403'],
      ['an unlisted code on HTTP 400', { status: 400, code: 131048 }, 'error_131048'],
    ] as const;

    it.each(transient)('treats %s as transient', async (_label, fault, outcome) => {
      graph.failNext(1, fault);
      const sending = sender.send(text('Hola'), tenant());
      await expect(sending).rejects.toBeInstanceOf(TransientSendError);
      await expect(sending).rejects.toMatchObject({ outcome });
    });

    it.each(permanent)('treats %s as permanent', async (_label, fault, outcome) => {
      graph.failNext(1, fault);
      const sending = sender.send(text('Hola'), tenant());
      await expect(sending).rejects.toBeInstanceOf(PermanentSendError);
      await expect(sending).rejects.toMatchObject({ outcome });
    });

    it('stops at a closed 24-hour window: one request, permanent error_131047, logged without text or number', async () => {
      graph.failNext(1, { status: 400, code: 131047, details: 'Re-engagement message' });
      await expect(sender.send(text(LONG_TEXT), tenant())).rejects.toMatchObject({
        name: 'PermanentSendError',
        outcome: 'error_131047',
      });
      expect(graph.requests).toHaveLength(1);
      const [line] = logs.withMessage('whatsapp.send_failed');
      expect(line).toMatchObject({
        outcome: 'error_131047',
        retryable: false,
        recipient: recipientHash(GUEST),
      });
      const logged = JSON.stringify(logs.lines);
      expect(logged).not.toContain(GUEST);
      expect(logged).not.toContain('bla bla');
    });

    it('rejects a token Graph does not accept as a permanent error_190', async () => {
      await expect(sender.send(text('Hola'), tenant('revoked-token'))).rejects.toMatchObject({
        name: 'PermanentSendError',
        outcome: 'error_190',
      });
    });

    it('treats a dropped connection as a transient network error', async () => {
      graph.failNext(1, { reset: true });
      await expect(sender.send(text('Hola'), tenant())).rejects.toMatchObject({
        name: 'TransientSendError',
        outcome: 'network',
      });
    });

    it('succeeds on the third attempt after two 500 answers', async () => {
      graph.failNext(2, { status: 500 });
      await expect(sender.send(text('Hola'), tenant())).rejects.toBeInstanceOf(TransientSendError);
      await expect(sender.send(text('Hola'), tenant())).rejects.toBeInstanceOf(TransientSendError);
      await expect(sender.send(text('Hola'), tenant())).resolves.toEqual({ providerMessageId: 'wamid.OUT1' });
    });

    it("cancels a slow request when the caller's signal aborts", async () => {
      graph.failNext(1, { delayMs: 2000 });
      const started = Date.now();
      await expect(sender.send(text('Hola'), tenant(), AbortSignal.timeout(50))).rejects.toMatchObject({
        name: 'TransientSendError',
        outcome: 'cancelled',
      });
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('gives up on a Graph call that outlasts its own timeout, as a transient network error', async () => {
      graph.failNext(1, { delayMs: 2000 });
      const client = new WhatsAppClient({ baseUrl: graph.baseUrl, timeoutMs: 50 });
      await expect(client.postMessage(PHONE_NUMBER_ID, textPayload(), DEFAULT_TOKEN)).rejects.toMatchObject({
        name: 'TransientSendError',
        outcome: 'network',
        message: expect.stringContaining('timed out after 50 ms'),
      });
    });
  });

  describe('partial progress', () => {
    it('skips the parts an earlier attempt sent and reports each new part before the next', async () => {
      const checkpoints: Array<[number, string | undefined]> = [];
      const progress: SendProgress = {
        alreadySent: 1,
        onPartSent: async (sent, _total, id) => void checkpoints.push([sent, id]),
      };
      const result = await sender.send(text(LONG_TEXT), tenant(), undefined, progress);
      expect(graph.messageBodies().map((b) => (b.text as { body: string }).body.slice(0, 7))).toEqual([
        'Parte 1',
        'Parte 2',
      ]);
      expect(checkpoints).toEqual([
        [2, 'wamid.OUT1'],
        [3, 'wamid.OUT2'],
      ]);
      expect(result.providerMessageId).toBe('wamid.OUT2');
    });

    it('does not resend part one when part two fails and the job is retried', async () => {
      let checkpoint = 0; // what the job would keep durably between attempts
      const attempt = (afterPart?: (sent: number) => void): SendProgress => ({
        alreadySent: checkpoint,
        onPartSent: async (sent) => {
          checkpoint = sent;
          afterPart?.(sent);
        },
      });
      const failSecondPart = attempt((sent) => sent === 1 && graph.failNext(1, { status: 500 }));
      await expect(sender.send(text(LONG_TEXT), tenant(), undefined, failSecondPart)).rejects.toBeInstanceOf(
        TransientSendError,
      );
      expect(checkpoint).toBe(1);
      await sender.send(text(LONG_TEXT), tenant(), undefined, attempt());
      const posted = graph.requests.map(
        (r) => `${(r.body as { text: { body: string } }).text.body.slice(0, 7)} ${r.status}`,
      );
      expect(posted).toEqual(['Parte 0 200', 'Parte 1 500', 'Parte 1 200', 'Parte 2 200']);
    });

    it('sends nothing when an earlier attempt already sent every part', async () => {
      await expect(sender.send(text('Hola'), tenant(), undefined, { alreadySent: 1 })).resolves.toEqual({
        providerMessageId: undefined,
      });
      expect(graph.requests).toHaveLength(0);
    });
  });

  it('passes on a failed mark-as-read after logging its outcome', async () => {
    graph.failNext(1, { status: 500, code: 131000 });
    await expect(sender.markAsRead(PHONE_NUMBER_ID, 'wamid.IN1', tenant())).rejects.toMatchObject({
      outcome: 'error_131000',
    });
    expect(logs.withMessage('whatsapp.mark_read_failed')[0]).toMatchObject({ outcome: 'error_131000' });
  });

  it('marks a guest message as read with the body Graph expects', async () => {
    await sender.markAsRead(PHONE_NUMBER_ID, 'wamid.IN1', tenant());
    expect(graph.requests[0]).toMatchObject({
      method: 'POST',
      path: `/v21.0/${PHONE_NUMBER_ID}/messages`,
      body: { messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.IN1' },
    });
  });

  describe('media download', () => {
    it('downloads a voice note through its Graph URL with the same bearer token', async () => {
      const voice = oggBytes(40_000);
      graph.addMedia('media-voice', { bytes: voice, mimeType: 'audio/ogg' });
      const download = await media.downloadWhatsAppMedia('media-voice', tenant(TENANT_TOKEN), {
        maxBytes: 1_000_000,
      });
      expect(download.bytes.equals(voice)).toBe(true);
      expect(download.mimeType).toBe('audio/ogg');
      expect(graph.requests.map((r) => [r.route, r.headers.authorization])).toEqual([
        ['media', `Bearer ${TENANT_TOKEN}`],
        ['download', `Bearer ${TENANT_TOKEN}`],
      ]);
    });

    it('refuses a file Graph says is over the limit without downloading it', async () => {
      graph.addMedia('media-big', { bytes: oggBytes(5000) });
      await expect(
        media.downloadWhatsAppMedia('media-big', tenant(), { maxBytes: 4999 }),
      ).rejects.toMatchObject({
        code: 'too_large',
        retryable: false,
      });
      expect(graph.requests.map((r) => r.route)).toEqual(['media']);
    });

    it('refuses a download whose Content-Length is over the limit', async () => {
      graph.addMedia('media-big', { bytes: oggBytes(5000) });
      const client = new WhatsAppClient({ baseUrl: graph.baseUrl });
      const { url } = await client.getMediaUrl('media-big', DEFAULT_TOKEN);
      await expect(client.downloadMedia(url, DEFAULT_TOKEN, { maxBytes: 100 })).rejects.toThrow(
        /exceeds the 100-byte limit: it declares 5000 bytes/,
      );
    });

    it('stops reading a download without Content-Length once it passes the limit', async () => {
      graph.addMedia('media-chunked', { bytes: oggBytes(200_000), omitLength: true });
      await expect(
        media.downloadWhatsAppMedia('media-chunked', tenant(), { maxBytes: 50_000 }),
      ).rejects.toMatchObject({ name: 'WhatsAppMediaError', code: 'too_large' });
    });

    it('fails with error_190 and no retry when Graph refuses the token', async () => {
      graph.addMedia('media-voice', { bytes: oggBytes(10) });
      const download = media.downloadWhatsAppMedia('media-voice', tenant('revoked-token'), { maxBytes: 100 });
      await expect(download).rejects.toBeInstanceOf(WhatsAppMediaError);
      await expect(download).rejects.toMatchObject({ code: 'error_190', retryable: false });
      expect(logs.withMessage('whatsapp.media_failed')).toHaveLength(1);
    });

    it('fails with no_token and no request when there is no access token', async () => {
      build(undefined);
      await expect(
        media.downloadWhatsAppMedia('media-voice', tenant(), { maxBytes: 100 }),
      ).rejects.toMatchObject({
        code: 'no_token',
        retryable: false,
      });
      expect(graph.requests).toHaveLength(0);
    });

    it('fails with error_100 for a media id Graph does not know', async () => {
      await expect(media.downloadWhatsAppMedia('nope', tenant(), { maxBytes: 100 })).rejects.toMatchObject({
        code: 'error_100',
      });
    });
  });
});

function textPayload() {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: GUEST,
    type: 'text',
    text: { preview_url: false, body: 'Hola' },
  } as const;
}

import { createServer, type IncomingMessage, type Server } from 'node:http';
import { loadConfig } from '../../config/load-config';
import { OpenAiTranscriber } from './openai-transcriber';
import { TranscriptionError } from './transcriber.port';
import { listenOnLoopback } from '../../../test/support/loopback';

interface Seen {
  path: string;
  authorization?: string;
  contentType?: string;
  body: string;
}

describe('OpenAiTranscriber', () => {
  let server: Server;
  let baseUrl: string;
  let seen: Seen[];
  let answer: { status: number; body: string; delayMs?: number };

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        seen.push({
          path: req.url ?? '',
          authorization: req.headers.authorization,
          contentType: req.headers['content-type'],
          body: Buffer.concat(chunks).toString('latin1'),
        });
        // Unref'd: the late answer to a request the client gave up on must not keep jest waiting.
        setTimeout(() => {
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(answer.body);
        }, answer.delayMs ?? 0).unref();
      });
    });
    baseUrl = `${await listenOnLoopback(server)}/v1/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    seen = [];
    answer = { status: 200, body: JSON.stringify({ text: ' ¿Tenéis parking? ' }) };
  });

  const transcriber = (env: Record<string, string> = {}) =>
    new OpenAiTranscriber(
      loadConfig({
        TRANSCRIPTION_BASE_URL: baseUrl,
        TRANSCRIPTION_API_KEY: 'sk-test',
        TRANSCRIPTION_MODEL: 'whisper-1',
        ...env,
      }),
    );
  const clip = { bytes: Buffer.from('OggS-voice'), mimeType: 'audio/ogg; codecs=opus' };
  const signal = () => new AbortController().signal;

  it('posts the clip as multipart with the model and language to /audio/transcriptions', async () => {
    await expect(transcriber().transcribe(clip, 'es', signal())).resolves.toBe('¿Tenéis parking?');
    const [request] = seen;
    expect(request.path).toBe('/v1/audio/transcriptions');
    expect(request.authorization).toBe('Bearer sk-test');
    expect(request.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(request.body).toMatch(/name="file"; filename="voice\.ogg"/);
    expect(request.body).toContain('OggS-voice');
    expect(request.body).toMatch(/name="model"\r\n\r\nwhisper-1/);
    expect(request.body).toMatch(/name="language"\r\n\r\nes/);
  });

  it('is not configured without TRANSCRIPTION_BASE_URL', () => {
    expect(new OpenAiTranscriber(loadConfig({})).isConfigured).toBe(false);
    expect(transcriber().isConfigured).toBe(true);
  });

  it.each([
    [500, 'unavailable'],
    [429, 'unavailable'],
    [400, 'rejected'],
    [401, 'rejected'],
  ])('classifies an HTTP %i as %s', async (status, reason) => {
    answer = { status, body: '{"error":{"message":"no"}}' };
    await expect(transcriber().transcribe(clip, undefined, signal())).rejects.toMatchObject({ reason });
  });

  it('refuses an empty transcription', async () => {
    answer = { status: 200, body: '{"text":"  "}' };
    await expect(transcriber().transcribe(clip, undefined, signal())).rejects.toBeInstanceOf(
      TranscriptionError,
    );
  });

  it('stops when its signal aborts', async () => {
    answer = { status: 200, body: '{"text":"late"}', delayMs: 2000 };
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('budget')), 50);
    const started = Date.now();
    await expect(transcriber().transcribe(clip, undefined, controller.signal)).rejects.toMatchObject({
      reason: 'unavailable',
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

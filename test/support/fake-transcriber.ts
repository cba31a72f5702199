import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback';

/** One part of a multipart/form-data body. */
export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export interface TranscriptionRequest {
  authorization?: string;
  contentType?: string;
  /** The form fields by name (`model`, `language`, `response_format`, `file`, …). */
  parts: Map<string, FormPart>;
  /** The HTTP status answered, once answered (none when the client went away first). */
  status?: number;
  /** The client closed the connection before the answer (an aborted fetch: the work was cancelled). */
  closedEarly: boolean;
}

/** What the next transcription answers, instead of the default text. */
export interface TranscriptionAnswer {
  /** The transcript to answer with `{"text": …}`. */
  text?: string;
  /** Answer this late (the timer stops if the client goes away first). */
  delayMs?: number;
  /** Answer this status with an OpenAI-style error body. */
  status?: number;
}

/**
 * A loopback OpenAI-compatible speech-to-text service: `POST /v1/audio/transcriptions`, multipart
 * with a `file` part and a `model` field, bearer token checked, `{"text": "…"}` back. What it hears
 * is programmed per call (`queue`) or as the default (`defaultText`), with a programmable delay.
 */
export class FakeTranscriber {
  readonly requests: TranscriptionRequest[] = [];
  defaultText = '';
  defaultDelayMs = 0;
  private readonly answers: TranscriptionAnswer[] = [];

  private constructor(
    private readonly server: Server,
    readonly origin: string,
    readonly apiKey: string,
  ) {}

  static async start(apiKey = 'sk-test-transcriber'): Promise<FakeTranscriber> {
    const server = createServer();
    const origin = await listenOnLoopback(server);
    const fake = new FakeTranscriber(server, origin, apiKey);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void fake.handle(req, res));
    return fake;
  }

  /** The root to configure as TRANSCRIPTION_BASE_URL. */
  get baseUrl(): string {
    return `${this.origin}/v1`;
  }

  /** The next call answers `answer`; queued answers apply in order, then the default. */
  queue(answer: TranscriptionAnswer): void {
    this.answers.push(answer);
  }

  /** Forgets recorded requests and queued answers. */
  reset(): void {
    this.requests.length = 0;
    this.answers.length = 0;
    this.defaultText = '';
    this.defaultDelayMs = 0;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const contentType = req.headers['content-type'];
    const record: TranscriptionRequest = {
      authorization: req.headers.authorization,
      contentType,
      parts: parseMultipart(body, contentType),
      closedEarly: false,
    };
    this.requests.push(record);
    res.on('close', () => {
      if (!res.writableFinished) record.closedEarly = true;
    });
    const status = await this.respond(req, res, record);
    if (status !== undefined) record.status = status;
  }

  private async respond(
    req: IncomingMessage,
    res: ServerResponse,
    record: TranscriptionRequest,
  ): Promise<number | undefined> {
    if (
      req.method !== 'POST' ||
      new URL(req.url ?? '/', this.origin).pathname !== '/v1/audio/transcriptions'
    ) {
      return openAiError(res, 404, 'invalid_request_error', 'Unknown path');
    }
    if (record.authorization !== `Bearer ${this.apiKey}`) {
      return openAiError(res, 401, 'invalid_request_error', 'Incorrect API key provided');
    }
    const problem = formProblem(record);
    if (problem) return openAiError(res, 400, 'invalid_request_error', problem);
    const answer = this.answers.shift() ?? {};
    const delayMs = answer.delayMs ?? this.defaultDelayMs;
    if (delayMs > 0 && !(await lingerUnlessClosed(res, delayMs))) return undefined;
    if (answer.status !== undefined)
      return openAiError(res, answer.status, 'server_error', 'Programmed failure');
    return send(res, 200, { text: answer.text ?? this.defaultText });
  }
}

/** What OpenAI would reject in the form: no model, no file, an empty file. */
function formProblem(record: TranscriptionRequest): string | undefined {
  if (!record.contentType?.startsWith('multipart/form-data')) return 'Expected multipart/form-data';
  const model = record.parts.get('model');
  if (!model || model.data.toString('utf8').trim() === '') return "Missing required parameter: 'model'";
  const file = record.parts.get('file');
  if (!file || file.filename === undefined) return "Missing required parameter: 'file'";
  if (file.data.length === 0) return 'The audio file is empty';
  return undefined;
}

/** A small multipart/form-data reader: enough for the fields and one file a client sends. */
export function parseMultipart(body: Buffer, contentType: string | undefined): Map<string, FormPart> {
  const parts = new Map<string, FormPart>();
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!boundary) return parts;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const chunk = body.subarray(start + delimiter.length, next);
    const part = readPart(chunk);
    if (part) parts.set(part.name, part);
    start = next;
  }
  return parts;
}

function readPart(chunk: Buffer): FormPart | undefined {
  // Each part: CRLF, headers, CRLF CRLF, data, CRLF (before the next delimiter).
  const headerEnd = chunk.indexOf('\r\n\r\n');
  if (headerEnd === -1) return undefined;
  const headers = chunk.subarray(0, headerEnd).toString('utf8');
  const data = chunk.subarray(headerEnd + 4, chunk.length - 2);
  const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
  const name = /\bname="([^"]*)"/.exec(disposition)?.[1];
  if (name === undefined) return undefined;
  const filename = /\bfilename="([^"]*)"/.exec(disposition)?.[1];
  const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1];
  return {
    name,
    data,
    ...(filename === undefined ? {} : { filename }),
    ...(contentType ? { contentType } : {}),
  };
}

function openAiError(res: ServerResponse, status: number, type: string, message: string): number {
  return send(res, status, { error: { message, type, param: null, code: null } });
}

function send(res: ServerResponse, status: number, body: unknown): number {
  if (!res.destroyed) res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  return status;
}

function lingerUnlessClosed(res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    res.once('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

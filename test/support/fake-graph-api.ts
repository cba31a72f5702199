import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './loopback';

const VERSION = 'v21.0';

export type FakeGraphRoute = 'messages' | 'media' | 'download';

/** What the next matching call answers instead of the normal answer. */
export interface GraphFault {
  /** HTTP status; defaults to 400 with a `code`, else 500. */
  status?: number;
  /** Graph error code put in `{"error":{"code":…}}`. */
  code?: number;
  details?: string;
  /** Answer this late; with neither status nor code, the late answer is the normal one. */
  delayMs?: number;
  /** Drop the connection without answering. */
  reset?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  route: FakeGraphRoute | 'unknown';
  headers: Record<string, string>;
  /** The parsed JSON body (the raw text when it is not JSON; undefined without a body). */
  body: unknown;
  /** The HTTP status answered, once answered (none for a dropped connection). */
  status?: number;
}

export interface FakeMedia {
  bytes: Buffer;
  mimeType?: string;
  /** Send the bytes chunked, without Content-Length (and without `file_size` in the lookup). */
  omitLength?: boolean;
}

interface QueuedFault {
  remaining: number;
  fault: GraphFault;
  route?: FakeGraphRoute;
}

type Json = Record<string, unknown>;

/**
 * A loopback imitation of the WhatsApp Cloud API for tests: `POST /v21.0/{phone-number-id}/messages`
 * (bearer token checked, body validated per message type as Graph would), `GET /v21.0/{media-id}` and
 * the download URL it returns. Faults are programmable per call; every request is recorded.
 */
export class FakeGraphApi {
  readonly requests: RecordedRequest[] = [];
  readonly tokens: Set<string>;
  private readonly faults: QueuedFault[] = [];
  private readonly media = new Map<string, FakeMedia>();
  private nextId = 1;

  private constructor(
    private readonly server: Server,
    readonly origin: string,
    tokens: string[],
  ) {
    this.tokens = new Set(tokens);
  }

  /** Starts on 127.0.0.1 on a free port; `tokens` are the bearer tokens it accepts. */
  static async start(tokens: string[] = ['graph-token']): Promise<FakeGraphApi> {
    const server = createServer();
    const origin = await listenOnLoopback(server);
    const api = new FakeGraphApi(server, origin, tokens);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void api.handle(req, res));
    return api;
  }

  /** The Graph root to configure as WHATSAPP_API_BASE_URL. */
  get baseUrl(): string {
    return `${this.origin}/${VERSION}`;
  }

  /** The next `count` calls (to `route`, or to any route) answer with `fault`. Queued faults apply in order. */
  failNext(count: number, fault: GraphFault, route?: FakeGraphRoute): void {
    this.faults.push({ remaining: count, fault, route });
  }

  addMedia(id: string, media: FakeMedia): void {
    this.media.set(id, media);
  }

  /** Bodies of the messages Graph accepted (mark-as-read excluded), in arrival order. */
  messageBodies(): Json[] {
    return this.requests
      .filter((r) => r.route === 'messages' && r.status === 200 && isJson(r.body) && r.body.status !== 'read')
      .map((r) => r.body as Json);
  }

  /** Forgets recorded requests and pending faults and restarts message ids at wamid.OUT1 (media and tokens stay). */
  clear(): void {
    this.requests.length = 0;
    this.faults.length = 0;
    this.nextId = 1;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const route = routeOf(req.method ?? 'GET', url.pathname);
    const text = await readBody(req);
    const headers = flatten(req);
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      route,
      headers,
      body: parse(text),
    };
    this.requests.push(record);
    await this.respond(req, res, url.pathname, route, text);
    // Set before the client can see the answer: res.end() only queues the bytes.
    if (res.headersSent) record.status = res.statusCode;
  }

  private async respond(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    route: RecordedRequest['route'],
    text: string,
  ): Promise<void> {
    const fault = route === 'unknown' ? undefined : this.takeFault(route);
    if (fault?.delayMs && !(await lingerUnlessClosed(res, fault.delayMs))) return;
    if (fault?.reset) {
      req.socket.destroy();
      return;
    }
    if (fault && (fault.status !== undefined || fault.code !== undefined)) {
      const status = fault.status ?? (fault.code === undefined ? 500 : 400);
      return fault.code === undefined
        ? answer(res, status, {})
        : graphError(res, status, fault.code, fault.details);
    }
    if (route === 'unknown') return answer(res, 404, { error: { message: 'Unknown path', code: 803 } });
    if (!this.tokens.has(bearerOf(req))) {
      return graphError(res, 401, 190, 'Invalid OAuth access token - Cannot parse access token');
    }
    if (route === 'messages') return this.answerMessages(res, parse(text));
    const id = decodeURIComponent(path.split('/').pop() ?? '');
    if (route === 'media') return this.answerMediaLookup(res, id);
    return this.answerDownload(res, id);
  }

  private takeFault(route: FakeGraphRoute): GraphFault | undefined {
    const queued = this.faults.find((f) => f.route === undefined || f.route === route);
    if (!queued) return undefined;
    queued.remaining -= 1;
    if (queued.remaining <= 0) this.faults.splice(this.faults.indexOf(queued), 1);
    return queued.fault;
  }

  private answerMessages(res: ServerResponse, body: unknown): void {
    if (!isJson(body) || body.messaging_product !== 'whatsapp') {
      return graphError(res, 400, 100, 'messaging_product must be whatsapp');
    }
    if (body.status === 'read') {
      if (typeof body.message_id !== 'string') return graphError(res, 400, 100, 'message_id is required');
      return answer(res, 200, { success: true });
    }
    const problem = validateMessage(body);
    if (problem) return graphError(res, 400, 100, problem);
    const to = String(body.to);
    const id = `wamid.OUT${this.nextId++}`;
    answer(res, 200, {
      messaging_product: 'whatsapp',
      contacts: [{ input: to, wa_id: to }],
      messages: [{ id }],
    });
  }

  private answerMediaLookup(res: ServerResponse, id: string): void {
    const media = this.media.get(id);
    if (!media)
      return graphError(res, 400, 100, `Unsupported get request. Object with ID '${id}' does not exist`);
    answer(res, 200, {
      messaging_product: 'whatsapp',
      id,
      url: `${this.origin}/media-download/${encodeURIComponent(id)}?ext=1`,
      mime_type: media.mimeType ?? 'audio/ogg',
      sha256: 'fake',
      ...(media.omitLength ? {} : { file_size: media.bytes.length }),
    });
  }

  private answerDownload(res: ServerResponse, id: string): void {
    const media = this.media.get(id);
    if (!media) return answer(res, 404, {});
    res.statusCode = 200;
    res.setHeader('content-type', media.mimeType ?? 'audio/ogg');
    if (!media.omitLength) {
      res.setHeader('content-length', media.bytes.length);
      res.end(media.bytes);
      return;
    }
    for (let offset = 0; offset < media.bytes.length; offset += 16 * 1024) {
      res.write(media.bytes.subarray(offset, offset + 16 * 1024));
    }
    res.end();
  }
}

/** Bytes that start like an OGG page, for voice-note tests. */
export function oggBytes(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x2a);
  Buffer.from('OggS\0\x02').copy(bytes);
  return bytes;
}

/** What Graph would reject in a message body, or undefined (limits from shared/reference/whatsapp.md). */
function validateMessage(body: Json): string | undefined {
  if (typeof body.to !== 'string' || !/^\+?\d{6,15}$/.test(body.to)) return 'to must be a phone number';
  const content = body[String(body.type)];
  if (!isJson(content)) return `${String(body.type)} object is required`;
  switch (body.type) {
    case 'text':
      return within(content.body, 1, 4096, 'text.body');
    case 'interactive':
      return validateInteractive(content);
    case 'location':
      return typeof content.latitude === 'number' && typeof content.longitude === 'number'
        ? undefined
        : 'location needs latitude and longitude';
    case 'image':
      if (typeof content.link !== 'string') return 'image.link is required';
      return content.caption === undefined ? undefined : within(content.caption, 1, 1024, 'image.caption');
    default:
      return `unsupported type ${String(body.type)}`;
  }
}

function validateInteractive(content: Json): string | undefined {
  const action = isJson(content.action) ? content.action : {};
  const bodyText = isJson(content.body) ? content.body.text : undefined;
  if (content.type === 'button') {
    const buttons = Array.isArray(action.buttons) ? (action.buttons as unknown[]) : [];
    if (buttons.length < 1 || buttons.length > 3) return 'buttons must have 1 to 3 items';
    const titles = buttons.map((b) => (isJson(b) && isJson(b.reply) ? b.reply.title : undefined));
    if (new Set(titles).size !== titles.length) return 'button titles must be unique';
    return (
      within(bodyText, 1, 1024, 'body.text') ?? firstProblem(titles, (t) => within(t, 1, 20, 'reply.title'))
    );
  }
  if (content.type === 'list') {
    const sections = Array.isArray(action.sections) ? (action.sections as Json[]) : [];
    const rows = sections.flatMap((s) => (Array.isArray(s.rows) ? (s.rows as Json[]) : []));
    if (rows.length < 1 || rows.length > 10) return 'a list must have 1 to 10 rows';
    return (
      within(bodyText, 1, 4096, 'body.text') ??
      within(action.button, 1, 20, 'action.button') ??
      firstProblem(sections, (s) =>
        sections.length > 1 || s.title !== undefined ? within(s.title, 1, 24, 'section.title') : undefined,
      ) ??
      firstProblem(rows, (r) => within(r.title, 1, 24, 'row.title')) ??
      firstProblem(rows, (r) =>
        r.description === undefined ? undefined : within(r.description, 1, 72, 'row.description'),
      )
    );
  }
  return `unsupported interactive type ${String(content.type)}`;
}

function within(value: unknown, min: number, max: number, name: string): string | undefined {
  if (typeof value !== 'string') return `${name} must be a string`;
  return value.length < min || value.length > max
    ? `${name} must have ${min} to ${max} characters`
    : undefined;
}

function firstProblem<T>(items: T[], check: (item: T) => string | undefined): string | undefined {
  for (const item of items) {
    const problem = check(item);
    if (problem) return problem;
  }
  return undefined;
}

function routeOf(method: string, path: string): RecordedRequest['route'] {
  if (method === 'POST' && new RegExp(`^/${VERSION}/[^/]+/messages$`).test(path)) return 'messages';
  if (method === 'GET' && new RegExp(`^/${VERSION}/[^/]+$`).test(path)) return 'media';
  if (method === 'GET' && /^\/media-download\/[^/]+$/.test(path)) return 'download';
  return 'unknown';
}

function graphError(res: ServerResponse, status: number, code: number, details = 'Fake Graph error'): void {
  answer(res, status, {
    error: {
      message: `(#${code}) ${details}`,
      type: code === 190 ? 'OAuthException' : 'GraphMethodException',
      code,
      error_data: { messaging_product: 'whatsapp', details },
      fbtrace_id: 'FakeTrace',
    },
  });
}

function answer(res: ServerResponse, status: number, body: Json): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * Waits `ms`; resolves false early if the client goes away first, so no timer outlives a cancelled
 * call and a call nobody waits for any more is not processed.
 */
function lingerUnlessClosed(res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    res.once('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

function bearerOf(req: IncomingMessage): string {
  return /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
}

function flatten(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parse(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

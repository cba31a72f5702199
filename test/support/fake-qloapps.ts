import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { delay } from '../../src/common/async';
import {
  defaultRoomTypes,
  errors,
  type FakeAnswer,
  FakeHotel,
  type FakeRoomType,
  fixture,
  json,
} from './fake-qloapps-hotel';
import { type AriShape, route } from './fake-qloapps-resources';
import { listenOnLoopback } from './loopback';

/**
 * A loopback QloApps webservice that behaves as ../fixtures/qloapps and the reference describe: Basic
 * key check, `hotel_ari`, room types, bookings with a real inventory (the last room sells out),
 * orders with the `source`/`reference` filters, order histories. Tests program faults per resource
 * and read the requests it got.
 */

export type FakeFault =
  /** A PHP error page. */
  | { kind: 'html500' }
  | { kind: 'malformedJson' }
  /** Waits, then does the work and answers (the work happens even if the client has gone, as in PHP). */
  | { kind: 'slow'; ms: number }
  /** The key lacks the grant for this resource. */
  | { kind: 'unauthorized' }
  | { kind: 'badRequest'; errors: Array<[number, string]> }
  /** Does the work (a booking commits), then answers 500 as a PHP notice does. */
  | { kind: 'commitThen500' }
  /** Answers 201 without doing the work. */
  | { kind: 'acceptWithoutApplying' };

export interface RecordedRequest {
  method: string;
  path: string;
  resource: string;
  id?: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
  /** The client closed the connection before the answer was sent (an aborted fetch). */
  closedEarly: boolean;
}

export interface FakeQloAppsOptions {
  apiKey?: string;
  hotelId?: number;
  ariShape?: AriShape;
  roomTypes?: FakeRoomType[];
}

export const FAKE_QLOAPPS_KEY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ123456';

export class FakeQloApps {
  readonly requests: RecordedRequest[] = [];
  readonly hotel: FakeHotel;
  readonly apiKey: string;
  ariShape: AriShape;
  private readonly faults = new Map<string, FakeFault[]>();
  private readonly stopping = new AbortController();
  private readonly server: Server;
  private origin = '';

  private constructor(options: FakeQloAppsOptions) {
    this.apiKey = options.apiKey ?? FAKE_QLOAPPS_KEY;
    this.ariShape = options.ariShape ?? 'source';
    this.hotel = new FakeHotel(options.hotelId ?? 1, options.roomTypes ?? defaultRoomTypes());
    this.server = createServer((req, res) => this.receive(req, res));
  }

  static async start(options: FakeQloAppsOptions = {}): Promise<FakeQloApps> {
    const fake = new FakeQloApps(options);
    fake.origin = await listenOnLoopback(fake.server);
    return fake;
  }

  get baseUrl(): string {
    return this.origin;
  }

  /** The next `times` requests to `resource` meet `fault`. */
  fail(resource: string, fault: FakeFault, times = 1): void {
    const queue = this.faults.get(resource) ?? [];
    this.faults.set(resource, [...queue, ...Array.from({ length: times }, () => fault)]);
  }

  requestsTo(method: string, resource: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.resource === resource);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private receive(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => void this.respond(req, res, Buffer.concat(chunks).toString('utf8')));
  }

  private async respond(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const target = targetOf(url);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      resource: target.resource,
      ...(target.id === undefined ? {} : { id: target.id }),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      closedEarly: false,
    };
    this.requests.push(record);
    res.on('close', () => {
      if (!res.writableFinished) record.closedEarly = true;
    });
    const answer = await this.answer(req, url, record);
    if (res.destroyed) return;
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  }

  private async answer(req: IncomingMessage, url: URL, record: RecordedRequest): Promise<FakeAnswer> {
    const refusal = this.authenticate(req, url);
    if (refusal) return refusal;
    const fault = this.faults.get(record.resource)?.shift();
    if (fault?.kind === 'slow') await delay(fault.ms, this.stopping.signal).catch(() => undefined);
    if (fault?.kind === 'html500') return html500();
    if (fault?.kind === 'malformedJson') return { status: 200, body: '{"hotel_ari": {"room_types": [' };
    if (fault?.kind === 'unauthorized') return errors(401, [26, 'No permission for this resource']);
    if (fault?.kind === 'badRequest') return errors(400, ...fault.errors);
    if (fault?.kind === 'acceptWithoutApplying') return json(201, {});
    const answer = route(this.hotel, { ...record, query: url.searchParams }, this.ariShape);
    if (fault?.kind === 'commitThen500') return html500();
    const wantsJson =
      url.searchParams.get('output_format') === 'JSON' || req.headers['output-format'] === 'JSON';
    return wantsJson ? answer : { status: answer.status, body: '<?xml version="1.0"?><prestashop/>' };
  }

  /** No key: the plain-text 401 with a Basic challenge. A wrong key: the JSON error list. */
  private authenticate(req: IncomingMessage, url: URL): FakeAnswer | undefined {
    const header = req.headers.authorization;
    const fromHeader = header?.startsWith('Basic ')
      ? Buffer.from(header.slice(6), 'base64').toString('utf8').split(':')[0]
      : undefined;
    const key = fromHeader || url.searchParams.get('ws_key');
    if (!key) return recordedAnswer(fixture('no-key-401.http'));
    if (key !== this.apiKey) return json(401, JSON.parse(fixture('bad-key-401.json')));
    return undefined;
  }
}

/** `/api/<resource>[/<id>]`, or `/webservice/dispatcher.php?url=<resource>[/<id>]` without rewrites. */
function targetOf(url: URL): { resource: string; id?: string } {
  const path = url.pathname.startsWith('/webservice/dispatcher.php')
    ? (url.searchParams.get('url') ?? '')
    : url.pathname.replace(/^\/api\/?/, '');
  const [resource = '', id] = path.split('/').filter(Boolean);
  return id === undefined ? { resource } : { resource, id };
}

function html500(): FakeAnswer {
  return { status: 500, body: fixture('error-500.html'), headers: { 'content-type': 'text/html' } };
}

/** A raw HTTP answer as recorded in a `.http` fixture. */
function recordedAnswer(text: string): FakeAnswer {
  const [head, ...rest] = text.split(/\r?\n\r?\n/);
  const [statusLine, ...headerLines] = head.split(/\r?\n/);
  const headers = Object.fromEntries(
    headerLines.map((line) => [
      line.slice(0, line.indexOf(':')).trim(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\n\n') };
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { listenOnLoopback } from '../../test/support/loopback';

const VERSION = 'v21.0';
const SENT = JSON.stringify({ messaging_product: 'whatsapp', messages: [{ id: 'wamid.X' }] });
const READ = JSON.stringify({ success: true });

/** What the fake Graph was asked, counted. */
export interface GraphCounts {
  replies: number;
  reads: number;
  /** Bodies that were not a message or a read receipt, or were not JSON. */
  rejected: number;
}

/** One reply as it arrived: the recipient, the time (performance.now(), ms), and the readable text. */
export interface ArrivedReply {
  to: string;
  atMs: number;
  text: string;
}

/**
 * A minimal WhatsApp Cloud API for the bench, in the bench's process: `POST /v21.0/<id>/messages`
 * answers a message id to every send and success to every read receipt, at once, and tells the
 * listener of each reply as it arrives (recipient, arrival time). Nothing is validated beyond the
 * JSON and the recipient: the test suite's fake (test/support/fake-graph-api.ts) validates, this one
 * stays out of the measurement.
 */
export class FakeGraph {
  readonly counts: GraphCounts = { replies: 0, reads: 0, rejected: 0 };

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly onReply: (reply: ArrivedReply) => void,
  ) {}

  static async start(onReply: (reply: ArrivedReply) => void): Promise<FakeGraph> {
    const server = createServer();
    server.keepAliveTimeout = 60_000;
    const origin = await listenOnLoopback(server);
    const graph = new FakeGraph(server, `${origin}/${VERSION}`, onReply);
    server.on('request', (request: IncomingMessage, response: ServerResponse) =>
      graph.handle(request, response),
    );
    return graph;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const atMs = performance.now();
      const body = parseBody(Buffer.concat(chunks).toString('utf8'));
      if (!body || !request.url?.endsWith('/messages')) {
        this.counts.rejected += 1;
        response.writeHead(400, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      if (body.status === 'read') {
        this.counts.reads += 1;
        response.writeHead(200, { 'content-type': 'application/json' }).end(READ);
        return;
      }
      this.counts.replies += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end(SENT);
      this.onReply({ to: String(body.to), atMs, text: readableText(body) });
    });
  }
}

type Json = Record<string, unknown>;

function parseBody(text: string): Json | undefined {
  try {
    const body = JSON.parse(text) as unknown;
    return typeof body === 'object' && body !== null ? (body as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** The reply's text (a text body, the body of buttons or a list, a caption), for the pre-flight check. */
function readableText(body: Json): string {
  const field = (from: unknown, key: string): unknown =>
    typeof from === 'object' && from !== null ? (from as Json)[key] : undefined;
  const type = String(body.type);
  if (type === 'text') return String(field(body.text, 'body'));
  if (type === 'interactive') return String(field(field(body.interactive, 'body'), 'text'));
  if (type === 'image') {
    const caption = field(body.image, 'caption');
    return `[image] ${typeof caption === 'string' ? caption : ''}`;
  }
  return `[${type}]`;
}

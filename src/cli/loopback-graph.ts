import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isReadReceipt } from './chat-renderer';

/** Bodies larger than this are not a message the WhatsApp sender would post. */
const MAX_BODY_BYTES = 1_048_576;

/**
 * A stand-in for the Graph API's `POST /{phone-number-id}/messages` on 127.0.0.1, so the app's real
 * WhatsApp sender delivers its replies here: each message body goes to `onMessage`, read receipts are
 * answered and dropped. No token is checked; nothing leaves the machine.
 */
export class LoopbackGraph {
  private sent = 0;

  private constructor(
    private readonly server: Server,
    /** The value for WHATSAPP_API_BASE_URL. */
    readonly baseUrl: string,
  ) {}

  /** Listens on a free loopback port; `onMessage` receives every message body, in arrival order. */
  static async start(onMessage: (body: unknown) => void): Promise<LoopbackGraph> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    const graph = new LoopbackGraph(server, `http://127.0.0.1:${port}/v21.0`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => graph.handle(req, res, onMessage));
    return graph;
  }

  /** Stops listening and drops idle keep-alive connections. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse, onMessage: (body: unknown) => void): void {
    if (req.method !== 'POST' || !/\/messages$/.test(req.url ?? '')) {
      answer(res, 404, {
        error: { message: 'Only POST /{phone-number-id}/messages is imitated.', code: 100 },
      });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      const body = parseJson(Buffer.concat(chunks).toString('utf8'));
      if (body === undefined || size > MAX_BODY_BYTES) {
        answer(res, 400, { error: { message: 'Invalid JSON body.', code: 100 } });
        return;
      }
      if (isReadReceipt(body)) {
        answer(res, 200, { success: true });
        return;
      }
      this.sent += 1;
      onMessage(body);
      answer(res, 200, { messaging_product: 'whatsapp', messages: [{ id: `wamid.CHAT${this.sent}` }] });
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

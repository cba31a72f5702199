import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

const IDLE_SOCKET_TIMEOUT_MS = 4000;

/** A Graph answer, read whole: its HTTP status and its body as text. */
export interface GraphAnswer {
  status: number;
  text: string;
}

/**
 * Graph's small JSON calls over node:http(s) with keep-alive agents, not the global fetch: each fetch
 * leaves objects (web streams, abort signals, ones tracked by a FinalizationRegistry) that outlive the
 * young generation, and at 200 msg/s they were half of what the app promoted to the old one — whose
 * mark-compact pauses (~40 ms every 5 s), with the backlog they leave, were the e2e latency tail.
 * A node:http request and its answer die young.
 */
export class GraphHttp {
  // An idle connection is closed after 4 s, as fetch (undici) does, so a request is not written to
  // one the server is just closing for being idle (its reset would cost the reply a queue retry).
  private readonly http = new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_TIMEOUT_MS });
  private readonly https = new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_TIMEOUT_MS });

  /** Closes the kept-alive connections (at shutdown: an idle socket would hold the process up to 4 s). */
  close(): void {
    this.http.destroy();
    this.https.destroy();
  }

  /** Sends one request and reads its whole answer; rejects on a network failure or an abort of `signal`. */
  call(
    url: string,
    method: 'GET' | 'POST',
    headers: Record<string, string>,
    body: string | undefined,
    signal: AbortSignal,
  ): Promise<GraphAnswer> {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const request = secure ? httpsRequest : httpRequest;
    const allHeaders =
      body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    return new Promise<GraphAnswer>((resolve, reject) => {
      const outgoing = request(
        target,
        { method, headers: allHeaders, agent: secure ? this.https : this.http, signal },
        (answer: IncomingMessage) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('error', reject);
          answer.on('close', () => {
            if (!answer.complete) reject(new Error('the connection closed before the answer was complete'));
          });
          answer.on('end', () =>
            resolve({ status: answer.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }
}

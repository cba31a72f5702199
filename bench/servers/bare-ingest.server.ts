import { createHmac, timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import { Redis } from 'ioredis';
import { announceReady, portOf } from './ready';

/**
 * Baseline A of the ingest bench: the essential work of the WhatsApp webhook without the framework.
 * Plain Fastify, no logger, no plugins: HMAC-SHA256 of the raw body compared in constant time, one
 * JSON.parse, the first message's id, one SET NX PX to de-duplicate and one LPUSH of the message,
 * on an ioredis connection with auto-pipelining (as the app's store connection has).
 */

/** The app's default DEDUP_TTL_S (a week), so both write keys with the same expiry. */
const DEDUP_TTL_MS = 604_800_000;
const SIGNATURE_HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/** The first message of the first change, as Meta sends one message per delivery in practice. */
function firstMessage(payload: unknown): { id: string; message: object } | undefined {
  const entry = field(payload, 'entry', 0);
  const value = field(field(entry, 'changes', 0), 'value');
  const message = field(value, 'messages', 0);
  const id = field(message, 'id');
  if (typeof id !== 'string' || typeof message !== 'object' || message === null) return undefined;
  return { id, message };
}

function field(from: unknown, key: string, index?: number): unknown {
  if (typeof from !== 'object' || from === null) return undefined;
  const value = (from as Record<string, unknown>)[key];
  if (index === undefined) return value;
  return Array.isArray(value) ? (value[index] as unknown) : undefined;
}

function isSigned(body: Buffer, header: unknown, secret: string): boolean {
  const match = typeof header === 'string' ? SIGNATURE_HEADER.exec(header) : null;
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(match[1], 'hex'));
}

function parse(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const secret = process.env.WHATSAPP_APP_SECRET ?? '';
  const prefix = process.env.KEY_PREFIX ?? '';
  if (!process.env.REDIS_URL || secret === '')
    throw new Error('REDIS_URL and WHATSAPP_APP_SECRET are needed');
  const redis = new Redis(process.env.REDIS_URL, { enableAutoPipelining: true });
  const app = Fastify();
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.post('/webhooks/whatsapp', async (request, reply) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    if (!isSigned(body, request.headers['x-hub-signature-256'], secret))
      return reply.code(401).send({ error: 'bad signature' });
    const picked = firstMessage(parse(body));
    if (!picked) return reply.code(400).send({ error: 'no message' });
    const fresh = await redis.set(
      `${prefix}dedup:whatsapp:${picked.id}`,
      request.id,
      'PX',
      DEDUP_TTL_MS,
      'NX',
    );
    if (fresh !== 'OK') return { queued: 0, duplicates: 1 };
    await redis.lpush(`${prefix}inbound`, JSON.stringify(picked.message));
    return { queued: 1, duplicates: 0 };
  });
  process.once('SIGTERM', () => {
    redis.disconnect();
    process.exit(0);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  announceReady(portOf(app.server.address()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

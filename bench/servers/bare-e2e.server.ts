import { createHmac, timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import { Redis } from 'ioredis';
import { announceReady, portOf } from './ready';

/**
 * The baseline of the e2e bench: the essential work of a guest message's whole journey, by hand, in
 * one process like the app with APP_ROLE=all. Plain Fastify, no logger: HMAC of the raw body, one
 * JSON.parse, SET NX PX to de-duplicate, LPUSH onto a list. WORKER_CONCURRENCY loops each BRPOP a
 * message, take the guest's lock (SET NX PX), read and write the session (GET, SET PX), release the
 * lock (DEL), and answer through the Graph API as the app does (fetch: the read receipt, then one
 * text reply). No NLU, no intent, no second queue: the floor under the app's plumbing.
 */

const DEDUP_TTL_MS = 604_800_000;
const LOCK_TTL_MS = 60_000;
const SESSION_TTL_MS = 86_400_000;
const SIGNATURE_HEADER = /^sha256=([0-9a-fA-F]{64})$/;

interface Settings {
  secret: string;
  prefix: string;
  graphUrl: string;
  token: string;
  concurrency: number;
}

interface QueuedMessage {
  id: string;
  from: string;
  phoneNumberId: string;
}

function readSettings(env: NodeJS.ProcessEnv): Settings {
  const secret = env.WHATSAPP_APP_SECRET ?? '';
  if (!env.REDIS_URL || secret === '' || !env.WHATSAPP_API_BASE_URL)
    throw new Error('REDIS_URL, WHATSAPP_APP_SECRET and WHATSAPP_API_BASE_URL are needed');
  return {
    secret,
    prefix: env.KEY_PREFIX ?? '',
    graphUrl: env.WHATSAPP_API_BASE_URL,
    token: env.WHATSAPP_ACCESS_TOKEN ?? 'token',
    concurrency: Number(env.WORKER_CONCURRENCY ?? 32),
  };
}

function isSigned(body: Buffer, header: unknown, secret: string): boolean {
  const match = typeof header === 'string' ? SIGNATURE_HEADER.exec(header) : null;
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(match[1], 'hex'));
}

/** The first message of the first change, as Meta sends one message per delivery in practice. */
function firstMessage(body: Buffer): QueuedMessage | undefined {
  try {
    const value = (
      JSON.parse(body.toString('utf8')) as { entry: Array<{ changes: Array<{ value: Value }> }> }
    ).entry[0].changes[0].value;
    const message = value.messages[0];
    return { id: message.id, from: message.from, phoneNumberId: value.metadata.phone_number_id };
  } catch {
    return undefined;
  }
}

interface Value {
  metadata: { phone_number_id: string };
  messages: Array<{ id: string; from: string }>;
}

async function postGraph(settings: Settings, phoneNumberId: string, payload: object): Promise<void> {
  const response = await fetch(`${settings.graphUrl}/${phoneNumberId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${settings.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`Graph answered ${response.status}`);
}

async function handle(redis: Redis, settings: Settings, message: QueuedMessage): Promise<void> {
  const lockKey = `${settings.prefix}lock:${message.from}`;
  const sessionKey = `${settings.prefix}session:${message.from}`;
  await redis.set(lockKey, message.id, 'PX', LOCK_TTL_MS, 'NX');
  const session = JSON.parse((await redis.get(sessionKey)) ?? '{"handled":[]}') as { handled: string[] };
  session.handled.push(message.id);
  await redis.set(sessionKey, JSON.stringify(session), 'PX', SESSION_TTL_MS);
  await redis.del(lockKey);
  const envelope = { messaging_product: 'whatsapp', recipient_type: 'individual', to: message.from };
  await postGraph(settings, message.phoneNumberId, {
    messaging_product: 'whatsapp',
    status: 'read',
    message_id: message.id,
  });
  await postGraph(settings, message.phoneNumberId, {
    ...envelope,
    type: 'text',
    text: { preview_url: false, body: '¡Hola! ¿En qué te ayudo?' },
  });
}

async function consume(redis: Redis, blocking: Redis, settings: Settings): Promise<void> {
  for (;;) {
    const popped = await blocking.brpop(`${settings.prefix}inbound`, 0);
    if (!popped) continue;
    await handle(redis, settings, JSON.parse(popped[1]) as QueuedMessage).catch((error: unknown) =>
      console.error(error),
    );
  }
}

async function main(): Promise<void> {
  const settings = readSettings(process.env);
  const url = process.env.REDIS_URL as string;
  const redis = new Redis(url, { enableAutoPipelining: true });
  const blocking = Array.from({ length: settings.concurrency }, () => new Redis(url));
  const app = Fastify();
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.post('/webhooks/whatsapp', async (request, reply) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    if (!isSigned(body, request.headers['x-hub-signature-256'], settings.secret))
      return reply.code(401).send({ error: 'bad signature' });
    const message = firstMessage(body);
    if (!message) return reply.code(400).send({ error: 'no message' });
    const fresh = await redis.set(`${settings.prefix}dedup:${message.id}`, '1', 'PX', DEDUP_TTL_MS, 'NX');
    if (fresh !== 'OK') return { queued: 0, duplicates: 1 };
    await redis.lpush(`${settings.prefix}inbound`, JSON.stringify(message));
    return { queued: 1, duplicates: 0 };
  });
  // A loop ends only when its connection is closed at exit.
  for (const connection of blocking) consume(redis, connection, settings).catch(() => undefined);
  process.once('SIGTERM', () => {
    for (const connection of [redis, ...blocking]) connection.disconnect();
    process.exit(0);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  announceReady(portOf(app.server.address()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

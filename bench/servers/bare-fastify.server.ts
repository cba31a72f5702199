import Fastify from 'fastify';
import type { BenchEchoReply } from '../bench-echo.module';
import { announceReady, portOf } from './ready';

/** The baseline: plain Fastify, no logger, no plugins, the echo body checked by hand. */
function toEchoReply(body: unknown): BenchEchoReply | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { guestId, text, count, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  if (typeof guestId !== 'string' || guestId.length < 1 || guestId.length > 64) return undefined;
  if (typeof text !== 'string' || text.length > 4096) return undefined;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return undefined;
  return { guestId, count, textLength: text.length };
}

async function main(): Promise<void> {
  const app = Fastify();
  app.get('/ping', async () => ({ ok: true }));
  app.post('/echo', async (request, reply) => {
    const echo = toEchoReply(request.body);
    if (!echo) return reply.code(400).send({ error: 'invalid body' });
    return echo;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  announceReady(portOf(app.server.address()));
}

void main();

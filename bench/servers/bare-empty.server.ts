import Fastify from 'fastify';
import { announceReady, portOf } from './ready';

/**
 * Baseline B of the ingest bench, for context: a plain Fastify JSON POST route on the webhook's
 * path that parses the body (Fastify's default JSON parser) and does nothing with it.
 */
async function main(): Promise<void> {
  const app = Fastify();
  app.post('/webhooks/whatsapp', async () => ({ ok: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  announceReady(portOf(app.server.address()));
}

void main();

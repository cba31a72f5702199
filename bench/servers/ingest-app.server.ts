import 'reflect-metadata';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/load-config';
import { announceReady, portOf } from './ready';

/** How long the app may take to close its Redis connections before the process exits anyway. */
const CLOSE_TIMEOUT_MS = 3000;

/**
 * The application as main.ts wires it, in Redis mode with APP_ROLE=api: the webhook intake and
 * nothing consuming the queue, so only the intake is measured. Only the variables named here are
 * taken from the environment, so the caller's shell cannot change the mode or the role.
 * SIGTERM exits through process.exit, so `node --cpu-prof` (NODE_OPTIONS) gets to write its profile.
 */
async function main(): Promise<void> {
  const config = loadConfig({
    LOG_LEVEL: process.env.LOG_LEVEL,
    REDIS_URL: process.env.REDIS_URL,
    KEY_PREFIX: process.env.KEY_PREFIX,
    WHATSAPP_APP_SECRET: process.env.WHATSAPP_APP_SECRET,
    APP_ROLE: 'api',
    // Rate limiting is disabled for throughput measurement: thousands of req/s from one IP (and guest).
    RATE_LIMIT_IP_PER_MIN: '0',
    RATE_LIMIT_GUEST_PER_MIN: '0',
  });
  if (config.mode !== 'redis') throw new Error('the ingest bench needs REDIS_URL (Redis mode)');
  const app = await createApp(config);
  process.once('SIGTERM', () => {
    setTimeout(() => process.exit(0), CLOSE_TIMEOUT_MS).unref();
    void app.close().finally(() => process.exit(0));
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  announceReady(portOf(app.getHttpServer().address()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

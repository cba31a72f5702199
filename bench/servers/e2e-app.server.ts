import 'reflect-metadata';
import { installInstruments, serveStats } from './app-instruments';
import { announceReady, portOf } from './ready';

/** How long the app may take to drain its workers and close Redis before the process exits anyway. */
const CLOSE_TIMEOUT_MS = 5000;

/**
 * The whole application as main.ts wires it, in Redis mode with APP_ROLE=all: the webhook, the
 * inbound worker (lock, session, NLU, intent handler) and the outbound worker sending to
 * WHATSAPP_API_BASE_URL (the bench's fake Graph). Only the variables named here are taken from the
 * environment, so the caller's shell cannot change the mode or the role. The instruments (Redis
 * commands per connection, event loop, GC) are installed before the app is loaded and served on
 * BENCH_STATS_PORT. SIGTERM exits through process.exit, so `node --cpu-prof` writes its profile.
 */
async function main(): Promise<void> {
  const readStats = installInstruments();
  // Loaded after the instruments, so that every Redis connection the app opens is counted.
  const { createApp } = await import('../../src/app.factory');
  const { loadConfig } = await import('../../src/config/load-config');
  const env = process.env;
  const config = loadConfig({
    LOG_LEVEL: env.LOG_LEVEL,
    REDIS_URL: env.REDIS_URL,
    KEY_PREFIX: env.KEY_PREFIX,
    WHATSAPP_APP_SECRET: env.WHATSAPP_APP_SECRET,
    WHATSAPP_ACCESS_TOKEN: env.WHATSAPP_ACCESS_TOKEN,
    WHATSAPP_API_BASE_URL: env.WHATSAPP_API_BASE_URL,
    WORKER_CONCURRENCY: env.WORKER_CONCURRENCY,
    NLP_THREAD: env.NLP_THREAD,
    APP_ROLE: 'all',
    // Rate limiting is disabled for throughput measurement: thousands of req/s from one IP (and guest).
    RATE_LIMIT_IP_PER_MIN: '0',
    RATE_LIMIT_GUEST_PER_MIN: '0',
  });
  if (config.mode !== 'redis') throw new Error('the e2e bench needs REDIS_URL (Redis mode)');
  const app = await createApp(config);
  process.once('SIGTERM', () => {
    setTimeout(() => process.exit(0), CLOSE_TIMEOUT_MS).unref();
    void app.close().finally(() => process.exit(0));
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  serveStats(Number(env.BENCH_STATS_PORT), readStats);
  announceReady(portOf(app.getHttpServer().address()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import 'reflect-metadata';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/load-config';
import { BenchEchoModule } from '../bench-echo.module';
import { announceReady, portOf } from './ready';

/**
 * The application as main.ts wires it, in embedded mode: only LOG_LEVEL is taken from the
 * environment, so a REDIS_URL in the caller's shell cannot switch the mode.
 */
async function main(): Promise<void> {
  const config = loadConfig({
    LOG_LEVEL: process.env.LOG_LEVEL,
    // Rate limiting is disabled for throughput measurement: thousands of req/s from one IP (and guest).
    RATE_LIMIT_IP_PER_MIN: '0',
    RATE_LIMIT_GUEST_PER_MIN: '0',
  });
  const app = await createApp(config, { extraModules: [BenchEchoModule] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  announceReady(portOf(app.getHttpServer().address()));
}

void main();

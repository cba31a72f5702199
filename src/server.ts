import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PinoLogger } from 'nestjs-pino';
import { createApp } from './app.factory';
import { ShutdownState } from './common/lifecycle/shutdown-state';
import type { AppConfig } from './config/app-config';

/** Margin past SHUTDOWN_TIMEOUT_MS before a hung shutdown is cut short with exit code 1. */
export const SHUTDOWN_DEADLINE_MARGIN_MS = 5000;

/**
 * Runs the service: listens, and on SIGTERM/SIGINT shuts down gracefully. Readiness turns 503 at
 * once, queues stop taking jobs and let running ones finish (bounded by SHUTDOWN_TIMEOUT_MS), HTTP
 * closes, connections close, exit 0. Nest's own shutdown hooks are not used because they re-raise
 * the signal, which would make the exit code 143 instead of 0.
 */
export async function runServer(
  config: AppConfig,
  extraModules: Type[] = [],
): Promise<NestFastifyApplication> {
  const app = await createApp(config, { extraModules });
  const logger = await app.resolve(PinoLogger);
  logger.setContext('main');
  const shutdown = (signal: NodeJS.Signals): void => {
    app.get(ShutdownState).begin();
    logger.info({ signal }, 'shutdown.begin');
    setTimeout(() => {
      logger.error({ signal }, 'shutdown.deadline_exceeded');
      process.exit(1);
    }, config.shutdownTimeoutMs + SHUTDOWN_DEADLINE_MARGIN_MS).unref();
    app.close().then(
      () => {
        logger.info({ signal }, 'shutdown.complete');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ signal, err: error }, 'shutdown.failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  await app.listen({ port: config.http.port, host: config.http.host });
  logger.info(
    { port: config.http.port, host: config.http.host, mode: config.mode, role: config.role },
    'http.listening',
  );
  return app;
}

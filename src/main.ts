import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PinoLogger } from 'nestjs-pino';
import { createApp } from './app.factory';
import { ShutdownState } from './common/lifecycle/shutdown-state';
import type { AppConfig } from './config/app-config';
import { ConfigValidationError, loadConfig, readEnvironment } from './config/load-config';

function readConfig(): AppConfig {
  try {
    return loadConfig(readEnvironment(process.env));
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    for (const problem of error.problems) process.stderr.write(`config error: ${problem}\n`);
    process.exit(1);
  }
}

/**
 * SIGTERM/SIGINT: readiness turns 503 at once, queues stop taking jobs and let running ones finish
 * (bounded by SHUTDOWN_TIMEOUT_MS), HTTP closes, connections close, exit 0. A hard deadline exits 1
 * if something hangs.
 */
function handleShutdown(app: NestFastifyApplication, config: AppConfig, logger: PinoLogger): void {
  const shutdown = (signal: NodeJS.Signals): void => {
    app.get(ShutdownState).begin();
    logger.info({ signal }, 'shutdown.begin');
    setTimeout(() => {
      logger.error({ signal }, 'shutdown.deadline_exceeded');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5000).unref();
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
}

async function bootstrap(): Promise<void> {
  const config = readConfig();
  const app = await createApp(config);
  const logger = await app.resolve(PinoLogger);
  logger.setContext('main');
  handleShutdown(app, config, logger);
  await app.listen({ port: config.http.port, host: config.http.host });
  logger.info(
    { port: config.http.port, host: config.http.host, mode: config.mode, role: config.role },
    'http.listening',
  );
}

void bootstrap();

import pino, { type DestinationStream, type LoggerOptions } from 'pino';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config';

/** Paths never written to logs: credentials and signatures (design §8). */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-hub-signature-256"]',
  'req.headers["x-api-key"]',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.password',
  '*.secret',
];

/**
 * Where the service's log lines go by default: stdout, written synchronously. Pino's own default
 * writes asynchronously, and a process that exits (a shutdown, a crash) with a write still in
 * flight loses that line, or has the lines still buffered written ahead of it. The service logs
 * about one line per message handled, so the synchronous write costs little.
 */
export function stdoutDestination(): DestinationStream {
  return pino.destination({ dest: 1, sync: true });
}

/**
 * nestjs-pino provides the injectable loggers; its per-request middleware is not used (no routes):
 * request context and the request log line come from Fastify hooks (request-logging.ts), which cost
 * far less than a middleware layer on every request.
 */
export function loggerParams(config: AppConfig, destination?: DestinationStream): Params {
  return { pinoHttp: [loggerOptions(config), destination ?? stdoutDestination()], forRoutes: [] };
}

export function loggerOptions(config: Pick<AppConfig, 'logLevel'>): LoggerOptions {
  return { level: config.logLevel, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
}

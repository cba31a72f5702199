import type { DestinationStream, LoggerOptions } from 'pino';
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
 * nestjs-pino provides the injectable loggers; its per-request middleware is not used (no routes):
 * request context and the request log line come from Fastify hooks (request-logging.ts), which cost
 * far less than a middleware layer on every request.
 */
export function loggerParams(config: AppConfig, destination?: DestinationStream): Params {
  const options: LoggerOptions = {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return { pinoHttp: destination ? [options, destination] : options, forRoutes: [] };
}

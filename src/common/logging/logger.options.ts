import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config';

/** Paths never written to logs: credentials and signatures (design §8). */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-hub-signature-256"]',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.password',
  '*.secret',
];

const QUIET_PATHS = ['/health/', '/metrics'];

export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      // Fastify already resolved the correlation id (see app.factory.ts); reuse it.
      genReqId: (req: IncomingMessage & { id?: unknown }) =>
        typeof req.id === 'string' ? req.id : randomUUID(),
      customAttributeKeys: { reqId: 'correlationId' },
      // Every line logged during a request carries { correlationId }; the request itself is logged once.
      quietReqLogger: true,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: {
        // The query string can carry secrets (hub.verify_token), so only the path is logged.
        req: (req: IncomingMessage) => ({
          method: req.method,
          path: originalUrl(req).split('?', 1)[0],
        }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => QUIET_PATHS.some((p) => originalUrl(req).startsWith(p)) },
      // 4xx are logged at warn by the problem filter, with their detail; one warn line per rejection.
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      customSuccessMessage: () => 'http.request',
      customErrorMessage: () => 'http.request',
    },
  };
}

/** Middleware may see a rewritten `url`; Fastify's middie keeps the original. */
function originalUrl(req: IncomingMessage): string {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
}

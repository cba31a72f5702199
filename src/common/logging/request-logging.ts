import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { storage } from 'nestjs-pino/storage';
import { SERVER_TO_SERVER } from '../http/security-headers';

/** Probes and scrapes are not request-logged: they would drown the log. */
const QUIET_PATHS = ['/health/', '/metrics'];

/**
 * The request's logging context for nestjs-pino's loggers. The child logger carrying the
 * correlation id is made on first use: most requests log nothing but their closing line.
 */
class RequestLogContext {
  private child?: Logger;

  constructor(
    private readonly root: Logger,
    private readonly correlationId: string,
  ) {}

  get logger(): Logger {
    return (this.child ??= this.root.child({ correlationId: this.correlationId }));
  }

  set logger(logger: Logger) {
    this.child = logger;
  }
}

/**
 * Every line logged while a request is handled carries its correlation id (the context entered when
 * the request arrives lasts through body parsing and the handler: test/e2e/logging checks it with
 * a body sent in pieces), and each request ends with one `http.request` line (method, path without
 * the query string, route, status, time): at error level for a 5xx, at info otherwise, except an
 * accepted webhook delivery or a rate-limited request (429), which are logged at debug: Meta and
 * Google send deliveries by the thousand, refusals come in floods, and the metrics count them all.
 */
export function installRequestLogging(fastify: FastifyInstance, root: Logger): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    // nestjs-pino's loggers only read `logger` from the store (and `assign` sets it).
    storage.run(new RequestLogContext(root, String(request.id)), done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const level = levelOf(request, reply.statusCode);
    // Asked first, so a line that would not be written costs nothing to build.
    if (root.isLevelEnabled(level)) logRequest(root, level, request, reply);
    done();
  });
}

function levelOf(request: FastifyRequest, status: number): 'error' | 'info' | 'debug' {
  if (status >= 500) return 'error';
  // Rate-limited requests come in floods: they are counted, and the limiter logs them throttled.
  if (status === 429) return 'debug';
  return status < 400 && isWebhookDelivery(request) ? 'debug' : 'info';
}

function isWebhookDelivery(request: FastifyRequest): boolean {
  return (request.routeOptions.config as { [SERVER_TO_SERVER]?: boolean })[SERVER_TO_SERVER] === true;
}

function logRequest(
  root: Logger,
  level: 'error' | 'info' | 'debug',
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const path = request.url.split('?', 1)[0];
  if (QUIET_PATHS.some((quiet) => path.startsWith(quiet))) return;
  root[level](
    {
      correlationId: request.id,
      req: { method: request.method, path, route: request.routeOptions.url },
      res: { statusCode: reply.statusCode },
      responseTime: Math.round(reply.elapsedTime),
    },
    'http.request',
  );
}

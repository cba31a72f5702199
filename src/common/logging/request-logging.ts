import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { storage } from 'nestjs-pino/storage';

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
 * the query string, route, status, time).
 */
export function installRequestLogging(fastify: FastifyInstance, root: Logger): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    // nestjs-pino's loggers only read `logger` from the store (and `assign` sets it).
    storage.run(new RequestLogContext(root, String(request.id)), done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const path = request.url.split('?', 1)[0];
    if (!QUIET_PATHS.some((quiet) => path.startsWith(quiet))) {
      const status = reply.statusCode;
      root[status >= 500 ? 'error' : 'info'](
        {
          correlationId: request.id,
          req: { method: request.method, path, route: request.routeOptions.url },
          res: { statusCode: status },
          responseTime: Math.round(reply.elapsedTime),
        },
        'http.request',
      );
    }
    done();
  });
}

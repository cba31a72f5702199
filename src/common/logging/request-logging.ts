import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { SERVER_TO_SERVER } from '../http/security-headers';

/** Probes and scrapes are not request-logged: they would drown the log. */
const QUIET_PATHS = ['/health/', '/metrics'];

/**
 * Each request ends with one `http.request` line (correlation id, method, path without the query
 * string, route, status, time): at error level for a 5xx, at info otherwise, except an
 * accepted webhook delivery or a rate-limited request (429), which are logged at debug: Meta and
 * Google send deliveries by the thousand, refusals come in floods, and the metrics count them all.
 */
export function installRequestLogging(fastify: FastifyInstance, root: Logger): void {
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

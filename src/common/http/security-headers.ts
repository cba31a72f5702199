import type { FastifyInstance } from 'fastify';

/**
 * Route config flag of the routes whose only callers are other services' servers: the webhook
 * deliveries Meta and Google POST. They answer with X-Content-Type-Options alone, and an accepted
 * one is request-logged at debug (request-logging.ts).
 */
export const SERVER_TO_SERVER = 'serverToServer';

/** What a server-to-server route keeps of the security headers: never let a browser sniff the body. */
const SERVER_TO_SERVER_HEADERS: Array<[string, string]> = [['X-Content-Type-Options', 'nosniff']];

/**
 * Sets the rendered @fastify/helmet headers (see renderHelmetHeaders) on every response, except on
 * the routes flagged SERVER_TO_SERVER. The rest of helmet's headers tell a browser how to treat a
 * document (CSP, framing, cross-origin isolation, HSTS, referrer, downloads); the answer to a signed
 * webhook delivery is a receipt read by Meta's or Google's servers, which ignore them, and a browser
 * cannot produce a valid signed delivery. Those ~620 bytes cost the hottest route about a tenth of
 * its CPU (bench:ingest). The GET verification handshake, which echoes a query value, keeps them all.
 */
export function installSecurityHeaders(fastify: FastifyInstance, headers: Array<[string, string]>): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const config = request.routeOptions.config as { [SERVER_TO_SERVER]?: boolean };
    // On the raw response, first thing, as the plugin does: they are there whatever answers.
    for (const [name, value] of config[SERVER_TO_SERVER] === true ? SERVER_TO_SERVER_HEADERS : headers)
      reply.raw.setHeader(name, value);
    done();
  });
}

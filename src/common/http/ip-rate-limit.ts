import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { LogThrottle } from '../logging/log-throttle';
import { RateLimitedError } from './rate-limited.error';

const WINDOW_MS = 60_000;
/** Client addresses remembered per replica (an LRU: past it the least recent address starts afresh). */
const ADDRESSES_KEPT = 10_000;
/** One `http.rate_limited` line per route per interval, however hard a flood hits. */
const LOG_INTERVAL_MS = 10_000;

export interface IpRateLimitSettings {
  /** Requests per minute per client address; 0 installs nothing. */
  perMinute: number;
  logger: Logger;
  /** Counts one refused request (hotel_agent_http_rate_limited_total{route}). */
  countLimited: (route: string) => void;
  /** The log throttle's clock (tests move it). */
  now?: () => number;
}

/** Probes and scrapes must answer whatever a client does: Kubernetes and Prometheus are never limited. */
export function isUnlimitedRoute(url: string): boolean {
  return url === '/metrics' || url.startsWith('/health/');
}

/**
 * Per-IP rate limit (design §8) with @fastify/rate-limit on every route registered after this call
 * except the probes and /metrics. The count is kept in process, per replica: N replicas let a client
 * through N times the limit, a price paid on purpose so the webhook's hot path makes no store round
 * trip. The client is the socket peer (`request.ip`: no proxy is trusted), so behind a load balancer
 * every client shares the balancer's budget. A refused request is a RateLimitedError, answered as
 * problem+json by the route's error handler; it is counted, and logged at most once per interval.
 */
export async function installIpRateLimit(
  fastify: FastifyInstance,
  settings: IpRateLimitSettings,
): Promise<void> {
  if (settings.perMinute === 0) return;
  // Runs before the plugin's own onRoute hook, which reads `config.rateLimit: false` as "not limited".
  fastify.addHook('onRoute', (route) => {
    if (isUnlimitedRoute(route.url)) route.config = { ...route.config, rateLimit: false };
  });
  const report = refusalReporter(settings);
  await fastify.register(rateLimit, {
    max: settings.perMinute,
    timeWindow: WINDOW_MS,
    hook: 'onRequest',
    cache: ADDRESSES_KEPT,
    onExceeded: report,
    errorResponseBuilder: (_request, context) => new RateLimitedError(Math.ceil(context.ttl / 1000)),
  });
}

function refusalReporter(settings: IpRateLimitSettings): (request: FastifyRequest) => void {
  const throttle = new LogThrottle(LOG_INTERVAL_MS, settings.now);
  return (request) => {
    const route = request.routeOptions.url ?? 'unmatched';
    settings.countLimited(route);
    const heldBack = throttle.admit(route);
    if (heldBack === undefined) return;
    settings.logger.warn(
      {
        correlationId: request.id,
        route,
        ip: request.ip,
        limitPerMin: settings.perMinute,
        // Refusals on this route not logged since the previous line (the metric counts them all).
        heldBack,
      },
      'http.rate_limited',
    );
  };
}

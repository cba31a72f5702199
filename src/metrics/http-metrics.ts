import { Injectable } from '@nestjs/common';
import { InjectMetric, makeCounterProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';
import type { FastifyInstance } from 'fastify';
import type { Counter, Histogram } from 'prom-client';

export const HTTP_REQUEST_DURATION = 'hotel_agent_http_request_duration_seconds';
export const HTTP_RATE_LIMITED_TOTAL = 'hotel_agent_http_rate_limited_total';

export const httpDurationProvider = makeHistogramProvider({
  name: HTTP_REQUEST_DURATION,
  help: 'HTTP request duration by method, route pattern and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

export const httpRateLimitedProvider = makeCounterProvider({
  name: HTTP_RATE_LIMITED_TOTAL,
  help: 'HTTP requests refused with 429 by the per-IP rate limit (RATE_LIMIT_IP_PER_MIN), by route pattern',
  labelNames: ['route'],
});

/**
 * Observes every response, including the ones Fastify answers itself (404, 413, 415), labelled with
 * the route pattern (`/admin/dead-letters/:id/retry`), never the raw URL, so cardinality stays bounded.
 */
@Injectable()
export class HttpMetricsRecorder {
  constructor(
    @InjectMetric(HTTP_REQUEST_DURATION) private readonly duration: Histogram<string>,
    @InjectMetric(HTTP_RATE_LIMITED_TOTAL) private readonly rateLimited: Counter<'route'>,
  ) {}

  /** One request refused by the per-IP rate limit; `route` is the route pattern, never the raw URL. */
  countRateLimited(route: string): void {
    this.rateLimited.inc({ route });
  }

  attach(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (request, reply, done) => {
      this.duration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
      done();
    });
  }
}

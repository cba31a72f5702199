import autocannon from 'autocannon';
import type { SignedDeliveries } from './signed-deliveries';

/** What autocannon saw during one run against one target. */
export interface Volley {
  ok: number;
  non2xx: number;
  /** Socket errors and timeouts. */
  errors: number;
  elapsedS: number;
}

/**
 * One autocannon run of POSTs, each carrying a fresh signed delivery (a message id never used
 * before). Latencies of 2xx answers are appended to `latenciesMs` when given, to the microsecond
 * (autocannon's own histogram keeps whole milliseconds, too coarse for sub-millisecond p50s).
 */
export function fireDeliveries(
  url: string,
  deliveries: SignedDeliveries,
  options: { durationS: number; connections: number; latenciesMs?: number[] },
): Promise<Volley> {
  let ok = 0;
  let non2xx = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections: options.connections,
        pipelining: 1,
        duration: options.durationS,
        requests: [{ method: 'POST', setupRequest: deliveries.setupRequest }],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
        else resolve({ ok, non2xx, errors: result.errors + result.timeouts, elapsedS: result.duration });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode < 200 || statusCode >= 300) {
        non2xx += 1;
        return;
      }
      ok += 1;
      options.latenciesMs?.push(responseTimeMs);
    });
  });
}

import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Counter, Histogram } from 'prom-client';
import { delay, linkSignals, untilAborted } from '../common/async';
import { correlationOf } from '../common/logging/correlation-context';
import { backoffDelayMs } from '../common/backoff';
import { Clock } from '../common/clock';
import { LogThrottle } from '../common/logging/log-throttle';
import { AppConfig } from '../config/app-config';
import { TenantRegistry } from '../tenants/tenant-registry';
import { AvailabilityCache } from './availability-cache';
import { CallerCancelledError, CIRCUIT_OPEN_CODE, PmsCircuitBreakers } from './circuit-breakers';
import { PmsAdapter } from './pms-adapter.port';
import { PmsDirectory } from './pms-directory';
import { PmsInvalidRequestError, PmsRejectedError, PmsUnavailableError } from './pms.errors';
import { PMS_CACHE_TOTAL, PMS_REQUEST_DURATION, PMS_REQUESTS_TOTAL } from './pms.metrics';
import type {
  Availability,
  AvailabilityQuery,
  PmsOperation,
  Reservation,
  ReservationRequest,
  RoomTypeInfo,
} from './pms.types';
import { validateStay } from './stay-validation';

const RETRY_BASE_MS = 100;
const RETRY_CAP_MS = 1000;
const STALE_LOG_INTERVAL_MS = 10_000;

type Call<T> = (adapter: PmsAdapter, signal: AbortSignal) => Promise<T>;
type Outcome = 'success' | 'rejected' | 'invalid' | 'unavailable' | 'timeout' | 'circuit_open' | 'cancelled';

/**
 * The one resilience layer every PMS adapter sits behind: stays validated before any call, a
 * timeout per call that aborts the request, retries with full-jitter backoff for reads only (a
 * create is never retried blindly), a circuit breaker per tenant, and an availability cache that
 * also answers, marked stale, while the PMS cannot.
 */
@Injectable()
export class ResilientPms extends PmsAdapter {
  private readonly staleLogs = new LogThrottle(STALE_LOG_INTERVAL_MS);

  constructor(
    private readonly directory: PmsDirectory,
    private readonly breakers: PmsCircuitBreakers,
    private readonly cache: AvailabilityCache,
    private readonly tenants: TenantRegistry,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectMetric(PMS_REQUESTS_TOTAL) private readonly requests: Counter<'adapter' | 'operation' | 'outcome'>,
    @InjectMetric(PMS_REQUEST_DURATION) private readonly duration: Histogram<'adapter' | 'operation'>,
    @InjectMetric(PMS_CACHE_TOTAL) private readonly cacheLookups: Counter<'result'>,
    @InjectPinoLogger('pms') private readonly logger: PinoLogger,
  ) {
    super();
  }

  async checkAvailability(query: AvailabilityQuery, signal?: AbortSignal): Promise<Availability> {
    const tenant = await this.tenants.require(query.tenantId);
    validateStay(query, tenant.timezone, this.clock.date());
    const cached = await this.cache.read(query, correlationOf(signal));
    if (cached?.fresh) {
      this.cacheLookups.inc({ result: 'hit' });
      return { ...cached.availability, stale: false };
    }
    try {
      const answer = await this.call(query.tenantId, 'checkAvailability', signal, (adapter, s) =>
        adapter.checkAvailability(query, s),
      );
      this.cacheLookups.inc({ result: 'miss' });
      await this.cache.write(query, answer, correlationOf(signal));
      return answer;
    } catch (error) {
      if (!(error instanceof PmsUnavailableError) || !cached) throw error;
      this.cacheLookups.inc({ result: 'stale' });
      // Counted every time; logged once per tenant per interval, or an outage floods the log.
      if (this.staleLogs.allow(query.tenantId))
        this.logger.warn(
          { ...correlationOf(signal), tenantId: query.tenantId, checkedAt: cached.availability.checkedAt },
          'pms.served_stale_availability',
        );
      return { ...cached.availability, stale: true };
    }
  }

  getRoomTypes(tenantId: string, signal?: AbortSignal): Promise<RoomTypeInfo[]> {
    return this.call(tenantId, 'getRoomTypes', signal, (adapter, s) => adapter.getRoomTypes(tenantId, s));
  }

  async createReservation(request: ReservationRequest, signal?: AbortSignal): Promise<Reservation> {
    const tenant = await this.tenants.require(request.tenantId);
    validateStay(request, tenant.timezone, this.clock.date());
    if (!request.idempotencyKey)
      throw new PmsInvalidRequestError('invalid_request', 'A booking needs an idempotency key.');
    try {
      return await this.call(request.tenantId, 'createReservation', signal, (adapter, s) =>
        adapter.createReservation(request, s),
      );
    } finally {
      // Booked, sold out under us, or unknown: either way the cached availability may be wrong now.
      await this.cache.inventoryChanged(request.tenantId, correlationOf(signal));
    }
  }

  getReservation(tenantId: string, reference: string, signal?: AbortSignal): Promise<Reservation> {
    return this.call(tenantId, 'getReservation', signal, (adapter, s) =>
      adapter.getReservation(tenantId, reference, s),
    );
  }

  async cancelReservation(tenantId: string, reference: string, signal?: AbortSignal): Promise<Reservation> {
    const cancelled = await this.call(tenantId, 'cancelReservation', signal, (adapter, s) =>
      adapter.cancelReservation(tenantId, reference, s),
    );
    await this.cache.inventoryChanged(tenantId, correlationOf(signal));
    return cancelled;
  }

  /** Reads are retried on PmsUnavailableError (not while the breaker is open); writes never are. */
  private async call<T>(
    tenantId: string,
    operation: PmsOperation,
    signal: AbortSignal | undefined,
    fn: Call<T>,
  ): Promise<T> {
    const { name, adapter } = await this.directory.resolve(tenantId);
    const attempts = isWrite(operation) ? 1 : 1 + this.config.pms.retries;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt({ tenantId, name, operation, adapter, signal }, fn);
      } catch (error) {
        const retryable = error instanceof PmsUnavailableError && !error.circuitOpen && !signal?.aborted;
        if (!retryable || attempt >= attempts) throw error;
        await delay(backoffDelayMs(attempt, RETRY_BASE_MS, { capMs: RETRY_CAP_MS, jitter: 1 }), signal);
      }
    }
  }

  /** One call through the tenant's breaker, aborted (the request with it) after PMS_TIMEOUT_MS. */
  private async attempt<T>(target: Target, fn: Call<T>): Promise<T> {
    const { tenantId, name, operation, adapter, signal } = target;
    // An open breaker answers before any timer, signal or opossum work: it must be cheap (< 5 ms
    // under load). Half-open is not "open", so the probe call still goes through opossum below.
    if (this.breakers.isOpen(tenantId)) {
      this.requests.inc({ adapter: name, operation, outcome: 'circuit_open' });
      throw circuitOpenError();
    }
    const timeoutMs = this.config.pms.timeoutMs;
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new PmsUnavailableError(`The PMS did not answer within ${timeoutMs} ms.`)),
      timeoutMs,
    );
    const linked = signal ? linkSignals([signal, deadline.signal]) : null;
    const combined = linked?.signal ?? deadline.signal;
    const started = performance.now();
    try {
      const result = await this.breakers.fire(tenantId, async () => {
        try {
          return await untilAborted(fn(adapter, combined), combined);
        } catch (error) {
          if (signal?.aborted) throw new CallerCancelledError(signal.reason);
          throw error;
        }
      });
      this.requests.inc({ adapter: name, operation, outcome: 'success' });
      return result;
    } catch (error) {
      const [outcome, mapped] = this.classify(error, deadline.signal);
      this.requests.inc({ adapter: name, operation, outcome });
      if (outcome === 'unavailable' || outcome === 'timeout') {
        this.logger.warn(
          { ...correlationOf(signal), tenantId, adapter: name, operation, outcome, err: error },
          'pms.call_failed',
        );
      }
      throw mapped;
    } finally {
      clearTimeout(timer);
      linked?.unlink();
      this.duration.observe({ adapter: name, operation }, (performance.now() - started) / 1000);
    }
  }

  private classify(error: unknown, deadline: AbortSignal): [Outcome, unknown] {
    if (error instanceof CallerCancelledError) return ['cancelled', error.reason];
    if ((error as { code?: unknown } | null)?.code === CIRCUIT_OPEN_CODE) {
      return ['circuit_open', circuitOpenError()];
    }
    if (deadline.aborted) return ['timeout', deadline.reason];
    if (error instanceof PmsRejectedError) return ['rejected', error];
    if (error instanceof PmsInvalidRequestError) return ['invalid', error];
    if (error instanceof PmsUnavailableError) return ['unavailable', error];
    // Anything else (the store under the local PMS, a parsing bug): the PMS cannot answer now.
    return ['unavailable', new PmsUnavailableError('The PMS call failed.', { cause: error })];
  }
}

interface Target {
  tenantId: string;
  name: string;
  operation: PmsOperation;
  adapter: PmsAdapter;
  signal?: AbortSignal;
}

function circuitOpenError(): PmsUnavailableError {
  return new PmsUnavailableError('The PMS is not answering; its circuit is open.', { circuitOpen: true });
}

function isWrite(operation: PmsOperation): boolean {
  return operation === 'createReservation' || operation === 'cancelReservation';
}

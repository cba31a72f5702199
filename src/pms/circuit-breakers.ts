import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import CircuitBreaker from 'opossum';
import type { Gauge } from 'prom-client';
import { AppConfig } from '../config/app-config';
import { PmsInvalidRequestError, PmsRejectedError } from './pms.errors';
import { PMS_CIRCUIT_STATE } from './pms.metrics';

/** The caller gave up (its own budget ran out): not the PMS's fault, so not a breaker failure. */
export class CallerCancelledError extends Error {
  constructor(readonly reason: unknown) {
    super('the caller cancelled the PMS call');
    this.name = 'CallerCancelledError';
  }
}

type Action = (run: () => Promise<unknown>) => Promise<unknown>;

export const CIRCUIT_OPEN_CODE = 'EOPENBREAKER';
const ROLLING_WINDOW_MS = 10_000;
const STATE = { closed: 0, halfOpen: 1, open: 2 } as const;

/**
 * One opossum breaker per tenant, so one hotel's sick PMS never slows another's guests. It opens
 * after PMS_BREAKER_VOLUME calls in the rolling window with at least PMS_BREAKER_ERROR_PCT % failures
 * and half-opens after PMS_BREAKER_RESET_MS; business rejections and invalid requests are answers,
 * not failures. State is exported as hotel_agent_pms_circuit_state{tenant} and transitions logged.
 */
@Injectable()
export class PmsCircuitBreakers implements OnModuleDestroy {
  private readonly breakers = new Map<string, CircuitBreaker<[() => Promise<unknown>], unknown>>();

  constructor(
    private readonly config: AppConfig,
    @InjectMetric(PMS_CIRCUIT_STATE) private readonly state: Gauge<'tenant'>,
    @InjectPinoLogger('pms') private readonly logger: PinoLogger,
  ) {}

  /** Runs `run` through the tenant's breaker; rejects at once (code EOPENBREAKER) while it is open. */
  fire<T>(tenantId: string, run: () => Promise<T>): Promise<T> {
    return this.breaker(tenantId).fire(run) as Promise<T>;
  }

  isOpen(tenantId: string): boolean {
    return this.breakers.get(tenantId)?.opened ?? false;
  }

  onModuleDestroy(): void {
    for (const breaker of this.breakers.values()) breaker.shutdown();
  }

  private breaker(tenantId: string): CircuitBreaker<[() => Promise<unknown>], unknown> {
    const existing = this.breakers.get(tenantId);
    if (existing) return existing;
    const { breakerVolume, breakerErrorPct, breakerResetMs } = this.config.pms;
    const action: Action = (run) => run();
    const breaker = new CircuitBreaker(action, {
      name: `pms:${tenantId}`,
      timeout: false, // the resilience layer's own timeout aborts the call itself
      volumeThreshold: breakerVolume,
      errorThresholdPercentage: breakerErrorPct,
      resetTimeout: breakerResetMs,
      rollingCountTimeout: ROLLING_WINDOW_MS,
      rollingCountBuckets: 10,
      errorFilter: (error: unknown) =>
        error instanceof PmsRejectedError ||
        error instanceof PmsInvalidRequestError ||
        error instanceof CallerCancelledError,
    });
    const report = (state: keyof typeof STATE, event: string, level: 'warn' | 'info'): void => {
      this.state.set({ tenant: tenantId }, STATE[state]);
      this.logger[level]({ tenantId, state }, event);
    };
    breaker.on('open', () => report('open', 'pms.circuit_opened', 'warn'));
    breaker.on('halfOpen', () => report('halfOpen', 'pms.circuit_half_open', 'info'));
    breaker.on('close', () => report('closed', 'pms.circuit_closed', 'info'));
    this.state.set({ tenant: tenantId }, STATE.closed);
    this.breakers.set(tenantId, breaker);
    return breaker;
  }
}

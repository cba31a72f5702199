import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { withTimeout } from '../common/async';
import { ShutdownState } from '../common/lifecycle/shutdown-state';
import { WorkQueue } from '../queue/work-queue.port';
import { Store } from '../storage/store.port';

/** A dependency that does not answer within this bound counts as down: probes must stay fast. */
export const CHECK_TIMEOUT_MS = 1000;

@Injectable()
export class ReadinessIndicators {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly store: Store,
    private readonly queue: WorkQueue,
    private readonly shutdown: ShutdownState,
  ) {}

  async checkStore(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('store');
    try {
      await withTimeout(this.store.ping(), CHECK_TIMEOUT_MS);
      return check.up();
    } catch (error) {
      return check.down({ message: error instanceof Error ? error.message : 'unreachable' });
    }
  }

  async checkQueue(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('queue');
    const usable = await withTimeout(this.queue.isUsable(), CHECK_TIMEOUT_MS).catch(() => false);
    return usable ? check.up() : check.down({ message: 'queue not usable' });
  }

  checkShutdown(): HealthIndicatorResult {
    const check = this.indicators.check('shutdown');
    return this.shutdown.isShuttingDown ? check.down({ message: 'shutting down' }) : check.up();
  }
}

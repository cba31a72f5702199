import { inheritCorrelation } from '../common/logging/correlation-context';
import type { Clock } from '../common/clock';
import type { Lock } from './lock';
import { LockLostError } from './lock.errors';

/** What the keeper needs from the lock service. */
export interface LockRenewal {
  extend(lock: Lock): Promise<boolean>;
  reportLost(lock: Lock): void;
}

/**
 * Keeps a lock alive while work runs under it (an extend every ttl/3), and aborts the work's signal
 * with LockLostError when the lock is lost.
 */
export class LockKeeper {
  private readonly controller = new AbortController();
  private readonly onOuterAbort = (): void => this.controller.abort(this.outer?.reason);
  private timer?: NodeJS.Timeout;
  private stopped = false;
  isLost = false;

  constructor(
    private readonly locks: LockRenewal,
    private readonly lock: Lock,
    private readonly clock: Clock,
    private readonly outer?: AbortSignal,
  ) {
    outer?.addEventListener('abort', this.onOuterAbort, { once: true });
    inheritCorrelation(this.controller.signal, [outer]);
    this.schedule();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this.onOuterAbort);
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.renew(), Math.max(1, Math.floor(this.lock.ttlMs / 3)));
  }

  private async renew(): Promise<void> {
    try {
      if (!(await this.locks.extend(this.lock))) return this.lose(false);
    } catch {
      // A store hiccup: try again at the next tick unless the lock has already run out.
      if (this.clock.now() >= this.lock.expiresAt) return this.lose(true);
    }
    if (!this.stopped) this.schedule();
  }

  private lose(report: boolean): void {
    if (this.stopped) return;
    this.isLost = true;
    if (report) this.locks.reportLost(this.lock);
    this.controller.abort(new LockLostError(this.lock.resources));
  }
}

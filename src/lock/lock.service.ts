import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';
import { delay } from '../common/async';
import { backoffDelayMs } from '../common/backoff';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { Store } from '../storage/store.port';
import { type LockAuditEvent, LockAuditLog } from './lock-audit';
import { LockLostError, LockTimeoutError } from './lock.errors';
import { LOCK_OPERATIONS_TOTAL, LOCK_WAIT_SECONDS } from './lock.metrics';
import { acquireScript, extendScript, releaseScript } from './lock.scripts';
import { decodeLockValue } from './lock-value';

/** The counter fencing numbers are drawn from; outside the `lock:` namespace so it is never a lock. */
const FENCING_KEY = 'lock-fencing';
const RETRY_BASE_MS = 5;
const RETRY_CAP_MS = 200;

export interface Lock {
  resources: string[];
  token: string;
  /** Strictly increases for each resource from one holder to the next: pass it to fenced writes. */
  fencing: number;
  owner: string;
  ttlMs: number;
  /** When the lock expires unless extended (epoch ms); extend() moves it. */
  expiresAt: number;
}

export interface LockHolderView {
  resource: string;
  owner: string;
  fencing: number;
  acquiredAt: string;
  expiresInMs: number;
}

export interface AcquireOptions {
  ttlMs?: number;
  waitMs?: number;
  owner?: string;
  signal?: AbortSignal;
}

/**
 * Distributed locks on the store: all resources or none, atomically (one script), with a random
 * token, a fencing number and a TTL so a crashed holder's lock frees itself. Release and extend act
 * only with the right token, so a lock that was lost is never released for its new holder.
 */
@Injectable()
export class LockService {
  private readonly defaultOwner = `${hostname()}:${process.pid}`;

  constructor(
    private readonly store: Store,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: LockAuditLog,
    @InjectMetric(LOCK_OPERATIONS_TOTAL) private readonly operations: Counter<'operation' | 'outcome'>,
    @InjectMetric(LOCK_WAIT_SECONDS) private readonly waitSeconds: Histogram<'outcome'>,
  ) {}

  /**
   * Takes every resource or none. While they are held, retries with jittered exponential backoff
   * until `waitMs` (LOCK_ACQUIRE_TIMEOUT_MS), then throws LockTimeoutError naming the holder.
   */
  async acquire(resources: string[], options: AcquireOptions = {}): Promise<Lock> {
    const keys = normalise(resources);
    const ttlMs = options.ttlMs ?? this.config.lock.ttlMs;
    const waitMs = options.waitMs ?? this.config.lock.acquireTimeoutMs;
    const owner = options.owner ?? this.defaultOwner;
    const token = randomUUID();
    const started = this.clock.now();
    let conflictRecorded = false;
    for (let attempt = 1; ; attempt++) {
      const now = this.clock.now();
      const reply = await this.store.run(acquireScript, [...keys, FENCING_KEY], [token, ttlMs, now, owner]);
      if (reply.acquired) {
        const lock = { resources: keys, token, fencing: reply.fencing, owner, ttlMs, expiresAt: now + ttlMs };
        this.record(
          { operation: 'acquire', outcome: 'acquired', owner, resources: keys, fencing: reply.fencing },
          now - started,
        );
        return lock;
      }
      const holder = decodeLockValue(reply.heldBy)?.owner ?? null;
      if (!conflictRecorded) {
        conflictRecorded = true;
        this.record({
          operation: 'acquire',
          outcome: 'conflict',
          owner,
          resources: keys,
          holder: holder ?? undefined,
        });
      }
      const remainingMs = started + waitMs - this.clock.now();
      if (remainingMs <= 0) {
        this.record(
          { operation: 'acquire', outcome: 'timeout', owner, resources: keys, holder: holder ?? undefined },
          waitMs,
        );
        throw new LockTimeoutError(keys, holder, waitMs);
      }
      const pauseMs = Math.min(remainingMs, backoffDelayMs(attempt, RETRY_BASE_MS, { capMs: RETRY_CAP_MS }));
      await delay(Math.max(1, pauseMs), options.signal);
    }
  }

  /** Releases what still holds this lock's token; true when every resource was still held by it. */
  async release(lock: Lock): Promise<boolean> {
    const released = await this.store.run(releaseScript, lock.resources, [lock.token]);
    const complete = released === lock.resources.length;
    this.record({
      operation: 'release',
      outcome: complete ? 'released' : 'not_owner',
      owner: lock.owner,
      resources: lock.resources,
      fencing: lock.fencing,
    });
    return complete;
  }

  /** Moves the expiry `ttlMs` ahead, only if every resource still holds the token; true when it did. */
  async extend(lock: Lock, ttlMs = lock.ttlMs): Promise<boolean> {
    const now = this.clock.now();
    const extended = await this.store.run(extendScript, lock.resources, [lock.token, ttlMs]);
    if (extended) lock.expiresAt = now + ttlMs;
    this.record({
      operation: 'extend',
      outcome: extended ? 'extended' : 'lost',
      owner: lock.owner,
      resources: lock.resources,
      fencing: lock.fencing,
    });
    return extended;
  }

  /**
   * Runs `fn` under the lock: extends it every ttl/3 while `fn` runs, aborts `fn`'s signal (with
   * LockLostError) if the lock is lost, and releases it in `finally`.
   */
  async withLock<T>(
    resources: string[],
    fn: (signal: AbortSignal, lock: Lock) => Promise<T>,
    options: AcquireOptions = {},
  ): Promise<T> {
    const lock = await this.acquire(resources, options);
    const keeper = new LockKeeper(this, lock, this.clock, options.signal);
    try {
      return await fn(keeper.signal, lock);
    } finally {
      keeper.stop();
      if (!keeper.isLost) await this.release(lock).catch(() => undefined);
    }
  }

  /** Current holders (at most `limit`), for operators. */
  async holders(limit: number): Promise<LockHolderView[]> {
    const keys = await this.store.scanKeys('lock:*', limit);
    const [values, ttls] = await Promise.all([
      this.store.getMany(keys),
      Promise.all(keys.map((key) => this.store.ttlMs(key))),
    ]);
    const views: LockHolderView[] = [];
    keys.forEach((resource, i) => {
      const holder = values[i] === null ? null : decodeLockValue(values[i]);
      if (!holder || ttls[i] < 0) return;
      views.push({
        resource,
        owner: holder.owner,
        fencing: holder.fencing,
        acquiredAt: new Date(holder.acquiredAt).toISOString(),
        expiresInMs: ttls[i],
      });
    });
    return views.sort((a, b) => a.resource.localeCompare(b.resource));
  }

  /** Counts and audits a lock found lost by its keeper (an extend that failed past the expiry). */
  reportLost(lock: Lock): void {
    this.record({
      operation: 'extend',
      outcome: 'lost',
      owner: lock.owner,
      resources: lock.resources,
      fencing: lock.fencing,
    });
  }

  private record(event: Omit<LockAuditEvent, 'at' | 'waitMs'>, waitMs?: number): void {
    this.operations.inc({ operation: event.operation, outcome: event.outcome });
    if (waitMs !== undefined) this.waitSeconds.observe({ outcome: event.outcome }, waitMs / 1000);
    this.audit.record({
      at: this.clock.date().toISOString(),
      ...event,
      ...(waitMs === undefined ? {} : { waitMs }),
    });
  }
}

function normalise(resources: string[]): string[] {
  if (resources.length === 0) throw new Error('a lock needs at least one resource');
  // Sorted and unique: the same set always maps to the same keys in the same order.
  return [...new Set(resources)].sort();
}

/** Keeps a lock alive while work runs under it, and raises the alarm when it is lost. */
class LockKeeper {
  private readonly controller = new AbortController();
  private readonly onOuterAbort = (): void => this.controller.abort(this.outer?.reason);
  private timer?: NodeJS.Timeout;
  private stopped = false;
  isLost = false;

  constructor(
    private readonly locks: LockService,
    private readonly lock: Lock,
    private readonly clock: Clock,
    private readonly outer?: AbortSignal,
  ) {
    outer?.addEventListener('abort', this.onOuterAbort, { once: true });
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
    let extended = false;
    try {
      extended = await this.locks.extend(this.lock);
      if (!extended) return this.lose(false);
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

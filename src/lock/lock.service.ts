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
import type { AcquireOptions, Lock, LockHolderView } from './lock';
import { type LockAuditEvent, LockAuditLog } from './lock-audit';
import { type BatcherOptions, MicroBatcher } from './lock-batcher';
import { correlationOf, type LogFields } from '../common/logging/correlation-context';
import { LockKeeper } from './lock-keeper';
import { LockTimeoutError } from './lock.errors';
import { LOCK_OPERATIONS_TOTAL, LOCK_WAIT_SECONDS } from './lock.metrics';
import {
  acquireBatchCall,
  type AcquireRequest,
  extendBatchCall,
  type ExtendRequest,
  releaseBatchCall,
  type ReleaseRequest,
} from './lock-requests';
import { acquireBatchScript, type AcquireReply, extendBatchScript, releaseBatchScript } from './lock.scripts';
import { decodeLockValue } from './lock-value';

/**
 * Concurrent operations of one kind share a script call (a call's per-call cost, in ioredis and in
 * Redis's EVALSHA dispatch, was most of a lock's cost under load). One call in flight per kind:
 * Redis runs one batch while Node gathers the next; measured against 2 and 3 in flight, no worse.
 * 64 requests bound how long one call holds Redis, which runs a script alone.
 */
const BATCHING: BatcherOptions = { maxBatch: 64, maxInFlight: 1 };
/** Waits between tries: short, because a conversation or booking holds its lock for milliseconds. */
const RETRY_BASE_MS = 2;
const RETRY_CAP_MS = 50;

type Event = Omit<LockAuditEvent, 'at'>;

/**
 * Distributed locks on the store: all resources or none, atomically (one script), with a random
 * token, a fencing number and a TTL so a crashed holder's lock frees itself. Release and extend act
 * only with the right token, so a lock that was lost is never released for its new holder.
 */
@Injectable()
export class LockService {
  private readonly defaultOwner = `${hostname()}:${process.pid}`;
  private readonly counters = new Map<string, Counter.Internal>();
  private readonly acquires = new MicroBatcher<AcquireRequest, AcquireReply>((requests) => {
    const { keys, args } = acquireBatchCall(requests);
    return this.store.run(acquireBatchScript, keys, args);
  }, BATCHING);
  private readonly releases = new MicroBatcher<ReleaseRequest, number>((requests) => {
    const { keys, args } = releaseBatchCall(requests);
    return this.store.run(releaseBatchScript, keys, args);
  }, BATCHING);
  private readonly extensions = new MicroBatcher<ExtendRequest, boolean>((requests) => {
    const { keys, args } = extendBatchCall(requests);
    return this.store.run(extendBatchScript, keys, args);
  }, BATCHING);

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
    const subject = `"owner":${JSON.stringify(owner)},"resources":${JSON.stringify(keys)}`;
    const log = correlationOf(options.signal);
    let conflictSeen = false;
    for (let attempt = 1; ; attempt++) {
      const now = this.clock.now();
      const auditHead = `{"at":"${new Date(now).toISOString()}","operation":"acquire","outcome":"acquired",${subject},"waitMs":${now - started},"fencing":`;
      // acquiredAt is taken before the call waits its turn, so expiresAt errs early, never late.
      const reply = await this.acquires.submit({
        resources: keys,
        token,
        ttlMs,
        acquiredAt: now,
        owner,
        auditHead,
      });
      if (reply.acquired) {
        this.count('acquire', 'acquired', now - started);
        this.audit.log(
          'acquired',
          () =>
            this.event({
              operation: 'acquire',
              outcome: 'acquired',
              owner,
              resources: keys,
              fencing: reply.fencing,
            }),
          log,
        );
        return {
          resources: keys,
          token,
          fencing: reply.fencing,
          owner,
          ttlMs,
          expiresAt: now + ttlMs,
          ...log,
        };
      }
      const holder = decodeLockValue(reply.heldBy)?.owner;
      if (!conflictSeen) {
        conflictSeen = true;
        this.record({ operation: 'acquire', outcome: 'conflict', owner, resources: keys, holder }, log);
      }
      const remainingMs = started + waitMs - this.clock.now();
      if (remainingMs <= 0) {
        this.record(
          { operation: 'acquire', outcome: 'timeout', owner, resources: keys, holder, waitMs },
          log,
          waitMs,
        );
        throw new LockTimeoutError(keys, holder ?? null, waitMs);
      }
      const pauseMs = Math.min(
        remainingMs,
        reply.heldForMs > 0 ? reply.heldForMs : remainingMs,
        backoffDelayMs(attempt, RETRY_BASE_MS, { capMs: RETRY_CAP_MS }),
      );
      await delay(Math.max(1, pauseMs), options.signal);
    }
  }

  /** Releases what still holds this lock's token; true when every resource was still held by it. */
  async release(lock: Lock): Promise<boolean> {
    const released = await this.releases.submit({
      resources: lock.resources,
      token: lock.token,
      auditHead: `{"at":"${this.clock.date().toISOString()}","operation":"release","outcome":"`,
      auditTail: `","owner":${JSON.stringify(lock.owner)},"resources":${JSON.stringify(lock.resources)},"fencing":${lock.fencing}}`,
    });
    const outcome = released === lock.resources.length ? 'released' : 'not_owner';
    this.count('release', outcome);
    this.audit.log(
      outcome,
      () =>
        this.event({
          operation: 'release',
          outcome,
          owner: lock.owner,
          resources: lock.resources,
          fencing: lock.fencing,
        }),
      logOf(lock),
    );
    return outcome === 'released';
  }

  /** Moves the expiry `ttlMs` ahead, only if every resource still holds the token; true when it did. */
  async extend(lock: Lock, ttlMs = lock.ttlMs): Promise<boolean> {
    const now = this.clock.now();
    const extended = await this.extensions.submit({ resources: lock.resources, token: lock.token, ttlMs });
    if (extended) lock.expiresAt = now + ttlMs;
    const outcome = extended ? 'extended' : 'lost';
    this.record(
      { operation: 'extend', outcome, owner: lock.owner, resources: lock.resources, fencing: lock.fencing },
      logOf(lock),
    );
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
    this.record(
      {
        operation: 'extend',
        outcome: 'lost',
        owner: lock.owner,
        resources: lock.resources,
        fencing: lock.fencing,
      },
      logOf(lock),
    );
  }

  /** An event the scripts did not write: counted, logged and stored by the audit log. */
  private record(event: Event, log: LogFields, waitMs?: number): void {
    this.count(event.operation, event.outcome, waitMs);
    this.audit.record(this.event(event), log);
  }

  private event(event: Event): LockAuditEvent {
    return { at: this.clock.date().toISOString(), ...event };
  }

  /** Metric children are cached per label pair: label hashing on every call was a measurable cost. */
  private count(operation: Event['operation'], outcome: Event['outcome'], waitMs?: number): void {
    const key = `${operation}:${outcome}`;
    let counter = this.counters.get(key);
    if (!counter) this.counters.set(key, (counter = this.operations.labels(operation, outcome)));
    counter.inc();
    if (waitMs !== undefined) this.waitSeconds.labels(outcome).observe(waitMs / 1000);
  }
}

function normalise(resources: string[]): string[] {
  if (resources.length === 0) throw new Error('a lock needs at least one resource');
  // Sorted and unique: the same set always maps to the same keys in the same order.
  return [...new Set(resources)].sort();
}

function logOf(lock: Lock): LogFields {
  return lock.correlationId ? { correlationId: lock.correlationId } : {};
}

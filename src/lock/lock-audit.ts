import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { LogFields } from '../common/logging/correlation-context';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { Store } from '../storage/store.port';
import { loggableResource } from './lock-keys';

export type LockAuditOperation = 'acquire' | 'release' | 'extend';
export type LockAuditOutcome =
  'acquired' | 'conflict' | 'timeout' | 'released' | 'not_owner' | 'extended' | 'lost' | 'error';

export interface LockAuditEvent {
  at: string;
  operation: LockAuditOperation;
  outcome: LockAuditOutcome;
  owner: string;
  resources: string[];
  fencing?: number;
  waitMs?: number;
  /** For a conflict or a timeout: who held the resource. */
  holder?: string;
}

/** The capped list of audit events, newest first; the lock scripts append to it too. */
export const AUDIT_KEY = 'lock-audit';
/** The stream keeps the newest 10 000 events. */
export const AUDIT_MAX_EVENTS = 10_000;
const FLUSH_DELAY_MS = 50;
const FLUSH_BATCH = 200;
/** Events waiting for a flush while the store is away; older ones are dropped (and counted in a log line). */
const MAX_PENDING = 5_000;

const QUIET: ReadonlySet<LockAuditOutcome> = new Set(['acquired', 'released', 'extended']);

/**
 * The audit trail of every lock operation: a capped list in the store (newest first) and the log.
 * The frequent events (acquired, released) are appended by the lock scripts themselves, in the same
 * round trip; the others are written here in batches, off the lock's critical path.
 */
@Injectable()
export class LockAuditLog implements OnModuleDestroy {
  private pending: string[] = [];
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;
  private dropped = 0;

  constructor(
    private readonly store: Store,
    @InjectPinoLogger('lock') private readonly logger: PinoLogger,
  ) {}

  /** Logs and stores an event the lock scripts did not store themselves; `log` goes to the log line only. */
  record(event: LockAuditEvent, log: LogFields = {}): void {
    this.log(event.outcome, () => event, log);
    this.pending.push(JSON.stringify(event));
    if (this.pending.length > MAX_PENDING) {
      this.dropped += this.pending.length - MAX_PENDING;
      this.pending.splice(0, this.pending.length - MAX_PENDING);
    }
    if (this.pending.length >= FLUSH_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS).unref();
  }

  /** Writes the event to the log only; `build` runs only when the event's level is enabled. */
  log(outcome: LockAuditOutcome, build: () => LockAuditEvent, log: LogFields = {}): void {
    const level =
      outcome === 'timeout' || outcome === 'lost' ? 'warn' : QUIET.has(outcome) ? 'debug' : 'info';
    if (!this.logger.logger.isLevelEnabled(level)) return;
    const event = build();
    this.logger[level](
      { ...log, ...event, resources: event.resources.map(loggableResource) },
      `lock.${outcome}`,
    );
  }

  /** Newest first. Events still waiting for their batch are included. */
  async recent(limit: number): Promise<LockAuditEvent[]> {
    await this.flush();
    const raw = await this.store.listRange(AUDIT_KEY, 0, limit - 1);
    // Scripted and batched events reach the list at slightly different moments: order by time.
    return raw.map((line) => JSON.parse(line) as LockAuditEvent).sort((a, b) => b.at.localeCompare(a.at));
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flushing;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.store.pushAllCapped(AUDIT_KEY, batch, AUDIT_MAX_EVENTS).then(
      () => this.reportDropped(),
      (error: unknown) => {
        this.pending = batch.concat(this.pending).slice(-MAX_PENDING);
        this.logger.warn({ err: error, pending: this.pending.length }, 'lock.audit_write_failed');
        this.timer ??= setTimeout(() => void this.flush(), 1000).unref();
      },
    );
    await this.flushing;
  }

  async onModuleDestroy(): Promise<void> {
    await this.flush().catch(() => undefined);
  }

  private reportDropped(): void {
    if (this.dropped === 0) return;
    this.logger.warn({ dropped: this.dropped }, 'lock.audit_events_dropped');
    this.dropped = 0;
  }
}

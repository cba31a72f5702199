import { Injectable, type OnModuleDestroy } from '@nestjs/common';
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

const AUDIT_KEY = 'lock-audit';
/** The stream keeps the newest 10 000 events. */
const AUDIT_MAX_EVENTS = 10_000;
const FLUSH_DELAY_MS = 50;
const FLUSH_BATCH = 200;
/** Events waiting for a flush while the store is away; older ones are dropped (and counted in a log line). */
const MAX_PENDING = 5_000;

const QUIET: ReadonlySet<LockAuditOutcome> = new Set(['acquired', 'released', 'extended']);

/**
 * The audit trail of every lock operation: a capped list in the store (newest first) and the log.
 * Events are written in batches off the lock's critical path, so auditing adds no round trip to an
 * acquire or a release.
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

  record(event: LockAuditEvent): void {
    const fields = { ...event, resources: event.resources.map(loggableResource) };
    if (event.outcome === 'timeout' || event.outcome === 'lost')
      this.logger.warn(fields, `lock.${event.outcome}`);
    else if (QUIET.has(event.outcome)) this.logger.debug(fields, `lock.${event.outcome}`);
    else this.logger.info(fields, `lock.${event.outcome}`);

    this.pending.push(JSON.stringify(event));
    if (this.pending.length > MAX_PENDING) {
      this.dropped += this.pending.length - MAX_PENDING;
      this.pending.splice(0, this.pending.length - MAX_PENDING);
    }
    if (this.pending.length >= FLUSH_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS).unref();
  }

  /** Newest first. Events still waiting for their batch are included. */
  async recent(limit: number): Promise<LockAuditEvent[]> {
    await this.flush();
    const raw = await this.store.listRange(AUDIT_KEY, 0, limit - 1);
    return raw.map((line) => JSON.parse(line) as LockAuditEvent);
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

import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { linkSignals, sharedAbortController } from '../common/async';
import { backoffDelayMs } from '../common/backoff';
import { JobRunner } from './job-runner';
import { QueueUnavailableError } from './queue.errors';
import {
  COMPLETED_JOB_RETENTION,
  DEDUPE_KEYS_IN_MEMORY,
  QUEUE_NAMES,
  type QueueName,
} from './queue.constants';
import { type JobContext, type JobHandler, type JobRequest, WorkQueue } from './work-queue.port';

interface PendingJob {
  request: JobRequest<unknown>;
  attempt: number;
}

interface Lane {
  handler?: JobHandler<unknown>;
  ready: PendingJob[];
  /** Ids queued, running or waiting for a retry. */
  known: Set<string>;
  retryTimers: Set<NodeJS.Timeout>;
  running: number;
}

/**
 * Embedded-mode queue: jobs live in this process (lost on exit, as the start-up log says). Same
 * semantics as the BullMQ driver: id de-duplication, exponential backoff, dead letters.
 */
@Injectable()
export class InProcessWorkQueue extends WorkQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly lanes = new Map<QueueName, Lane>();
  private readonly finished = new LRUCache<string, true>({
    max: COMPLETED_JOB_RETENTION.count,
    ttl: COMPLETED_JOB_RETENTION.ageS * 1000,
  });
  /** Dedupe keys of queued jobs, each kept for its job's ttlMs (bounded: this is embedded mode). */
  private readonly dedupeKeys = new LRUCache<string, true>({ max: DEDUPE_KEYS_IN_MEMORY });
  private consuming = false;
  private closed = false;
  private readonly shutdown = sharedAbortController();
  private idle?: () => void;

  constructor(
    private readonly config: AppConfig,
    private readonly runner: JobRunner,
    @InjectPinoLogger('queue') private readonly logger: PinoLogger,
  ) {
    super();
    for (const name of QUEUE_NAMES) {
      this.lanes.set(name, { ready: [], known: new Set(), retryTimers: new Set(), running: 0 });
    }
  }

  async add<T>(request: JobRequest<T>): Promise<boolean> {
    if (this.closed) throw new QueueUnavailableError('The queue is shutting down; the job was not queued.');
    const lane = this.lane(request.queue);
    const dedupeKey = request.dedupe && this.finishedKey(request.queue, request.dedupe.key);
    if (dedupeKey !== undefined) {
      if (this.dedupeKeys.has(dedupeKey)) return false;
      this.dedupeKeys.set(dedupeKey, true, { ttl: request.dedupe?.ttlMs });
    }
    if (lane.known.has(request.id) || this.finished.has(this.finishedKey(request.queue, request.id))) {
      this.logger.debug(
        { correlationId: request.correlationId, queue: request.queue, jobId: request.id },
        'queue.duplicate_ignored',
      );
      return true;
    }
    lane.known.add(request.id);
    lane.ready.push({ request, attempt: 1 });
    this.schedule(request.queue);
    return true;
  }

  async addAll(jobs: Array<JobRequest<unknown>>): Promise<boolean[]> {
    const outcomes: boolean[] = [];
    for (const job of jobs) outcomes.push(await this.add(job));
    return outcomes;
  }

  process<T>(queue: QueueName, handler: JobHandler<T>): void {
    const lane = this.lane(queue);
    if (lane.handler) throw new Error(`queue ${queue} already has a handler`);
    lane.handler = handler as JobHandler<unknown>;
    this.schedule(queue);
  }

  async depth(queue: QueueName): Promise<number> {
    const lane = this.lane(queue);
    return lane.ready.length + lane.retryTimers.size;
  }

  async isUsable(): Promise<boolean> {
    return !this.closed;
  }

  async forget(queue: QueueName, id: string): Promise<void> {
    this.finished.delete(this.finishedKey(queue, id));
  }

  onApplicationBootstrap(): void {
    if (!this.config.consumesQueues) return;
    this.consuming = true;
    for (const name of QUEUE_NAMES) this.schedule(name);
  }

  /** Stops taking jobs and waits (up to SHUTDOWN_TIMEOUT_MS) for the running ones. */
  async onModuleDestroy(): Promise<void> {
    this.consuming = false;
    this.closed = true;
    for (const lane of this.lanes.values()) {
      lane.retryTimers.forEach((timer) => clearTimeout(timer));
      lane.retryTimers.clear();
    }
    if (this.runningCount() === 0) return;
    const drained = new Promise<void>((resolve) => (this.idle = resolve));
    const timer = setTimeout(
      () => this.shutdown.abort(new Error('shutdown grace period over')),
      this.config.shutdownTimeoutMs,
    );
    await Promise.race([drained, new Promise((r) => this.shutdown.signal.addEventListener('abort', r))]);
    clearTimeout(timer);
    if (this.runningCount() > 0)
      this.logger.warn({ running: this.runningCount() }, 'queue.shutdown_abandoned_jobs');
  }

  private schedule(queue: QueueName): void {
    const lane = this.lane(queue);
    while (
      this.consuming &&
      lane.handler &&
      lane.running < this.config.queue.concurrency &&
      lane.ready.length
    ) {
      const next = lane.ready.shift() as PendingJob;
      lane.running += 1;
      void this.execute(queue, lane, lane.handler, next).finally(() => {
        lane.running -= 1;
        if (this.idle && this.runningCount() === 0) this.idle();
        this.schedule(queue);
      });
    }
  }

  private async execute(
    queue: QueueName,
    lane: Lane,
    handler: JobHandler<unknown>,
    job: PendingJob,
  ): Promise<void> {
    // Its own signal (as a BullMQ job has), which the runner tags with the job's correlation id.
    const own = linkSignals([this.shutdown.signal]);
    const context: JobContext<unknown> = {
      ...job.request,
      attempt: job.attempt,
      maxAttempts: this.config.queue.attempts,
      signal: own.signal,
    };
    try {
      await this.runner.run(context, handler);
      this.finish(queue, lane, job.request.id);
    } catch (error) {
      if (this.runner.isFinal(context, error)) return this.finish(queue, lane, job.request.id);
      if (this.closed) {
        lane.known.delete(job.request.id);
        this.logger.warn(
          { correlationId: job.request.correlationId, queue, jobId: job.request.id },
          'queue.retry_dropped_on_shutdown',
        );
        return;
      }
      const timer = setTimeout(
        () => {
          lane.retryTimers.delete(timer);
          lane.ready.push({ request: job.request, attempt: job.attempt + 1 });
          this.schedule(queue);
        },
        backoffDelayMs(job.attempt, this.config.queue.backoffMs),
      );
      lane.retryTimers.add(timer);
    } finally {
      own.unlink();
    }
  }

  private finish(queue: QueueName, lane: Lane, id: string): void {
    lane.known.delete(id);
    this.finished.set(this.finishedKey(queue, id), true);
  }

  private runningCount(): number {
    return [...this.lanes.values()].reduce((sum, lane) => sum + lane.running, 0);
  }

  private lane(queue: QueueName): Lane {
    const lane = this.lanes.get(queue);
    if (!lane) throw new Error(`unknown queue ${queue}`);
    return lane;
  }

  private finishedKey(queue: QueueName, id: string): string {
    return `${queue}\u0000${id}`;
  }
}

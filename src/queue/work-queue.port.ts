import type { QueueName } from './queue.constants';

export interface JobRequest<T> {
  queue: QueueName;
  /** What kind of work, e.g. `whatsapp-message`; shown in logs and dead letters. */
  name: string;
  /** Stable id: a second add with the same id while the job is known is ignored (de-duplication). */
  id: string;
  data: T;
  /** Carried with the job so the worker's logs join the request's. */
  correlationId: string;
  /**
   * De-duplication that outlives the job: a second add with the same key within ttlMs is dropped,
   * whatever happened to the first job since. The key is remembered in the same atomic step as the
   * enqueue, so a failed enqueue leaves no trace and concurrent adds queue one job.
   */
  dedupe?: { key: string; ttlMs: number };
}

export interface JobContext<T> {
  queue: QueueName;
  name: string;
  id: string;
  data: T;
  correlationId: string;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
  /** Aborts when the worker shuts down past its grace period. */
  signal: AbortSignal;
}

export type JobHandler<T> = (job: JobContext<T>) => Promise<void>;

/** A job the handler knows will never succeed: it goes to the dead letters without further retries. */
export class UnrecoverableJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnrecoverableJobError';
  }
}

/**
 * Durable work queue. Redis mode runs on BullMQ (any replica may consume); embedded mode runs in
 * process. Retries with exponential backoff; jobs that exhaust their attempts become dead letters.
 */
export abstract class WorkQueue {
  /**
   * Enqueues the job; resolves once it is durably queued. Resolves false when the job was dropped
   * for its dedupe key; a job without one resolves true, also when its known id made it a no-op.
   */
  abstract add<T>(job: JobRequest<T>): Promise<boolean>;
  /** Enqueues several jobs in one round trip where the driver can; one outcome per job, as in add. */
  abstract addAll(jobs: Array<JobRequest<unknown>>): Promise<boolean[]>;
  /** Registers the one handler of a queue; it consumes only where APP_ROLE is worker or all. */
  abstract process<T>(queue: QueueName, handler: JobHandler<T>): void;
  /** Jobs waiting or scheduled for a retry. */
  abstract depth(queue: QueueName): Promise<number>;
  /** Whether jobs can be enqueued (and, where this process consumes, taken). */
  abstract isUsable(): Promise<boolean>;
  /** Forgets a finished or failed job so the same id can be queued again (dead-letter replay). */
  abstract forget(queue: QueueName, id: string): Promise<void>;
}

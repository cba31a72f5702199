import { randomBytes } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type Job, type JobsOptions, type Queue, UnrecoverableError, Worker } from 'bullmq';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { linkSignals, sharedAbortController, withTimeout } from '../common/async';
import { BACKOFF_JITTER } from '../common/backoff';
import { LogThrottle } from '../common/logging/log-throttle';
import { AppConfig } from '../config/app-config';
import { RedisConnections } from '../storage/redis-connections';
import { fromBullMqJobId, toBullMqJobId } from './bullmq-job-id';
import { JobRunner } from './job-runner';
import { COMPLETED_JOB_RETENTION, FAILED_JOB_RETENTION_S, type QueueName } from './queue.constants';
import { QueueUnavailableError } from './queue.errors';
import {
  type JobContext,
  type JobHandler,
  type JobRequest,
  UnrecoverableJobError,
  WorkQueue,
} from './work-queue.port';

const ADD_TIMEOUT_MS = 3000;
const STALLED_FAILURE = 'stalled more than allowable limit';
/** BullMQ repeats connection errors every second or so during an outage: one line per 30 s will do. */
const WARNING_INTERVAL_MS = 30_000;

interface Envelope {
  data: unknown;
  correlationId: string;
}

/** Redis-mode queue on BullMQ: durable, shared by replicas; any worker replica may take a job. */
@Injectable()
export class BullMqWorkQueue extends WorkQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly queues: Record<QueueName, Queue>;
  private readonly handlers = new Map<QueueName, JobHandler<unknown>>();
  private readonly workers: Worker[] = [];
  private readonly shutdown = sharedAbortController();
  private readonly warnings = new LogThrottle(WARNING_INTERVAL_MS);
  private started = false;
  /** The options every job gets (attempts, backoff, retention), built once; each job adds its id. */
  private readonly retention: JobsOptions;
  /** Makes this process's job ids for de-duplicated adds unique across replicas and restarts. */
  private readonly addNonce = randomBytes(8).toString('hex');
  private adds = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly runner: JobRunner,
    private readonly connections: RedisConnections,
    @InjectQueue('inbound') inbound: Queue,
    @InjectQueue('outbound') outbound: Queue,
    @InjectQueue('mailbox') mailbox: Queue,
    @InjectPinoLogger('queue') private readonly logger: PinoLogger,
  ) {
    super();
    this.queues = { inbound, outbound, mailbox };
    this.retention = {
      attempts: config.queue.attempts,
      backoff: { type: 'exponential', delay: config.queue.backoffMs, jitter: BACKOFF_JITTER },
      removeOnComplete: { age: COMPLETED_JOB_RETENTION.ageS, count: COMPLETED_JOB_RETENTION.count },
      removeOnFail: { age: FAILED_JOB_RETENTION_S },
    };
    for (const queue of Object.values(this.queues)) {
      queue.on('error', (err: Error) =>
        this.warn(`queue:${queue.name}`, { queue: queue.name, err: err.message }, 'queue.connection_error'),
      );
    }
  }

  async add<T>(request: JobRequest<T>): Promise<boolean> {
    const [queued] = await this.addAll([request]);
    return queued;
  }

  async addAll(requests: Array<JobRequest<unknown>>): Promise<boolean[]> {
    if (requests.length === 0) return [];
    // BullMQ waits for a lost connection to come back; a caller (a webhook) must not wait that long.
    if (this.connections.anyLost)
      throw new QueueUnavailableError('Redis is not reachable; the job was not queued.');
    try {
      return await withTimeout(this.enqueue(requests), ADD_TIMEOUT_MS);
    } catch (error) {
      // A late success is harmless: the same job ids (or dedupe keys) drop a second try.
      throw new QueueUnavailableError('The job could not be queued in time.', { cause: error });
    }
  }

  /**
   * One job (a webhook delivery usually carries one message) goes through Queue.add: its one script
   * call is written straight to the connection. addBulk builds an ioredis pipeline, and every new
   * pipeline copies all of BullMQ's scripts onto itself, which cost more than the job itself.
   * BullMQ answers an add with the id of the job that holds the place: the one asked for when it was
   * queued, an earlier one when it was a duplicate.
   */
  private async enqueue(requests: Array<JobRequest<unknown>>): Promise<boolean[]> {
    const options = requests.map((request) => this.jobOptions(request));
    if (requests.length === 1) {
      const [request] = requests;
      const job = await this.queues[request.queue].add(request.name, envelopeOf(request), options[0]);
      return [job.id === options[0].jobId];
    }
    const outcomes: boolean[] = new Array<boolean>(requests.length);
    const byQueue = new Map<QueueName, number[]>();
    requests.forEach((request, i) => byQueue.set(request.queue, [...(byQueue.get(request.queue) ?? []), i]));
    await Promise.all(
      [...byQueue].map(async ([queue, indexes]) => {
        const jobs = await this.queues[queue].addBulk(
          indexes.map((i) => ({ name: requests[i].name, data: envelopeOf(requests[i]), opts: options[i] })),
        );
        jobs.forEach((job, j) => (outcomes[indexes[j]] = job.id === options[indexes[j]].jobId));
      }),
    );
    return outcomes;
  }

  /**
   * A job with a dedupe key uses BullMQ's de-duplication (the key set with its TTL inside the add
   * script) and a job id of its own for this add, so that the id BullMQ answers tells a duplicate.
   */
  private jobOptions(request: JobRequest<unknown>): JobsOptions & { jobId: string } {
    const jobId = toBullMqJobId(request.id);
    if (!request.dedupe) return { ...this.retention, jobId };
    return {
      ...this.retention,
      jobId: `${jobId}~${this.addNonce}${(this.adds += 1).toString(36)}`,
      deduplication: { id: request.dedupe.key, ttl: request.dedupe.ttlMs },
    };
  }

  process<T>(queue: QueueName, handler: JobHandler<T>): void {
    if (this.handlers.has(queue)) throw new Error(`queue ${queue} already has a handler`);
    this.handlers.set(queue, handler as JobHandler<unknown>);
    if (this.started) this.startWorker(queue, handler as JobHandler<unknown>);
  }

  async depth(queue: QueueName): Promise<number> {
    const counts = await this.queues[queue].getJobCounts('wait', 'delayed', 'prioritized');
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  }

  async isUsable(): Promise<boolean> {
    return this.connections.allReady && this.workers.every((worker) => worker.isRunning());
  }

  /**
   * BullMQ's job.remove() also deletes the job's de-duplication key: it is put back with what was
   * left of its TTL, so a replayed message stays de-duplicated (Meta's redeliveries of it dropped)
   * for the rest of its DEDUP_TTL_S, as in embedded mode.
   */
  async forget(queue: QueueName, id: string): Promise<void> {
    try {
      const bull = this.queues[queue];
      const job = await bull.getJob(toBullMqJobId(id));
      if (!job) return;
      const dedupeKey = job.deduplicationId ? `${bull.keys.de}:${job.deduplicationId}` : undefined;
      const client = this.connections.client;
      const [holder, ttlMs] = dedupeKey
        ? await Promise.all([client.get(dedupeKey), client.pttl(dedupeKey)])
        : [null, 0];
      await job.remove();
      if (dedupeKey && holder !== null && ttlMs > 0) await client.set(dedupeKey, holder, 'PX', ttlMs, 'NX');
    } catch (error) {
      // A job BullMQ still holds (running, or in the middle of failing) cannot be removed yet.
      throw new QueueUnavailableError('The job is still held by the queue; try again shortly.', {
        cause: error,
      });
    }
  }

  onApplicationBootstrap(): void {
    if (!this.config.consumesQueues) return;
    this.started = true;
    for (const [queue, handler] of this.handlers) this.startWorker(queue, handler);
  }

  /** Stops taking jobs; waits up to SHUTDOWN_TIMEOUT_MS for running ones, then aborts their signal. */
  async onModuleDestroy(): Promise<void> {
    this.started = false;
    if (this.workers.length === 0) return;
    const closing = Promise.all(this.workers.map((worker) => worker.close()));
    try {
      await withTimeout(closing, this.config.shutdownTimeoutMs);
    } catch {
      this.shutdown.abort(new Error('shutdown grace period over'));
      this.logger.warn({}, 'queue.shutdown_abandoned_jobs');
    }
  }

  private startWorker(queue: QueueName, handler: JobHandler<unknown>): void {
    const worker = new Worker<Envelope>(
      queue,
      (job, _token, signal) => this.runJob(queue, job, handler, signal),
      {
        connection: this.connections.createConnection(`worker:${queue}`, 'blocking'),
        prefix: bullPrefix(this.config),
        concurrency: this.config.queue.concurrency,
        autorun: false,
      },
    );
    worker.on('error', (err) =>
      this.warn(`worker:${queue}`, { queue, err: err.message }, 'queue.worker_error'),
    );
    // BullMQ fails a job by itself when it stalled too often (its worker died under it, twice): the
    // job never reached a last attempt in our runner, so its dead letter is recorded here.
    worker.on('failed', (job, err) => {
      if (job && err.message.includes(STALLED_FAILURE))
        void this.runner.recordAbandoned(this.toContext(queue, job), err);
    });
    this.workers.push(worker);
    void worker.run().catch((err: unknown) => this.logger.error({ queue, err }, 'queue.worker_stopped'));
  }

  private async runJob(
    queue: QueueName,
    job: Job<Envelope>,
    handler: JobHandler<unknown>,
    signal?: AbortSignal,
  ): Promise<void> {
    const linked = linkSignals(signal ? [signal, this.shutdown.signal] : [this.shutdown.signal]);
    try {
      await this.runner.run(this.toContext(queue, job, linked.signal), handler);
    } catch (error) {
      if (error instanceof UnrecoverableJobError) throw new UnrecoverableError(error.message);
      throw error;
    } finally {
      linked.unlink();
    }
  }

  private toContext(queue: QueueName, job: Job<Envelope>, signal?: AbortSignal): JobContext<unknown> {
    return {
      queue,
      name: job.name,
      id: fromBullMqJobId(job.id ?? ''),
      data: job.data.data,
      correlationId: job.data.correlationId,
      attempt: job.attemptsMade + 1,
      maxAttempts: job.opts.attempts ?? 1,
      signal: signal ?? this.shutdown.signal,
    };
  }

  private warn(key: string, fields: object, event: string): void {
    if (this.warnings.allow(key)) this.logger.warn(fields, event);
  }
}

function envelopeOf(request: JobRequest<unknown>): Envelope {
  return { data: request.data, correlationId: request.correlationId };
}

export function bullPrefix(config: AppConfig): string {
  return `${config.keyPrefix}bull`;
}

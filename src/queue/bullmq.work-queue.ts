import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type Job, type Queue, UnrecoverableError, Worker } from 'bullmq';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { delay } from '../common/async';
import { AppConfig } from '../config/app-config';
import { RedisConnections } from '../storage/redis-connections';
import { BACKOFF_JITTER } from './backoff';
import { fromBullMqJobId, toBullMqJobId } from './bullmq-job-id';
import { JobRunner } from './job-runner';
import { COMPLETED_JOB_RETENTION, FAILED_JOB_RETENTION_S, type QueueName } from './queue.constants';
import { type JobHandler, type JobRequest, UnrecoverableJobError, WorkQueue } from './work-queue.port';

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
  private readonly shutdown = new AbortController();

  constructor(
    private readonly config: AppConfig,
    private readonly runner: JobRunner,
    private readonly connections: RedisConnections,
    @InjectQueue('inbound') inbound: Queue,
    @InjectQueue('outbound') outbound: Queue,
    @InjectPinoLogger('queue') private readonly logger: PinoLogger,
  ) {
    super();
    this.queues = { inbound, outbound };
  }

  async add<T>(request: JobRequest<T>): Promise<void> {
    const envelope: Envelope = { data: request.data, correlationId: request.correlationId };
    await this.queues[request.queue].add(request.name, envelope, {
      jobId: toBullMqJobId(request.id),
      attempts: this.config.queue.attempts,
      backoff: { type: 'exponential', delay: this.config.queue.backoffMs, jitter: BACKOFF_JITTER },
      removeOnComplete: { age: COMPLETED_JOB_RETENTION.ageS, count: COMPLETED_JOB_RETENTION.count },
      removeOnFail: { age: FAILED_JOB_RETENTION_S },
    });
  }

  process<T>(queue: QueueName, handler: JobHandler<T>): void {
    if (this.handlers.has(queue)) throw new Error(`queue ${queue} already has a handler`);
    this.handlers.set(queue, handler as JobHandler<unknown>);
  }

  async depth(queue: QueueName): Promise<number> {
    const counts = await this.queues[queue].getJobCounts('wait', 'delayed', 'prioritized');
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  }

  async isUsable(): Promise<boolean> {
    return this.connections.allReady && this.workers.every((worker) => worker.isRunning());
  }

  async forget(queue: QueueName, id: string): Promise<void> {
    const job = await this.queues[queue].getJob(toBullMqJobId(id));
    if (job) await job.remove();
  }

  onApplicationBootstrap(): void {
    if (!this.config.consumesQueues) return;
    for (const [queue, handler] of this.handlers) this.startWorker(queue, handler);
  }

  /** Stops taking jobs; waits up to SHUTDOWN_TIMEOUT_MS for running ones, then aborts their signal. */
  async onModuleDestroy(): Promise<void> {
    if (this.workers.length === 0) return;
    const closing = Promise.all(this.workers.map((worker) => worker.close())).then(() => 'closed' as const);
    const outcome = await Promise.race([
      closing,
      delay(this.config.shutdownTimeoutMs).then(() => 'late' as const),
    ]);
    if (outcome === 'late') {
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
    worker.on('error', (err) => this.logger.warn({ queue, err: err.message }, 'queue.worker_error'));
    this.workers.push(worker);
    void worker.run().catch((err: unknown) => this.logger.error({ queue, err }, 'queue.worker_stopped'));
  }

  private async runJob(
    queue: QueueName,
    job: Job<Envelope>,
    handler: JobHandler<unknown>,
    signal?: AbortSignal,
  ): Promise<void> {
    try {
      await this.runner.run(
        {
          queue,
          name: job.name,
          id: fromBullMqJobId(job.id ?? ''),
          data: job.data.data,
          correlationId: job.data.correlationId,
          attempt: job.attemptsMade + 1,
          maxAttempts: job.opts.attempts ?? 1,
          signal: signal ? AbortSignal.any([signal, this.shutdown.signal]) : this.shutdown.signal,
        },
        handler,
      );
    } catch (error) {
      if (error instanceof UnrecoverableJobError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}

export function bullPrefix(config: AppConfig): string {
  return `${config.keyPrefix}bull`;
}

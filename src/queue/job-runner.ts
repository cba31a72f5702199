import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Counter } from 'prom-client';
import { tagCorrelation } from '../common/logging/correlation-context';
import { DeadLetterStore } from './dead-letter.store';
import { QUEUE_NAMES } from './queue.constants';
import { DEAD_LETTERS_TOTAL, QUEUE_JOBS_TOTAL } from './queue.metrics';
import { type JobContext, type JobHandler, UnrecoverableJobError } from './work-queue.port';

/**
 * Runs one attempt of a job for either queue driver: logged with the job's correlation id, counted, and on the last attempt (or an unrecoverable error) recorded as a dead letter before the
 * driver marks it failed, so a job is never dropped without a trace.
 */
@Injectable()
export class JobRunner {
  constructor(
    private readonly deadLetters: DeadLetterStore,
    @InjectMetric(DEAD_LETTERS_TOTAL) private readonly deadLettersTotal: Counter<'queue'>,
    @InjectMetric(QUEUE_JOBS_TOTAL) private readonly jobsTotal: Counter<'queue' | 'outcome'>,
    @InjectPinoLogger('queue') private readonly logger: PinoLogger,
  ) {
    // Zero series from the start, so dashboards and alerts see the metric before the first dead letter.
    for (const queue of QUEUE_NAMES) this.deadLettersTotal.inc({ queue }, 0);
  }

  /**
   * Resolves when the job succeeded; rejects with the handler's error otherwise. The job's signal
   * (its own, made by the driver) is tagged with its correlation id for the code it reaches.
   */
  async run<T>(job: JobContext<T>, handler: JobHandler<T>): Promise<void> {
    tagCorrelation(job.signal, job.correlationId);
    try {
      await handler(job);
      this.jobsTotal.inc({ queue: job.queue, outcome: 'completed' });
    } catch (error) {
      const fields = jobFields(job);
      if (!this.isFinal(job, error)) {
        this.jobsTotal.inc({ queue: job.queue, outcome: 'retried' });
        this.logger.warn({ ...fields, maxAttempts: job.maxAttempts, err: error }, 'queue.job_failed');
        throw error;
      }
      await this.deadLetter(job, error, fields);
      throw error;
    }
  }

  isFinal(job: JobContext<unknown>, error: unknown): boolean {
    return job.attempt >= job.maxAttempts || error instanceof UnrecoverableJobError;
  }

  /** A job the queue gave up on without a last run here (a worker died under it repeatedly). */
  recordAbandoned(job: JobContext<unknown>, error: unknown): Promise<void> {
    return this.deadLetter(job, error, jobFields(job));
  }

  private async deadLetter<T>(job: JobContext<T>, error: unknown, fields: object): Promise<void> {
    this.jobsTotal.inc({ queue: job.queue, outcome: 'dead_lettered' });
    this.deadLettersTotal.inc({ queue: job.queue });
    try {
      const letter = await this.deadLetters.record(job, error);
      this.logger.error({ ...fields, deadLetterId: letter.id, err: error }, 'queue.dead_lettered');
    } catch (storeError) {
      // The BullMQ failed set still holds the job (FAILED_JOB_RETENTION_S); say so loudly.
      this.logger.error({ ...fields, err: error, storeError }, 'queue.dead_letter_not_recorded');
    }
  }
}

function jobFields(job: JobContext<unknown>): object {
  return {
    correlationId: job.correlationId,
    queue: job.queue,
    job: job.name,
    jobId: job.id,
    attempt: job.attempt,
  };
}

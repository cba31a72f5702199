import type { QueueName } from './queue.constants';

/** A job that exhausted its attempts, kept for operators to inspect and replay. */
export interface DeadLetter {
  id: string;
  queue: QueueName;
  name: string;
  jobId: string;
  correlationId: string;
  attempts: number;
  error: string;
  failedAt: string;
  data: unknown;
}

export type DeadLetterSummary = Omit<DeadLetter, 'data'>;

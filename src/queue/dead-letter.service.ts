import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { AppError } from '../common/errors/app-error';
import type { DeadLetter, DeadLetterSummary } from './dead-letter';
import { DeadLetterStore } from './dead-letter.store';
import { WorkQueue } from './work-queue.port';

export class DeadLetterNotFoundError extends AppError {
  readonly code = 'dead-letter-not-found';
  readonly httpStatus = 404;

  constructor(id: string) {
    super(`No dead letter with id ${id} (it may have been replayed already).`);
  }
}

/** What operators do with dead letters: look at them and put them back on their queue. */
@Injectable()
export class DeadLetterService {
  constructor(
    private readonly letters: DeadLetterStore,
    private readonly queue: WorkQueue,
    @InjectPinoLogger('queue') private readonly logger: PinoLogger,
  ) {}

  async list(offset: number, limit: number): Promise<{ total: number; items: DeadLetterSummary[] }> {
    const [total, letters] = await Promise.all([this.letters.count(), this.letters.list(offset, limit)]);
    return { total, items: letters.map(({ data: _data, ...summary }) => summary) };
  }

  async get(id: string): Promise<DeadLetter> {
    const letter = await this.letters.get(id);
    if (!letter) throw new DeadLetterNotFoundError(id);
    return letter;
  }

  /** Replays the job under its original id; the record goes back if the queue refuses it. */
  async retry(id: string, correlationId?: string): Promise<DeadLetterSummary> {
    const letter = await this.letters.claim(id);
    if (!letter) throw new DeadLetterNotFoundError(id);
    try {
      await this.queue.forget(letter.queue, letter.jobId);
      await this.queue.add({
        queue: letter.queue,
        name: letter.name,
        id: letter.jobId,
        data: letter.data,
        correlationId: letter.correlationId,
      });
    } catch (error) {
      await this.letters.save(letter);
      throw error;
    }
    this.logger.info(
      {
        correlationId,
        deadLetterId: id,
        queue: letter.queue,
        jobId: letter.jobId,
        jobCorrelationId: letter.correlationId,
      },
      'queue.dead_letter_replayed',
    );
    const { data: _data, ...summary } = letter;
    return summary;
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { Store } from '../storage/store.port';
import type { DeadLetter } from './dead-letter';
import { saveDeadLetterScript } from './dead-letter.scripts';
import type { JobContext } from './work-queue.port';

const INDEX_KEY = 'dead-letters';
const RECORD_PREFIX = 'dead-letter:';
/** Kept for a month; the index keeps the newest 10 000. */
const RECORD_TTL_MS = 30 * 24 * 3600 * 1000;
const MAX_INDEXED = 10_000;
const MAX_ERROR_CHARS = 1000;

/** Dead letters in the store: a record per job and a capped index, newest first. */
@Injectable()
export class DeadLetterStore {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async record(job: JobContext<unknown>, error: unknown): Promise<DeadLetter> {
    const letter: DeadLetter = {
      id: randomUUID(),
      queue: job.queue,
      name: job.name,
      jobId: job.id,
      correlationId: job.correlationId,
      attempts: job.attempt,
      error: describeError(error),
      failedAt: this.clock.date().toISOString(),
      data: job.data,
    };
    await this.save(letter);
    return letter;
  }

  async save(letter: DeadLetter): Promise<void> {
    await this.store.run(
      saveDeadLetterScript,
      [RECORD_PREFIX + letter.id, INDEX_KEY],
      [JSON.stringify(letter), RECORD_TTL_MS, letter.id, MAX_INDEXED],
    );
  }

  async count(): Promise<number> {
    return this.store.listLength(INDEX_KEY);
  }

  /** Newest first; ids whose record expired are dropped from the index on the way. */
  async list(offset: number, limit: number): Promise<DeadLetter[]> {
    const ids = await this.store.listRange(INDEX_KEY, offset, offset + limit - 1);
    const records = await this.store.getMany(ids.map((id) => RECORD_PREFIX + id));
    const letters: DeadLetter[] = [];
    for (const [i, raw] of records.entries()) {
      if (raw) letters.push(JSON.parse(raw) as DeadLetter);
      else await this.store.listRemove(INDEX_KEY, ids[i]);
    }
    return letters;
  }

  async get(id: string): Promise<DeadLetter | null> {
    const raw = await this.store.get(RECORD_PREFIX + id);
    return raw ? (JSON.parse(raw) as DeadLetter) : null;
  }

  /** Takes the record out atomically: of two concurrent claims only one gets it. */
  async claim(id: string): Promise<DeadLetter | null> {
    const raw = await this.store.get(RECORD_PREFIX + id);
    if (!raw || !(await this.store.compareAndDelete(RECORD_PREFIX + id, raw))) return null;
    await this.store.listRemove(INDEX_KEY, id);
    return JSON.parse(raw) as DeadLetter;
  }
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS)}…` : text;
}

import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { LoggerModule } from 'nestjs-pino';
import { register } from 'prom-client';
import { LogCapture } from '../../test/support/log-capture';
import {
  describeWithRedis,
  itStoppingRedis,
  type RedisHandle,
  startRedis,
} from '../../test/support/redis-server';
import { QueueUnavailableError } from './queue.errors';
import { uniquePrefix } from '../../test/support/app-harness';
import { sleep, waitFor } from '../../test/support/wait';
import { CommonModule } from '../common/common.module';
import { ConfigModule } from '../config/config.module';
import { loadConfig, type RawEnvironment } from '../config/load-config';
import { MetricsModule } from '../metrics/metrics.module';
import { StorageModule } from '../storage/storage.module';
import { DeadLetterNotFoundError, DeadLetterService } from './dead-letter.service';
import { JobRunner } from './job-runner';
import { toBullMqJobId } from './bullmq-job-id';
import { QueueModule } from './queue.module';
import { type JobContext, type JobHandler, UnrecoverableJobError, WorkQueue } from './work-queue.port';

const logs = new LogCapture();

interface Harness {
  module: TestingModule;
  queue: WorkQueue;
  deadLetters: DeadLetterService;
}

async function buildQueue(env: RawEnvironment, handler?: JobHandler<unknown>): Promise<Harness> {
  const config = loadConfig({
    QUEUE_BACKOFF_MS: '10',
    QUEUE_ATTEMPTS: '3',
    SHUTDOWN_TIMEOUT_MS: '300',
    ...env,
  });
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      LoggerModule.forRoot({ pinoHttp: [{ level: 'info' }, logs] }),
      CommonModule,
      MetricsModule,
      StorageModule.forRoot(config),
      QueueModule.forRoot(config),
    ],
  }).compile();
  const queue = module.get(WorkQueue);
  if (handler) queue.process('inbound', handler);
  await module.init();
  return { module, queue, deadLetters: module.get(DeadLetterService) };
}

async function counterValue(name: string, labels: Record<string, string>): Promise<number> {
  const metric = await register.getSingleMetric(name)?.get();
  const match = metric?.values.find((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val));
  return match?.value ?? 0;
}

function recorder(behaviour: (job: JobContext<unknown>) => Promise<void> = async () => undefined) {
  const runs: Array<JobContext<unknown>> = [];
  const handler: JobHandler<unknown> = async (job) => {
    runs.push(job);
    await behaviour(job);
  };
  return { runs, handler };
}

let seq = 0;
const nextId = (): string => `job-${process.pid}-${++seq}:with:colons`;

function workQueueContract(envFor: () => RawEnvironment): void {
  const open: Harness[] = [];
  const build = async (handler?: JobHandler<unknown>, env: RawEnvironment = {}): Promise<Harness> => {
    const harness = await buildQueue({ ...envFor(), ...env }, handler);
    open.push(harness);
    return harness;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((h) => h.module.close()));
  });

  it('runs a job with its data, name, id and correlation id, on the first attempt', async () => {
    const { runs, handler } = recorder();
    const { queue } = await build(handler);
    const id = nextId();
    await queue.add({ queue: 'inbound', name: 'greet', id, data: { text: 'hola' }, correlationId: 'corr-1' });
    await waitFor(() => runs.length === 1);
    expect(runs[0]).toMatchObject({
      queue: 'inbound',
      name: 'greet',
      id,
      data: { text: 'hola' },
      correlationId: 'corr-1',
      attempt: 1,
      maxAttempts: 3,
    });
  });

  it('ignores a job whose id is already queued or recently done', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { runs, handler } = recorder(() => gate);
    const { queue } = await build(handler);
    const job = { queue: 'inbound' as const, name: 'dup', id: nextId(), data: 1, correlationId: 'c' };
    await Promise.all([queue.add(job), queue.add(job), queue.add(job)]);
    await waitFor(() => runs.length === 1);
    await queue.add(job);
    release();
    await sleep(100);
    await queue.add(job);
    await sleep(150);
    expect(runs).toHaveLength(1);
  });

  it('enqueues a batch in one call, skipping ids it already knows', async () => {
    const { runs, handler } = recorder();
    const { queue } = await build(handler);
    const [a, b] = [nextId(), nextId()];
    const job = (id: string) => ({
      queue: 'inbound' as const,
      name: 'batch',
      id,
      data: id,
      correlationId: 'c',
    });
    await queue.addAll([job(a), job(b), job(a)]);
    await queue.addAll([job(b)]);
    await waitFor(() => runs.length >= 2);
    await sleep(100);
    expect(runs.map((r) => r.id).sort()).toEqual([a, b].sort());
  });

  describe('dedupe keys', () => {
    const keyed = (key: string, ttlMs = 60_000) => ({
      queue: 'inbound' as const,
      name: 'keyed',
      id: nextId(),
      data: key,
      correlationId: 'c',
      dedupe: { key, ttlMs },
    });

    it('drops a job whose dedupe key was seen, also after the first job finished and under another id', async () => {
      const { runs, handler } = recorder();
      const { queue } = await build(handler);
      const key = `whatsapp:${nextId()}`;
      expect(await queue.add(keyed(key))).toBe(true);
      await waitFor(() => runs.length === 1);
      await sleep(50);
      expect(await queue.add(keyed(key))).toBe(false);
      expect(await queue.add(keyed(`other-${key}`))).toBe(true);
      await waitFor(() => runs.length === 2);
      await sleep(100);
      expect(runs.map((run) => run.data)).toEqual([key, `other-${key}`]);
    });

    it('queues one of many concurrent adds of a key, and reports the others as dropped', async () => {
      const { runs, handler } = recorder();
      const { queue } = await build(handler);
      const key = `k-${nextId()}`;
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => queue.add(keyed(key))));
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      await waitFor(() => runs.length === 1);
      await sleep(100);
      expect(runs).toHaveLength(1);
    });

    it('reports each job of a batch, a key repeated inside the batch included', async () => {
      const { runs, handler } = recorder();
      const { queue } = await build(handler);
      const [a, b] = [`a-${nextId()}`, `b-${nextId()}`];
      expect(await queue.addAll([keyed(a), keyed(b), keyed(a)])).toEqual([true, true, false]);
      expect(await queue.addAll([keyed(b), keyed(`c-${a}`)])).toEqual([false, true]);
      await waitFor(() => runs.length === 3);
      await sleep(100);
      expect(runs.map((run) => run.data).sort()).toEqual([a, b, `c-${a}`].sort());
    });

    it('forgets a key after its ttl', async () => {
      const { runs, handler } = recorder();
      const { queue } = await build(handler);
      const key = `ttl-${nextId()}`;
      expect(await queue.add(keyed(key, 150))).toBe(true);
      expect(await queue.add(keyed(key, 150))).toBe(false);
      await sleep(250);
      expect(await queue.add(keyed(key, 150))).toBe(true);
      await waitFor(() => runs.length === 2);
    });
  });

  it('retries a failing job with backoff and counts the attempts', async () => {
    const { runs, handler } = recorder(async (job) => {
      if (job.attempt < 3) throw new Error(`flaky ${job.attempt}`);
    });
    const { queue } = await build(handler);
    const before = await counterValue('hotel_agent_queue_jobs_total', {
      queue: 'inbound',
      outcome: 'retried',
    });
    await queue.add({ queue: 'inbound', name: 'flaky', id: nextId(), data: null, correlationId: 'c' });
    await waitFor(() => runs.length === 3, 10_000);
    expect(runs.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(await counterValue('hotel_agent_queue_jobs_total', { queue: 'inbound', outcome: 'retried' })).toBe(
      before + 2,
    );
  });

  it('moves a job that exhausts its attempts to the dead letters, counted', async () => {
    const { runs, handler } = recorder(async () => {
      throw new Error('PMS said no');
    });
    const { queue, deadLetters } = await build(handler);
    const before = await counterValue('hotel_agent_dead_letters_total', { queue: 'inbound' });
    const id = nextId();
    await queue.add({ queue: 'inbound', name: 'doomed', id, data: { n: 1 }, correlationId: 'corr-dl' });
    const page = await waitFor(async () => {
      const list = await deadLetters.list(0, 50);
      return list.items.some((item) => item.jobId === id) ? list : null;
    }, 10_000);
    const letter = page.items.find((item) => item.jobId === id)!;
    expect(runs).toHaveLength(3);
    expect(letter).toMatchObject({ queue: 'inbound', name: 'doomed', attempts: 3, correlationId: 'corr-dl' });
    expect(letter.error).toContain('PMS said no');
    expect(letter).not.toHaveProperty('data');
    expect((await deadLetters.get(letter.id)).data).toEqual({ n: 1 });
    expect(await counterValue('hotel_agent_dead_letters_total', { queue: 'inbound' })).toBe(before + 1);
  });

  it('dead-letters an unrecoverable job after one attempt', async () => {
    const { runs, handler } = recorder(async () => {
      throw new UnrecoverableJobError('malformed payload');
    });
    const { queue, deadLetters } = await build(handler);
    const id = nextId();
    await queue.add({ queue: 'inbound', name: 'bad', id, data: null, correlationId: 'c' });
    await waitFor(async () => (await deadLetters.list(0, 50)).items.find((i) => i.jobId === id), 5000);
    expect(runs).toHaveLength(1);
  });

  it('replays a dead letter under its original id, once, however many operators click retry', async () => {
    let failing = true;
    const { runs, handler } = recorder(async () => {
      if (failing) throw new Error('down');
    });
    const { queue, deadLetters } = await build(handler);
    const id = nextId();
    await queue.add({ queue: 'inbound', name: 'replay', id, data: { x: 1 }, correlationId: 'corr-r' });
    const letter = await waitFor(
      async () => (await deadLetters.list(0, 50)).items.find((i) => i.jobId === id),
      10_000,
    );
    failing = false;
    const outcomes = await Promise.allSettled([deadLetters.retry(letter.id), deadLetters.retry(letter.id)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(DeadLetterNotFoundError);
    await waitFor(() => runs.length === 4, 5000);
    expect(runs[3]).toMatchObject({ id, data: { x: 1 }, correlationId: 'corr-r', attempt: 1 });
    expect((await deadLetters.list(0, 50)).items.find((i) => i.id === letter.id)).toBeUndefined();
    await expect(deadLetters.retry(letter.id)).rejects.toBeInstanceOf(DeadLetterNotFoundError);
  });

  it('keeps a keyed job dropping its duplicates after its dead letter is replayed', async () => {
    let failing = true;
    const { runs, handler } = recorder(async () => {
      if (failing) throw new UnrecoverableJobError('down');
    });
    const { queue, deadLetters } = await build(handler);
    const key = `replayed-${nextId()}`;
    const job = () => ({
      queue: 'inbound' as const,
      name: 'keyed',
      id: `msg-${key}`,
      data: key,
      correlationId: 'c',
      dedupe: { key, ttlMs: 60_000 },
    });
    expect(await queue.add(job())).toBe(true);
    const letter = await waitFor(
      async () => (await deadLetters.list(0, 50)).items.find((i) => i.jobId.startsWith(`msg-${key}`)),
      10_000,
    );
    failing = false;
    await deadLetters.retry(letter.id);
    await waitFor(() => runs.length === 2, 5000);
    expect(await queue.add(job())).toBe(false);
    await sleep(150);
    expect(runs).toHaveLength(2);
  });

  it("writes a job's log lines with its correlation id", async () => {
    const { handler } = recorder(async () => {
      throw new UnrecoverableJobError('boom');
    });
    const { queue } = await build(handler);
    const correlationId = `corr-log-${seq}`;
    await queue.add({ queue: 'inbound', name: 'logged', id: nextId(), data: null, correlationId });
    const line = await waitFor(() =>
      logs.withMessage('queue.dead_lettered').find((l) => l.correlationId === correlationId),
    );
    expect(line).toMatchObject({ correlationId, queue: 'inbound', job: 'logged' });
  });

  it('reports queued jobs in its depth while nobody consumes them', async () => {
    const { queue } = await build();
    const before = await queue.depth('outbound');
    await queue.add({ queue: 'outbound', name: 'reply', id: nextId(), data: null, correlationId: 'c' });
    await queue.add({ queue: 'outbound', name: 'reply', id: nextId(), data: null, correlationId: 'c' });
    expect(await queue.depth('outbound')).toBe(before + 2);
  });

  it('lets a running job finish before closing', async () => {
    let finished = false;
    const { runs, handler } = recorder(async () => {
      await sleep(150);
      finished = true;
    });
    const harness = await buildQueue({ ...envFor(), SHUTDOWN_TIMEOUT_MS: '5000' }, handler);
    await harness.queue.add({ queue: 'inbound', name: 'slow', id: nextId(), data: null, correlationId: 'c' });
    await waitFor(() => runs.length === 1);
    await harness.module.close();
    expect(finished).toBe(true);
  });

  it('aborts the signal of a job still running when the shutdown grace period ends', async () => {
    let aborted = false;
    const { runs, handler } = recorder(
      (job) =>
        new Promise<void>((resolve) => {
          job.signal.addEventListener('abort', () => {
            aborted = true;
            resolve();
          });
        }),
    );
    const harness = await buildQueue({ ...envFor(), SHUTDOWN_TIMEOUT_MS: '100' }, handler);
    await harness.queue.add({
      queue: 'inbound',
      name: 'stuck',
      id: nextId(),
      data: null,
      correlationId: 'c',
    });
    await waitFor(() => runs.length === 1);
    await harness.module.close();
    await waitFor(() => aborted, 2000);
  });

  it('records a job the queue abandoned (its worker died under it) as a dead letter', async () => {
    const { module, deadLetters } = await build();
    const id = nextId();
    await module.get(JobRunner).recordAbandoned(
      {
        queue: 'inbound',
        name: 'orphan',
        id,
        data: { n: 2 },
        correlationId: 'corr-stalled',
        attempt: 2,
        maxAttempts: 3,
        signal: new AbortController().signal,
      },
      new Error('job stalled more than allowable limit'),
    );
    const letter = (await deadLetters.list(0, 50)).items.find((item) => item.jobId === id);
    expect(letter).toMatchObject({ name: 'orphan', correlationId: 'corr-stalled' });
    expect(letter?.error).toContain('stalled');
  });

  it('is usable while open', async () => {
    const { queue } = await build();
    await waitFor(() => queue.isUsable(), 5000, 'the queue to become usable');
  });
}

describe('InProcessWorkQueue', () => {
  workQueueContract(() => ({}));

  it('refuses new jobs once closed', async () => {
    const harness = await buildQueue({});
    await harness.module.close();
    await expect(
      harness.queue.add({ queue: 'inbound', name: 'late', id: nextId(), data: null, correlationId: 'c' }),
    ).rejects.toThrow(/shutting down/);
    expect(await harness.queue.isUsable()).toBe(false);
  });
});

describeWithRedis('BullMqWorkQueue', () => {
  let redis: RedisHandle;
  let prefix = uniquePrefix('queue');
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });
  beforeEach(() => {
    prefix = uniquePrefix('queue');
  });

  workQueueContract(() => ({ REDIS_URL: redis.url, KEY_PREFIX: prefix }));

  it('hands each job to exactly one of two worker replicas', async () => {
    const seen: string[] = [];
    const handler: JobHandler<unknown> = async (job) => {
      seen.push(job.id);
      await sleep(2);
    };
    const env = { REDIS_URL: redis.url, KEY_PREFIX: prefix };
    const replicas = [await buildQueue(env, handler), await buildQueue(env, handler)];
    const ids = Array.from({ length: 60 }, () => nextId());
    await Promise.all(
      ids.map((id, i) =>
        replicas[i % 2].queue.add({ queue: 'inbound', name: 'n', id, data: i, correlationId: 'c' }),
      ),
    );
    await waitFor(() => seen.length >= ids.length, 10_000);
    await sleep(100);
    expect(seen.sort()).toEqual([...ids].sort());
    await Promise.all(replicas.map((r) => r.module.close()));
  });

  it('keeps a dedupe key across replicas: one job for one key, whichever replica took each add', async () => {
    const { runs, handler } = recorder();
    const env = { REDIS_URL: redis.url, KEY_PREFIX: prefix };
    const replicas = [await buildQueue(env, handler), await buildQueue({ ...env, APP_ROLE: 'api' })];
    const key = `shared-${nextId()}`;
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        replicas[i % 2].queue.add({
          queue: 'inbound',
          name: 'n',
          id: `msg-${key}`,
          data: i,
          correlationId: 'c',
          dedupe: { key, ttlMs: 60_000 },
        }),
      ),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    await waitFor(() => runs.length === 1, 5000);
    await sleep(150);
    expect(runs).toHaveLength(1);
    expect(runs[0].id.startsWith(`msg-${key}`)).toBe(true);
    await Promise.all(replicas.map((r) => r.module.close()));
  });

  it('leaves jobs queued in an api-only process and lets a worker process take them', async () => {
    const env = { REDIS_URL: redis.url, KEY_PREFIX: prefix };
    const { runs, handler } = recorder();
    const api = await buildQueue({ ...env, APP_ROLE: 'api' }, handler);
    await api.queue.add({ queue: 'inbound', name: 'later', id: nextId(), data: null, correlationId: 'c' });
    await sleep(200);
    expect(runs).toHaveLength(0);
    expect(await api.queue.depth('inbound')).toBe(1);
    const worker = await buildQueue({ ...env, APP_ROLE: 'worker' }, handler);
    await waitFor(() => runs.length === 1, 5000);
    await Promise.all([api.module.close(), worker.module.close()]);
  });

  it('gives a job added alone (Queue.add) the same stored options and envelope as jobs added in a batch', async () => {
    const api = await buildQueue({ REDIS_URL: redis.url, KEY_PREFIX: prefix, APP_ROLE: 'api' });
    const bull = api.module.get<Queue>(getQueueToken('inbound'));
    const job = (id: string) => ({
      queue: 'inbound' as const,
      name: 'n',
      id,
      data: { id },
      correlationId: 'c',
    });
    const [alone, first, second] = [nextId(), nextId(), nextId()];
    await api.queue.add(job(alone));
    await api.queue.addAll([job(first), job(second)]);
    const [single, batched] = await Promise.all([alone, first].map((id) => bull.getJob(toBullMqJobId(id))));
    expect(single?.data).toEqual({ data: { id: alone }, correlationId: 'c' });
    expect(batched?.data).toEqual({ data: { id: first }, correlationId: 'c' });
    const { jobId: singleId, ...singleOpts } = single?.opts ?? {};
    const { jobId: batchedId, ...batchedOpts } = batched?.opts ?? {};
    expect([singleId, batchedId]).toEqual([toBullMqJobId(alone), toBullMqJobId(first)]);
    expect(singleOpts).toEqual(batchedOpts);
    expect(singleOpts).toMatchObject({ attempts: 3, backoff: { type: 'exponential', delay: 10 } });
    expect(await api.queue.depth('inbound')).toBe(3);
    await api.module.close();
  });

  itStoppingRedis(
    'refuses an add with QueueUnavailableError while Redis is down (no hang), and recovers',
    async () => {
      const harness = await buildQueue({ REDIS_URL: redis.url, KEY_PREFIX: prefix });
      const { queue } = harness;
      await waitFor(() => queue.isUsable(), 5000);
      await redis.kill();
      try {
        const add = queue.add({ queue: 'inbound', name: 'x', id: nextId(), data: null, correlationId: 'c' });
        await expect(add).rejects.toBeInstanceOf(QueueUnavailableError);
        expect(await queue.isUsable()).toBe(false);
      } finally {
        await redis.restart();
      }
      await waitFor(() => queue.isUsable(), 10_000, 'the queue to recover');
      await harness.module.close();
    },
  );
});

/**
 * Our LockService against redlock (one Redis instance), both measured in this run (design §9). One
 * operation is an acquire plus its release. Uncontended, every worker locks a fresh resource of its
 * own, so the figures are the lock's own cost; contended, all workers want one resource. Our audit
 * trail and metrics stay on: they are part of what a lock costs us. Uncontended, a third row, the
 * floor, does by hand the least a lock can (SET NX PX, then a compare-and-delete script) on the same
 * client: the ceiling that two round trips put on any acquire+release. Tuning: BENCH_DURATION_S (10).
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import type { TestingModule } from '@nestjs/testing';
import type { Redis } from 'ioredis';
import Redlock from 'redlock';
import { LockModule } from '../src/lock/lock.module';
import { LockService } from '../src/lock/lock.service';
import { RedisConnections } from '../src/storage/redis-connections';
import { compileWithCore } from '../test/support/core-module';
import { startRedis } from '../test/support/redis-server';
import { type LoopSettings, measureInterleaved, type Operation } from './support/closed-loop';
import {
  describeContention,
  describeFailures,
  describePairedRatios,
  describeTarget,
  formatTable,
  type Library,
  pairedSliceRatio,
  type Plan,
  ratioToRedlock,
  type Row,
} from './support/lock-report';
import { positiveInteger } from './support/settings';
import { runBench } from './support/run-bench';
import { saveResults } from './support/results-file';
import { describeSource } from './support/source';

const TTL_MS = 10_000;
const WAIT_MS = 5_000;
/** Short enough that a change in machine load during the run falls on both libraries alike. */
const SLICE_S = 1;
/** Redlock's retries cover about the same window as our WAIT_MS. */
const REDLOCK_CONTENDED = { retryCount: 500, retryDelay: 10, retryJitter: 10 };
/** Same length, so both libraries write keys of the same size. */
const OURS_PREFIX = 'ours:';
const REDLOCK_PREFIX = 'rdlk:';
const FLOOR_PREFIX = 'flor:';
const COMPARE_AND_DELETE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
const SHARED_RESOURCE = 'lock:bench:shared';

const PLANS: Plan[] = [
  { caseName: 'uncontended', concurrency: 1 },
  { caseName: 'uncontended', concurrency: 50 },
  { caseName: 'contended', concurrency: 50 },
];

type FloorClient = Redis & { benchCompareAndDelete(key: string, token: string): Promise<number> };

interface Subjects {
  client: FloorClient;
  locks: LockService;
  redlock: Redlock;
  redlockRetrying: Redlock;
}

interface RunInfo {
  startedAt: Date;
  loadAtStart: number;
  durationS: number;
  warmUpS: number;
  redisVersion: string;
  /** The commit measured, since src/ may hold uncommitted work. */
  source: string;
  /** Read after the run: the store may take its own commands out of the auto-pipeline. */
  autoPipelining: string;
}

/** Run in reverse on exit, error or Ctrl-C: the module (audit flush, connection) before Redis. */
const cleanups: Array<() => Promise<void>> = [];

async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse())
    await step().catch((error: unknown) => console.error(error));
}

function resourceFor({ caseName }: Plan, worker: number, seq: number): string {
  return caseName === 'contended' ? SHARED_RESOURCE : `lock:bench:${worker}:${seq}`;
}

function librariesFor({ caseName }: Plan): Library[] {
  // The floor has no retries: under contention it would only fail.
  return caseName === 'contended' ? ['redlock', 'ours'] : ['redlock', 'ours', 'floor'];
}

function operationFor(library: Library, plan: Plan, subjects: Subjects): Operation {
  if (library === 'floor') {
    const { client } = subjects;
    return async (worker, seq) => {
      const key = FLOOR_PREFIX + resourceFor(plan, worker, seq);
      const token = randomUUID();
      if ((await client.set(key, token, 'PX', TTL_MS, 'NX')) !== 'OK') throw new Error(`${key} was taken`);
      if ((await client.benchCompareAndDelete(key, token)) !== 1) throw new Error(`${key} was lost`);
    };
  }
  if (library === 'ours') {
    return async (worker, seq) => {
      const lock = await subjects.locks.acquire([resourceFor(plan, worker, seq)], {
        ttlMs: TTL_MS,
        waitMs: WAIT_MS,
        owner: `bench-${worker}`,
      });
      if (!(await subjects.locks.release(lock))) throw new Error('release found the lock gone');
    };
  }
  const redlock = plan.caseName === 'contended' ? subjects.redlockRetrying : subjects.redlock;
  return async (worker, seq) => {
    const lock = await redlock.acquire([REDLOCK_PREFIX + resourceFor(plan, worker, seq)], TTL_MS);
    await redlock.release(lock);
  };
}

function describeAutoPipelining({ options }: Redis): string {
  if (!options.enableAutoPipelining) return 'off';
  const ignored = options.autoPipeliningIgnoredCommands ?? [];
  return ignored.length === 0 ? 'on' : `on, except ${ignored.join(', ')}`;
}

/** The load average is printed because other work on the machine skews every figure. */
function describeEnvironment(run: RunInfo): string {
  return [
    `node ${process.version}`,
    `${availableParallelism()} CPUs (load ${run.loadAtStart.toFixed(2)} at start)`,
    `${run.durationS} s measured per row (after ${run.warmUpS} s warm-up), in alternating ${SLICE_S} s slices`,
    `source ${run.source}`,
    `redis-server ${run.redisVersion} on loopback, both on the store's ioredis connection (auto-pipelining ${run.autoPipelining})`,
    `ttl ${TTL_MS} ms; ours waitMs ${WAIT_MS}; redlock contended retries ${JSON.stringify(REDLOCK_CONTENDED)}`,
  ].join(' · ');
}

function writeResults(run: RunInfo, rows: Row[], table: string): string {
  const results = {
    startedAt: run.startedAt.toISOString(),
    environment: {
      node: process.version,
      cpus: availableParallelism(),
      loadAtStart: run.loadAtStart,
      redis: run.redisVersion,
      source: run.source,
      autoPipelining: run.autoPipelining,
      durationS: run.durationS,
      warmUpS: run.warmUpS,
      sliceS: SLICE_S,
      ttlMs: TTL_MS,
      waitMs: WAIT_MS,
      redlockContended: REDLOCK_CONTENDED,
    },
    table,
    rows: rows.map((row) => ({
      case: row.caseName,
      concurrency: row.concurrency,
      library: row.library,
      ...row.measurement,
      oursOverRedlock: ratioToRedlock(row, rows) ?? null,
      oursOverRedlockPairedSlices: pairedSliceRatio(row, rows) ?? null,
    })),
  };
  return saveResults('lock', run.startedAt, results);
}

async function startSubjects(): Promise<{ subjects: Subjects; redisVersion: string }> {
  const redis = await startRedis();
  cleanups.push(() => redis.stop());
  const module: TestingModule = await compileWithCore({ REDIS_URL: redis.url, KEY_PREFIX: OURS_PREFIX }, [
    LockModule,
  ]);
  cleanups.push(() => module.close());
  await module.init();
  // Redlock gets the store's own connection: same client, same options; what differs is how each uses it.
  const client = module.get(RedisConnections).client as FloorClient;
  client.defineCommand('benchCompareAndDelete', { numberOfKeys: 1, lua: COMPARE_AND_DELETE });
  const info = await client.info('server');
  return {
    subjects: {
      client,
      locks: module.get(LockService),
      redlock: new Redlock([client], { retryCount: 0 }),
      redlockRetrying: new Redlock([client], REDLOCK_CONTENDED),
    },
    redisVersion: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
  };
}

async function main(): Promise<void> {
  const durationS = positiveInteger(process.env, 'BENCH_DURATION_S', 10);
  const warmUpS = 2;
  const startedAt = new Date();
  const source = describeSource();
  const loadAtStart = loadavg()[0];
  const { subjects, redisVersion } = await startSubjects();

  const rows: Row[] = [];
  for (const plan of PLANS) {
    const libraries = librariesFor(plan);
    const settings: LoopSettings = { concurrency: plan.concurrency, warmUpS, durationS, sliceS: SLICE_S };
    console.error(
      `measuring ${plan.caseName} ×${plan.concurrency}: ${libraries.join(' and ')} (${warmUpS} s warm-up each, ` +
        `then ${durationS} s each in alternating ${SLICE_S} s slices)`,
    );
    const operations = libraries.map((library) => operationFor(library, plan, subjects));
    const measurements = await measureInterleaved(operations, settings);
    libraries.forEach((library, i) => rows.push({ ...plan, library, measurement: measurements[i] }));
  }

  const autoPipelining = describeAutoPipelining(subjects.client);
  const run: RunInfo = { startedAt, loadAtStart, durationS, warmUpS, redisVersion, source, autoPipelining };
  const table = formatTable(rows);
  console.log(
    `${table}\n\n${describePairedRatios(rows)}\n${describeContention(rows)}\n${describeTarget(rows)}\n` +
      describeEnvironment(run),
  );
  for (const problem of describeFailures(rows)) console.warn(`WARNING: ${problem}`);
  console.error(`results written to ${writeResults(run, rows, table)}`);
}

runBench(main, cleanUp);

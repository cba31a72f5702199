/**
 * Our LockService against redlock (one Redis instance), both measured in this run (design §9). One
 * operation is an acquire plus its release. Uncontended, every worker locks a fresh resource of its
 * own, so the figures are the lock's own cost; contended, all workers want one resource. Our audit
 * trail and metrics stay on: they are part of what a lock costs us. Tuning: BENCH_DURATION_S (10).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { TestingModule } from '@nestjs/testing';
import Redlock from 'redlock';
import { LockModule } from '../src/lock/lock.module';
import { LockService } from '../src/lock/lock.service';
import { RedisConnections } from '../src/storage/redis-connections';
import { compileWithCore } from '../test/support/core-module';
import { startRedis } from '../test/support/redis-server';
import { type LoopMeasurement, type LoopSettings, measure, type Operation } from './support/closed-loop';
import { positiveInteger } from './support/settings';

const TTL_MS = 10_000;
const WAIT_MS = 5_000;
/** Redlock's retries cover about the same window as our WAIT_MS. */
const REDLOCK_CONTENDED = { retryCount: 500, retryDelay: 10, retryJitter: 10 };
/** Same length, so both libraries write keys of the same size. */
const OURS_PREFIX = 'ours:';
const REDLOCK_PREFIX = 'rdlk:';
const SHARED_RESOURCE = 'lock:bench:shared';
const TARGET_RATIO = 1.5;
const RESULTS_DIR = resolve(__dirname, '..', '.bench');

type Library = 'redlock' | 'ours';
type CaseName = 'uncontended' | 'contended';

interface Plan {
  caseName: CaseName;
  concurrency: number;
}

const PLANS: Plan[] = [
  { caseName: 'uncontended', concurrency: 1 },
  { caseName: 'uncontended', concurrency: 50 },
  { caseName: 'contended', concurrency: 50 },
];

interface Row extends Plan {
  library: Library;
  measurement: LoopMeasurement;
}

interface Subjects {
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

function operationFor(library: Library, plan: Plan, subjects: Subjects): Operation {
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

/** Ours ops/s over redlock's in the same case; undefined on the redlock (baseline) row. */
function ratioToRedlock(row: Row, rows: Row[]): number | undefined {
  if (row.library === 'redlock') return undefined;
  const baseline = rows.find(
    (r) => r.library === 'redlock' && r.caseName === row.caseName && r.concurrency === row.concurrency,
  );
  return baseline ? row.measurement.opsPerS / baseline.measurement.opsPerS : undefined;
}

function formatTable(rows: Row[]): string {
  const lines = [
    '| case | concurrency | library | ops/s | p50 ms | p99 ms | ours/redlock |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const { opsPerS, p50Ms, p99Ms } = row.measurement;
    const ratio = ratioToRedlock(row, rows);
    lines.push(
      `| ${row.caseName} | ${row.concurrency} | ${row.library} | ${Math.round(opsPerS)} | ` +
        `${p50Ms.toFixed(2)} | ${p99Ms.toFixed(2)} | ${ratio === undefined ? 'baseline' : `${ratio.toFixed(2)}×`} |`,
    );
  }
  return lines.join('\n');
}

function describeTarget(rows: Row[]): string {
  const verdicts = rows
    .filter((row) => row.library === 'ours' && row.caseName === 'uncontended')
    .map((row) => {
      const ratio = ratioToRedlock(row, rows) ?? Number.NaN;
      return `concurrency ${row.concurrency}: ${ratio.toFixed(2)}× ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'}`;
    });
  return `target ours ≥ ${TARGET_RATIO}× redlock uncontended — ${verdicts.join(', ')}`;
}

/**
 * Percentiles of a contended closed loop describe the winners: the worker that just released asks
 * again at once and usually wins, while the others back off. Max latency and the number of workers
 * that got the lock at all show the losers.
 */
function describeContention(rows: Row[]): string {
  const parts = rows
    .filter((row) => row.caseName === 'contended')
    .map(({ library, concurrency, measurement: m }) => {
      const served = `${m.workersServed}/${concurrency} workers served`;
      return `${library} ×${concurrency} max ${Math.round(m.maxMs)} ms, ${served}`;
    });
  return `contended — ${parts.join('; ')}`;
}

/** The load average is printed because other work on the machine skews every figure. */
function describeEnvironment(run: RunInfo): string {
  return [
    `node ${process.version}`,
    `${availableParallelism()} CPUs (load ${run.loadAtStart.toFixed(2)} at start)`,
    `${run.durationS} s measured after ${run.warmUpS} s warm-up, per row`,
    `redis-server ${run.redisVersion} on loopback, one ioredis connection (auto-pipelining) shared by both`,
    `ttl ${TTL_MS} ms; ours waitMs ${WAIT_MS}; redlock contended retries ${JSON.stringify(REDLOCK_CONTENDED)}`,
  ].join(' · ');
}

function writeResults(run: RunInfo, rows: Row[], table: string): string {
  const file = resolve(RESULTS_DIR, `lock-${run.startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const results = {
    startedAt: run.startedAt.toISOString(),
    environment: {
      node: process.version,
      cpus: availableParallelism(),
      loadAtStart: run.loadAtStart,
      redis: run.redisVersion,
      durationS: run.durationS,
      warmUpS: run.warmUpS,
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
    })),
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

async function startSubjects(): Promise<{ subjects: Subjects; redisVersion: string }> {
  const redis = await startRedis();
  cleanups.push(() => redis.stop());
  const module: TestingModule = await compileWithCore({ REDIS_URL: redis.url, KEY_PREFIX: OURS_PREFIX }, [
    LockModule,
  ]);
  cleanups.push(() => module.close());
  await module.init();
  // Redlock gets the very connection our store uses, so the client is not a difference between them.
  const client = module.get(RedisConnections).client;
  const info = await client.info('server');
  return {
    subjects: {
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
  const loadAtStart = loadavg()[0];
  const { subjects, redisVersion } = await startSubjects();
  const run: RunInfo = { startedAt, loadAtStart, durationS, warmUpS, redisVersion };

  const rows: Row[] = [];
  for (const plan of PLANS) {
    for (const library of ['redlock', 'ours'] as const) {
      const settings: LoopSettings = { concurrency: plan.concurrency, warmUpS, durationS };
      console.error(
        `measuring ${library} ${plan.caseName} ×${plan.concurrency} (${warmUpS} s + ${durationS} s)`,
      );
      rows.push({
        ...plan,
        library,
        measurement: await measure(operationFor(library, plan, subjects), settings),
      });
    }
  }

  const table = formatTable(rows);
  console.log(
    `${table}\n\n${describeContention(rows)}\n${describeTarget(rows)}\n${describeEnvironment(run)}`,
  );
  for (const { caseName, concurrency, library, measurement: m } of rows.filter(
    (r) => r.measurement.errors > 0,
  ))
    console.warn(
      `WARNING: ${library} ${caseName} ×${concurrency}: ${m.errors} failed operations (${m.firstError})`,
    );
  console.error(`results written to ${writeResults(run, rows, table)}`);
}

process.once('SIGINT', () => {
  void cleanUp().finally(() => process.exit(130));
});

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());

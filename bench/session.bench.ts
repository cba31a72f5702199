/**
 * SessionManager against a raw ioredis baseline, both measured in this run (design §9). One turn is
 * what a guest message does to its session: getOrCreate, then one update that records an intent and
 * sets slots. The baseline does the same to the same JSON with GET + SET PX: no validation, no
 * version check. With every worker on its own guest the figures are the manager's own cost; with
 * all of them on one guest the manager retries its compare-and-set and the baseline loses updates,
 * counted by a turn counter kept in the session. Tuning: BENCH_DURATION_S (10).
 */
import { availableParallelism, loadavg } from 'node:os';
import type { TestingModule } from '@nestjs/testing';
import { Redis } from 'ioredis';
import { register } from 'prom-client';
import { AppConfig } from '../src/config/app-config';
import { freshSession, recordIntent, type Session } from '../src/session/session';
import { sessionKey } from '../src/session/session-keys';
import { SessionManager } from '../src/session/session-manager';
import { SessionModule } from '../src/session/session.module';
import { SESSION_CONFLICTS_TOTAL } from '../src/session/session.metrics';
import { compileWithCore } from '../test/support/core-module';
import { startRedis } from '../test/support/redis-server';
import { type LoopSettings, measureInterleaved, type Operation } from './support/closed-loop';
import { positiveInteger } from './support/settings';
import {
  describeContention,
  describeEnvironment,
  formatTable,
  IMPLEMENTATIONS,
  type Implementation,
  type Plan,
  ratioToRaw,
  type Row,
  type RunInfo,
} from './support/session-report';
import { runBench } from './support/run-bench';
import { saveResults } from './support/results-file';

const CHANNEL = 'whatsapp';
/** Same length, so both implementations write keys of the same size. */
const MANAGER_PREFIX = 'mgr:';
const RAW_PREFIX = 'raw:';
/** Short enough that a change in machine load during the run falls on both implementations alike. */
const SLICE_S = 1;
const WARM_UP_S = 2;

const PLANS: Plan[] = [
  { caseName: 'own guest', concurrency: 1, tenantId: 'bench-own-1' },
  { caseName: 'own guest', concurrency: 50, tenantId: 'bench-own-50' },
  { caseName: 'shared guest', concurrency: 50, tenantId: 'bench-shared-50' },
];

interface Subjects {
  sessions: SessionManager;
  /** A plain client of its own (no auto-pipelining), as a hand-written implementation would use. */
  raw: Redis;
  ttlMs: number;
  maxIntentHistory: number;
}

/** Run in reverse on exit, error or Ctrl-C: clients and the module before Redis. */
const cleanups: Array<() => Promise<void>> = [];

async function cleanUp(): Promise<void> {
  for (const step of cleanups.splice(0).reverse())
    await step().catch((error: unknown) => console.error(error));
}

function guestFor({ caseName }: Plan, worker: number): string {
  return caseName === 'shared guest' ? 'guest-shared' : `guest-${worker}`;
}

function guestsOf(plan: Plan): string[] {
  if (plan.caseName === 'shared guest') return [guestFor(plan, 0)];
  return Array.from({ length: plan.concurrency }, (_, worker) => guestFor(plan, worker));
}

function storedKey(implementation: Implementation, plan: Plan, guestId: string): string {
  const prefix = implementation === 'raw ioredis' ? RAW_PREFIX : MANAGER_PREFIX;
  return prefix + sessionKey({ tenantId: plan.tenantId, channel: CHANNEL, guestId });
}

function turnsOf(session: Session): number {
  const turns = session.dialogue.slots.turns;
  return typeof turns === 'number' ? turns : 0;
}

/** What one guest message does to the session; deterministic, since the manager may re-apply it. */
function applyTurn(draft: Session, seq: number, now: Date): void {
  recordIntent(draft, 'check_availability', 0.92, now);
  draft.dialogue.flow = 'booking';
  draft.dialogue.awaiting = 'checkOut';
  draft.dialogue.slots.checkIn = '2026-12-04';
  draft.dialogue.slots.guests = 2;
  draft.dialogue.slots.turns = turnsOf(draft) + 1;
  draft.lastMessageId = `wamid.bench-${seq}`;
}

function managerTurn(plan: Plan, { sessions }: Subjects): Operation {
  return async (worker, seq) => {
    const now = new Date();
    const session = await sessions.getOrCreate(plan.tenantId, CHANNEL, guestFor(plan, worker));
    await sessions.update(session, (draft) => applyTurn(draft, seq, now));
  };
}

/** The same change to the same JSON, trimmed to the same intent history, with no checks at all. */
function rawTurn(plan: Plan, { raw, ttlMs, maxIntentHistory }: Subjects): Operation {
  return async (worker, seq) => {
    const now = new Date();
    const identity = { tenantId: plan.tenantId, channel: CHANNEL, guestId: guestFor(plan, worker) };
    const key = storedKey('raw ioredis', plan, identity.guestId);
    const stored = await raw.get(key);
    const session = stored === null ? freshSession(identity, now) : (JSON.parse(stored) as Session);
    applyTurn(session, seq, now);
    session.intents = session.intents.slice(-maxIntentHistory);
    session.updatedAt = now.toISOString();
    await raw.set(key, JSON.stringify(session), 'PX', ttlMs);
  };
}

/** Counts the turns that completed (warm-up included): the sessions' counters must add up to it. */
function counted(operation: Operation, completed: { turns: number }): Operation {
  return async (worker, seq) => {
    await operation(worker, seq);
    completed.turns += 1;
  };
}

async function conflictsSoFar(): Promise<number> {
  const metric = await register.getSingleMetric(SESSION_CONFLICTS_TOTAL)?.get();
  return metric?.values.reduce((sum, v) => sum + v.value, 0) ?? 0;
}

/** The turns the stored sessions recorded, and the size of one of them. */
async function readBack(
  raw: Redis,
  implementation: Implementation,
  plan: Plan,
): Promise<{ turns: number; jsonBytes: number }> {
  const values = await raw.mget(guestsOf(plan).map((guest) => storedKey(implementation, plan, guest)));
  let turns = 0;
  for (const value of values) if (value !== null) turns += turnsOf(JSON.parse(value) as Session);
  return { turns, jsonBytes: Buffer.byteLength(values[0] ?? '') };
}

async function benchPlan(plan: Plan, subjects: Subjects, durationS: number): Promise<Row[]> {
  const settings: LoopSettings = {
    concurrency: plan.concurrency,
    warmUpS: WARM_UP_S,
    durationS,
    sliceS: SLICE_S,
  };
  console.error(
    `measuring ${plan.caseName} ×${plan.concurrency}: ${IMPLEMENTATIONS.join(' and ')} (${WARM_UP_S} s ` +
      `warm-up each, then ${durationS} s each in alternating ${SLICE_S} s slices)`,
  );
  const completed = IMPLEMENTATIONS.map(() => ({ turns: 0 }));
  const operations = IMPLEMENTATIONS.map((implementation, i) =>
    counted(
      implementation === 'raw ioredis' ? rawTurn(plan, subjects) : managerTurn(plan, subjects),
      completed[i],
    ),
  );
  const conflictsBefore = await conflictsSoFar();
  const measurements = await measureInterleaved(operations, settings);
  const conflicts = (await conflictsSoFar()) - conflictsBefore;
  const rows: Row[] = [];
  for (const [i, implementation] of IMPLEMENTATIONS.entries()) {
    const stored = await readBack(subjects.raw, implementation, plan);
    rows.push({
      ...plan,
      implementation,
      measurement: measurements[i],
      completedTurns: completed[i].turns,
      lostUpdates: completed[i].turns - stored.turns,
      conflicts: implementation === 'SessionManager' ? conflicts : null,
      jsonBytes: stored.jsonBytes,
    });
  }
  return rows;
}

function writeResults(run: RunInfo, rows: Row[], table: string): string {
  const { startedAt, ...environment } = run;
  const results = {
    startedAt: startedAt.toISOString(),
    environment: { node: process.version, cpus: availableParallelism(), ...environment },
    table,
    rows: rows.map((row) => ({
      case: row.caseName,
      concurrency: row.concurrency,
      implementation: row.implementation,
      ...row.measurement,
      completedTurns: row.completedTurns,
      lostUpdates: row.lostUpdates,
      conflicts: row.conflicts,
      sessionJsonBytes: row.jsonBytes,
      managerOverRaw: ratioToRaw(row, rows) ?? null,
    })),
  };
  return saveResults('session', run.startedAt, results);
}

async function startSubjects(): Promise<{ subjects: Subjects; redisVersion: string }> {
  const redis = await startRedis();
  cleanups.push(() => redis.stop());
  const module: TestingModule = await compileWithCore({ REDIS_URL: redis.url, KEY_PREFIX: MANAGER_PREFIX }, [
    SessionModule,
  ]);
  cleanups.push(() => module.close());
  await module.init();
  const raw = new Redis(redis.url, { connectionName: 'bench:raw-baseline' });
  cleanups.push(async () => void (await raw.quit()));
  const { session } = module.get(AppConfig);
  const info = await raw.info('server');
  return {
    subjects: {
      sessions: module.get(SessionManager),
      raw,
      ttlMs: session.ttlS * 1000,
      maxIntentHistory: session.maxIntentHistory,
    },
    redisVersion: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
  };
}

async function main(): Promise<void> {
  const durationS = positiveInteger(process.env, 'BENCH_DURATION_S', 10);
  const startedAt = new Date();
  const loadAtStart = loadavg()[0];
  const { subjects, redisVersion } = await startSubjects();
  const run: RunInfo = {
    startedAt,
    loadAtStart,
    durationS,
    warmUpS: WARM_UP_S,
    sliceS: SLICE_S,
    redisVersion,
    ttlMs: subjects.ttlMs,
    maxIntentHistory: subjects.maxIntentHistory,
  };

  const rows: Row[] = [];
  for (const plan of PLANS) rows.push(...(await benchPlan(plan, subjects, durationS)));

  const table = formatTable(rows);
  console.log(`${table}\n\n${describeContention(rows)}\n${describeEnvironment(run, rows)}`);
  for (const { caseName, concurrency, implementation, measurement: m } of rows.filter(
    (r) => r.measurement.errors > 0,
  ))
    console.warn(
      `WARNING: ${implementation} ${caseName} ×${concurrency}: ${m.errors} failed turns (${m.firstError})`,
    );
  console.error(`results written to ${writeResults(run, rows, table)}`);
}

runBench(main, cleanUp);

import { availableParallelism } from 'node:os';
import type { LoopMeasurement } from './closed-loop';

/** The baseline first: it is measured first and printed above the row compared with it. */
export const IMPLEMENTATIONS = ['raw ioredis', 'SessionManager'] as const;
export type Implementation = (typeof IMPLEMENTATIONS)[number];

export interface Plan {
  caseName: 'own guest' | 'shared guest';
  concurrency: number;
  /** A tenant per plan, so every plan starts from sessions of its own. */
  tenantId: string;
}

export interface Row extends Plan {
  implementation: Implementation;
  measurement: LoopMeasurement;
  /** Turns that completed, warm-up included. */
  completedTurns: number;
  /** Completed turns minus the turns the stored sessions counted: updates overwritten by another writer. */
  lostUpdates: number;
  /** SessionManager's re-applied writes (hotel_agent_session_conflicts_total), warm-up included. */
  conflicts: number | null;
  /** Size of a stored session at the end, to show both wrote the same document. */
  jsonBytes: number;
}

export interface RunInfo {
  startedAt: Date;
  loadAtStart: number;
  durationS: number;
  warmUpS: number;
  sliceS: number;
  redisVersion: string;
  ttlMs: number;
  maxIntentHistory: number;
}

/** SessionManager's turns/s over the raw baseline's in the same case; undefined on the baseline. */
export function ratioToRaw(row: Row, rows: Row[]): number | undefined {
  if (row.implementation === 'raw ioredis') return undefined;
  const baseline = rows.find(
    (r) =>
      r.implementation === 'raw ioredis' && r.caseName === row.caseName && r.concurrency === row.concurrency,
  );
  return baseline ? row.measurement.opsPerS / baseline.measurement.opsPerS : undefined;
}

function formatLost({ lostUpdates, completedTurns }: Row): string {
  if (lostUpdates === 0) return '0';
  return `${lostUpdates} of ${completedTurns} (${((100 * lostUpdates) / completedTurns).toFixed(1)} %)`;
}

export function formatTable(rows: Row[]): string {
  const lines = [
    '| case | concurrency | implementation | turns/s | p50 ms | p99 ms | vs raw | lost updates |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const { opsPerS, p50Ms, p99Ms } = row.measurement;
    const ratio = ratioToRaw(row, rows);
    lines.push(
      `| ${row.caseName} | ${row.concurrency} | ${row.implementation} | ${Math.round(opsPerS)} | ` +
        `${p50Ms.toFixed(2)} | ${p99Ms.toFixed(2)} | ${ratio === undefined ? 'baseline' : `${ratio.toFixed(2)}×`} | ` +
        `${formatLost(row)} |`,
    );
  }
  return lines.join('\n');
}

/**
 * Under contention the percentiles describe the turns that got through; max latency, the workers
 * served at all and (for SessionManager) the re-applied writes show what the others paid.
 */
export function describeContention(rows: Row[]): string {
  const parts = rows
    .filter((row) => row.caseName === 'shared guest')
    .map(({ implementation, concurrency, measurement: m, conflicts, completedTurns }) => {
      const retried =
        conflicts === null ? '' : `, ${conflicts} conflicts re-applied over ${completedTurns} turns`;
      const failed = m.errors > 0 ? `, ${m.errors} turns failed` : '';
      // Little's law: what a turn took on average, failed attempts included, where p50 shows only the lucky.
      const meanMs = (1000 * concurrency) / m.opsPerS;
      return (
        `${implementation} ×${concurrency} mean ${meanMs.toFixed(1)} ms, max ${Math.round(m.maxMs)} ms, ` +
        `${m.workersServed}/${concurrency} workers served${retried}${failed}`
      );
    });
  return `shared guest (warm-up included in the counts) — ${parts.join('; ')}`;
}

/** The load average is printed because other work on the machine skews every figure. */
export function describeEnvironment(run: RunInfo, rows: Row[]): string {
  const sizes = [...new Set(rows.map((row) => row.jsonBytes))].sort((a, b) => a - b);
  return [
    `node ${process.version}`,
    `${availableParallelism()} CPUs (load ${run.loadAtStart.toFixed(2)} at start)`,
    `${run.durationS} s measured per row (after ${run.warmUpS} s warm-up), in alternating ${run.sliceS} s slices`,
    `redis-server ${run.redisVersion} on loopback; SessionManager on the app's store connection, raw on a plain one`,
    `session JSON ${sizes[0]}–${sizes[sizes.length - 1]} bytes, ttl ${run.ttlMs} ms, ${run.maxIntentHistory} intents kept`,
  ].join(' · ');
}

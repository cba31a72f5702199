import { availableParallelism } from 'node:os';
import type { LoopMeasurement } from './closed-loop';
import { saveResults } from './results-file';

export type CaseName = 'open breaker' | 'cached availability' | 'local booking';

/** Design §6: "an open breaker answers in under 5 ms", read as its p99. */
export const OPEN_BREAKER_TARGET_MS = 5;

export interface Row {
  caseName: CaseName;
  concurrency: number;
  variant: string;
  /** The row the others of its case and concurrency are compared with. */
  isBaseline: boolean;
  measurement: LoopMeasurement;
}

export interface RunInfo {
  startedAt: Date;
  loadAtStart: number;
  durationS: number;
  warmUpS: number;
  sliceS: number;
  /** The commit measured, since src/ may hold uncommitted work. */
  source: string;
  redisVersion: string;
  /** The PMS_* settings each subject ran with. */
  settings: Record<string, Record<string, string | undefined>>;
}

/** A row's ops/s over its baseline's (same case and concurrency); undefined on the baseline itself. */
export function ratioToBaseline(row: Row, rows: Row[]): number | undefined {
  if (row.isBaseline) return undefined;
  const baseline = rows.find(
    (r) => r.isBaseline && r.caseName === row.caseName && r.concurrency === row.concurrency,
  );
  return baseline ? row.measurement.opsPerS / baseline.measurement.opsPerS : undefined;
}

const ms = (value: number): string => value.toFixed(2);

export function formatTable(rows: Row[]): string {
  const lines = [
    '| case | concurrency | variant | ops/s | p50 ms | p99 ms | max ms | vs baseline |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const { opsPerS, p50Ms, p99Ms, maxMs } = row.measurement;
    const ratio = ratioToBaseline(row, rows);
    lines.push(
      `| ${row.caseName} | ${row.concurrency} | ${row.variant} | ${Math.round(opsPerS)} | ${ms(p50Ms)} | ` +
        `${ms(p99Ms)} | ${ms(maxMs)} | ${ratio === undefined ? 'baseline' : `${ratio.toFixed(2)}×`} |`,
    );
  }
  return lines.join('\n');
}

/** The open-breaker rows' p99 against the design's 5 ms. */
export function describeTarget(rows: Row[]): string {
  const verdicts = rows
    .filter((row) => row.caseName === 'open breaker' && !row.isBaseline)
    .map(({ concurrency, variant, measurement: m }) => {
      const verdict = m.p99Ms < OPEN_BREAKER_TARGET_MS ? 'met' : 'MISSED';
      return `×${concurrency} ${variant}: ${ms(m.p99Ms)} ms ${verdict}`;
    });
  return `target open breaker p99 < ${OPEN_BREAKER_TARGET_MS} ms — ${verdicts.join('; ')}`;
}

/**
 * In a closed loop every worker waits for its own answer, so at concurrency c the mean latency is
 * c / throughput (Little's law): past saturation, latency at ×50 is queueing in this one process.
 */
export function describeQueueing(rows: Row[]): string {
  const parts = rows
    .filter((row) => row.concurrency > 1 && !row.isBaseline)
    .map(({ caseName, concurrency, variant, measurement: m }) => {
      const meanMs = (1000 * concurrency) / m.opsPerS;
      return `${caseName} ${variant} ×${concurrency} mean ${ms(meanMs)} ms`;
    });
  return `closed loop, mean = concurrency / ops/s — ${parts.join('; ')}`;
}

/** Rows with failed operations: their figures are not comparable. */
export function describeFailures(rows: Row[]): string[] {
  return rows
    .filter((row) => row.measurement.errors > 0)
    .map(({ caseName, concurrency, variant, measurement: m }) => {
      return `${caseName} ×${concurrency} ${variant}: ${m.errors} failed operations (${m.firstError})`;
    });
}

/** The load average is printed because other work on the machine skews every figure. */
export function describeEnvironment(run: RunInfo): string {
  return [
    `node ${process.version}`,
    `${availableParallelism()} CPUs (load ${run.loadAtStart.toFixed(2)} at start)`,
    `${run.durationS} s measured per row (after ${run.warmUpS} s warm-up), in alternating ${run.sliceS} s slices`,
    `commit ${run.source}`,
    `redis-server ${run.redisVersion} on loopback, each PmsModule on its own store connection, the naive baseline on a plain one`,
  ].join(' · ');
}

/** Raw figures (every slice's ops/s included) to `.bench/pms-<timestamp>.json`; returns the path. */
export function writeResults(run: RunInfo, rows: Row[], table: string, checks: string[]): string {
  const { startedAt, ...environment } = run;
  const results = {
    startedAt: startedAt.toISOString(),
    environment: { node: process.version, cpus: availableParallelism(), ...environment },
    targetP99Ms: OPEN_BREAKER_TARGET_MS,
    table,
    checks,
    rows: rows.map((row) => ({
      case: row.caseName,
      concurrency: row.concurrency,
      variant: row.variant,
      baseline: row.isBaseline,
      ...row.measurement,
      overBaseline: ratioToBaseline(row, rows) ?? null,
    })),
  };
  return saveResults('pms', run.startedAt, results);
}

import type { LoopMeasurement } from './closed-loop';

/**
 * `floor`: the least a lock can do on the same client, by hand (SET NX PX, then a compare-and-delete
 * script): two round trips, no retries, no fencing, no audit. It shows where the round trips alone
 * put the ceiling.
 */
export type Library = 'redlock' | 'ours' | 'floor';
export type CaseName = 'uncontended' | 'contended';

export interface Plan {
  caseName: CaseName;
  concurrency: number;
}

export interface Row extends Plan {
  library: Library;
  measurement: LoopMeasurement;
}

/** The issue's bar: our uncontended throughput at least this multiple of redlock's. */
const TARGET_RATIO = 1.5;

/** A row's ops/s over redlock's in the same case; undefined on the redlock (baseline) row. */
export function ratioToRedlock(row: Row, rows: Row[]): number | undefined {
  if (row.library === 'redlock') return undefined;
  const baseline = rows.find(
    (r) => r.library === 'redlock' && r.caseName === row.caseName && r.concurrency === row.concurrency,
  );
  return baseline ? row.measurement.opsPerS / baseline.measurement.opsPerS : undefined;
}

export function formatTable(rows: Row[]): string {
  const lines = [
    '| case | concurrency | library | ops/s | p50 ms | p99 ms | vs redlock |',
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

/**
 * The median over slices of ours/redlock in the same slice pair. The two run in alternating 1 s
 * slices, so a pair saw nearly the same machine load: on a shared machine this moves less than the
 * ratio of whole-run totals, which one busy second can swing.
 */
export function pairedSliceRatio(row: Row, rows: Row[]): number | undefined {
  const baseline = rows.find(
    (r) => r.library === 'redlock' && r.caseName === row.caseName && r.concurrency === row.concurrency,
  );
  if (row.library === 'redlock' || !baseline) return undefined;
  const ratios = row.measurement.sliceOpsPerS
    .map((ops, i) => ops / baseline.measurement.sliceOpsPerS[i])
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  return ratios.length === 0 ? undefined : ratios[Math.floor(ratios.length / 2)];
}

export function describePairedRatios(rows: Row[]): string {
  const parts = rows
    .filter((row) => row.library === 'ours')
    .map((row) => `${row.caseName} ×${row.concurrency} ${pairedSliceRatio(row, rows)?.toFixed(2) ?? '?'}×`);
  return `ours/redlock, median of per-slice pairs — ${parts.join(', ')}`;
}

export function describeTarget(rows: Row[]): string {
  const verdicts = rows
    .filter((row) => row.library === 'ours' && row.caseName === 'uncontended')
    .map((row) => {
      const ratio = ratioToRedlock(row, rows) ?? Number.NaN;
      const floor = rows.find(
        (r) => r.library === 'floor' && r.caseName === row.caseName && r.concurrency === row.concurrency,
      );
      const floorRatio = floor ? ratioToRedlock(floor, rows) : undefined;
      const ceiling =
        floorRatio === undefined ? '' : ` (the two-round-trip floor: ${floorRatio.toFixed(2)}×)`;
      return `concurrency ${row.concurrency}: ${ratio.toFixed(2)}× ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'}${ceiling}`;
    });
  return `target ours ≥ ${TARGET_RATIO}× redlock uncontended — ${verdicts.join(', ')}`;
}

/**
 * Percentiles of a contended closed loop describe the winners: the worker that just released asks
 * again at once and usually wins, while the others back off. Max latency and the number of workers
 * that got the lock at all show the losers.
 */
export function describeContention(rows: Row[]): string {
  const parts = rows
    .filter((row) => row.caseName === 'contended')
    .map(({ library, concurrency, measurement: m }) => {
      const served = `${m.workersServed}/${concurrency} workers served`;
      return `${library} ×${concurrency} max ${Math.round(m.maxMs)} ms, ${served}`;
    });
  return `contended — ${parts.join('; ')}`;
}

/** Rows with failed operations (timeouts, redlock giving up): their figures are not comparable. */
export function describeFailures(rows: Row[]): string[] {
  return rows
    .filter((row) => row.measurement.errors > 0)
    .map(({ caseName, concurrency, library, measurement: m }) => {
      return `${library} ${caseName} ×${concurrency}: ${m.errors} failed operations (${m.firstError})`;
    });
}

import { availableParallelism } from 'node:os';

export type TargetKey = 'app' | 'bare' | 'empty';

/** The goal: the app's webhook at no less than half the throughput of baseline A. */
export const TARGET_RATIO_TO_BARE = 0.5;
/** Design §2: the webhook answers 200 at once, target < 50 ms. */
export const DESIGN_LATENCY_MS = 50;

export interface TargetSummary {
  key: TargetKey;
  label: string;
  requestsPerS: number;
  /** req/s of each measured slice, in order: their spread shows how steady the machine was. */
  sliceRequestsPerS: number[];
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  ok: number;
  non2xx: number;
  errors: number;
  elapsedS: number;
  /** Messages found queued in Redis after the measured slices (null for the empty route). */
  queued: number | null;
  /** CPU time per 2xx answer, in µs: the server process, redis-server, and the load generator. */
  cpuUsPerRequest: { server: number; redis: number; loadGenerator: number };
  /** Share of one core the server used while it was measured. */
  serverCorePct: number;
  loadGeneratorCorePct: number;
  /** Redis commands per 2xx answer. */
  redisCallsPerRequest: Record<string, number>;
}

export interface RunInfo {
  startedAt: Date;
  loadAtStart: number;
  durationS: number;
  warmUpS: number;
  slices: number;
  sliceS: number;
  connections: number;
  logLevel: string;
  redisVersion: string;
  redisPeakBytes: number;
  source: string;
}

function find(rows: TargetSummary[], key: TargetKey): TargetSummary | undefined {
  return rows.find((row) => row.key === key);
}

export function ratioTo(row: TargetSummary, rows: TargetSummary[], key: TargetKey): number | undefined {
  const baseline = find(rows, key);
  return baseline ? row.requestsPerS / baseline.requestsPerS : undefined;
}

function formatRatio(row: TargetSummary, rows: TargetSummary[], key: TargetKey): string {
  if (row.key === key) return 'baseline';
  const ratio = ratioTo(row, rows, key);
  return ratio === undefined ? '—' : `${ratio.toFixed(2)}×`;
}

const ms = (value: number): string => value.toFixed(2);

export function formatTable(rows: TargetSummary[]): string {
  const lines = [
    '| target | req/s | p50 ms | p99 ms | vs bare (A) | vs empty (B) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.label} | ${Math.round(row.requestsPerS)} | ${ms(row.p50Ms)} | ${ms(row.p99Ms)} | ` +
        `${formatRatio(row, rows, 'bare')} | ${formatRatio(row, rows, 'empty')} |`,
    );
  return lines.join('\n');
}

/** The verdicts: the issue's 0.5× of baseline A, and design §2's latency target. */
export function describeVerdicts(rows: TargetSummary[]): string[] {
  const app = find(rows, 'app');
  const ratio = app && ratioTo(app, rows, 'bare');
  if (!app || ratio === undefined) return [];
  const met = ratio >= TARGET_RATIO_TO_BARE;
  const vsEmpty = ratioTo(app, rows, 'empty');
  return [
    `Target (issue): the app's webhook at ≥ ${TARGET_RATIO_TO_BARE}× baseline A, the bare Fastify route doing the ` +
      `same essential work (HMAC, JSON.parse, SET NX, LPUSH): ${ratio.toFixed(2)}× — ${met ? 'MET' : 'NOT MET'}` +
      (vsEmpty === undefined
        ? ''
        : ` (vs B, the empty route, ${vsEmpty.toFixed(2)}×: context only, not the target)`),
    `Design §2 (answers in < ${DESIGN_LATENCY_MS} ms): app p99 ${ms(app.p99Ms)} ms, max ${ms(app.maxMs)} ms at ` +
      `${Math.round(app.requestsPerS)} req/s — ${app.p99Ms < DESIGN_LATENCY_MS ? 'within' : 'OVER'}`,
  ];
}

const us = (value: number): string => (Number.isNaN(value) ? '?' : String(Math.round(value)));

function describeCalls(calls: Record<string, number>): string {
  const parts = Object.entries(calls)
    .filter(([, perRequest]) => perRequest >= 0.005)
    .sort(([, a], [, b]) => b - a)
    .map(([command, perRequest]) => `${command} ${perRequest.toFixed(2)}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** Where the CPU went per answer, and what each target asked of Redis: the figures behind the ratios. */
export function describeCosts(rows: TargetSummary[]): string[] {
  return rows.map((row) => {
    const cpu = row.cpuUsPerRequest;
    const queued = row.queued === null ? '' : ` · ${row.queued} queued for ${row.ok} 2xx`;
    return (
      `${row.key}: CPU µs/request server ${us(cpu.server)} (${us(row.serverCorePct)} % of a core), ` +
      `redis ${us(cpu.redis)}, load generator ${us(cpu.loadGenerator)} (${us(row.loadGeneratorCorePct)} %) · ` +
      `redis calls/request: ${describeCalls(row.redisCallsPerRequest)}${queued} · ` +
      `${row.non2xx} non-2xx, ${row.errors} errors · slices ${row.sliceRequestsPerS.join('/')} req/s`
    );
  });
}

/** Measured figures that cannot be trusted: non-2xx answers, errors, lost or extra queued messages. */
export function findProblems(rows: TargetSummary[], connections: number): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    if (row.non2xx > 0 || row.errors > 0)
      problems.push(`${row.key}: ${row.non2xx} non-2xx answers, ${row.errors} socket errors/timeouts`);
    // Requests in flight when a slice ends are queued by the server but not counted by the client.
    if (
      row.queued !== null &&
      (row.queued < row.ok || row.queued > row.ok + connections * row.sliceRequestsPerS.length)
    )
      problems.push(`${row.key}: ${row.queued} messages queued for ${row.ok} 2xx answers`);
    if (row.loadGeneratorCorePct > 90)
      problems.push(
        `${row.key}: the load generator used ${us(row.loadGeneratorCorePct)} % of a core: its figure is a floor`,
      );
  }
  return problems;
}

/** The load average is printed because other work on the machine skews every figure. */
export function describeEnvironment(run: RunInfo): string {
  return [
    `node ${process.version}`,
    `${availableParallelism()} CPUs (load ${run.loadAtStart.toFixed(2)} at start)`,
    `${run.durationS} s measured per target after ${run.warmUpS} s warm-up, in ${run.slices} alternating slices of ${Number(run.sliceS.toFixed(2))} s`,
    `${run.connections} connections, pipelining 1, a new signed message id per request`,
    `app LOG_LEVEL=${run.logLevel}, APP_ROLE=api`,
    `redis-server ${run.redisVersion} on loopback, flushed between slices (peak ${(run.redisPeakBytes / 2 ** 20).toFixed(1)} MiB)`,
    `commit ${run.source}`,
  ].join(' · ');
}

export function summariseLatencies(
  latenciesMs: number[],
): Pick<TargetSummary, 'p50Ms' | 'p90Ms' | 'p99Ms' | 'maxMs'> {
  const sorted = Float64Array.from(latenciesMs).sort();
  const at = (p: number): number =>
    sorted.length === 0 ? Number.NaN : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  return {
    p50Ms: at(50),
    p90Ms: at(90),
    p99Ms: at(99),
    maxMs: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
  };
}

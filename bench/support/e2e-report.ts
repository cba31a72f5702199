import { availableParallelism } from 'node:os';
import type { PhaseSummary } from './e2e-summary';
import type { NluTiming } from './nlu-timing';
import type { ProfileBreakdown } from './profile-breakdown';

/** The targets, on this 2-core machine. */
export const TARGET_MESSAGES_PER_S = 1000;
export const TARGET_P99_MS = 50;
/** Past this share of a core, the bench process (load generator and fake Graph) may be what limits. */
const BENCH_CORE_LIMIT_PCT = 90;

/** The message kinds sent once each before the load, and what came back. */
export interface PreflightRow {
  label: string;
  input: string | null;
  target: string;
  replies: string[];
  ms: number;
  ok: boolean;
}

export interface RunInfo {
  startedAt: Date;
  loadAtStart: number;
  loadAtEnd: number;
  durationS: number;
  warmUpS: number;
  sliceS: number;
  window: number;
  ratePerS: number;
  workerConcurrency: number;
  nlpThread: string;
  appRun: string;
  logLevel: string;
  appNodeArgs: string[];
  redisVersion: string;
  redisPeakBytes: number;
  source: string;
  srcFingerprint: string;
}

const ms = (value: number): string =>
  Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1);
const whole = (value: number): string => (Number.isNaN(value) ? '—' : String(Math.round(value)));
const perMessage = (value: number): string => (value >= 9.95 ? value.toFixed(0) : value.toFixed(1));

function ratioTo(row: PhaseSummary, baseline: PhaseSummary | undefined): string {
  if (!baseline) return '—';
  if (row.key === baseline.key) return 'baseline';
  return `${(row.messagesPerS / baseline.messagesPerS).toFixed(2)}×`;
}

export function formatSaturation(rows: PhaseSummary[]): string {
  const bare = rows.find((row) => row.key === 'bare');
  const lines = [
    '| target | msg/s | vs bare | e2e p50 ms | e2e p99 ms | webhook 2xx | webhook p99 ms | CPU µs/msg app · redis · bench | cores app · redis · bench |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const cpu = row.cpuUsPerMessage;
    const cores = row.corePct;
    lines.push(
      `| ${row.label} | ${whole(row.messagesPerS)} | ${ratioTo(row, bare)} | ${ms(row.e2e.p50Ms)} | ${ms(row.e2e.p99Ms)} | ` +
        `${row.webhook2xxPct.toFixed(1)} % | ${ms(row.webhook.p99Ms)} | ${whole(cpu.server)} · ${whole(cpu.redis)} · ${whole(cpu.bench)} | ` +
        `${(cores.server / 100).toFixed(2)} · ${(cores.redis / 100).toFixed(2)} · ${(cores.bench / 100).toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

export function formatFixedRate(rows: PhaseSummary[]): string {
  const lines = [
    '| target | offered msg/s | answered msg/s | e2e p50 ms | e2e p90 ms | e2e p99 ms | e2e max ms | webhook p50 · p99 ms | lost | generator lag p99 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.label} | ${whole(row.offeredPerS)} | ${whole(row.messagesPerS)} | ${ms(row.e2e.p50Ms)} | ${ms(row.e2e.p90Ms)} | ` +
        `${ms(row.e2e.p99Ms)} | ${ms(row.e2e.maxMs)} | ${ms(row.webhook.p50Ms)} · ${ms(row.webhook.p99Ms)} | ${row.lost} | ${ms(row.generatorLagP99Ms)} |`,
    );
  return lines.join('\n');
}

export function describeVerdicts(
  saturation: PhaseSummary[],
  fixed: PhaseSummary[],
  nlu?: NluTiming,
): string[] {
  const verdicts: string[] = [];
  const busy = saturation.find((row) => row.key === 'realistic');
  if (busy)
    verdicts.push(
      `Target (issue): ≥ ${TARGET_MESSAGES_PER_S} msg/s at saturation, realistic mix: ${whole(busy.messagesPerS)} msg/s — ` +
        `${busy.messagesPerS >= TARGET_MESSAGES_PER_S ? 'MET' : 'NOT MET'} (slices ${busy.sliceMessagesPerS.join('/')} msg/s)`,
    );
  const steady = fixed.find((row) => row.key === 'realistic');
  if (steady)
    verdicts.push(
      `Target (issue): p99 < ${TARGET_P99_MS} ms from webhook POST to reply at ${whole(steady.offeredPerS)} msg/s, realistic mix: ` +
        `p50 ${ms(steady.e2e.p50Ms)} ms, p99 ${ms(steady.e2e.p99Ms)} ms, max ${ms(steady.e2e.maxMs)} ms — ` +
        `${steady.e2e.p99Ms < TARGET_P99_MS && steady.lost === 0 ? 'MET' : 'NOT MET'}`,
    );
  if (nlu)
    verdicts.push(
      `NLU (NluService.parse in process, realistic mix after warm-up): p50 ${whole(nlu.overall.p50Us)} µs, ` +
        `p99 ${whole(nlu.overall.p99Us)} µs, max ${whole(nlu.overall.maxUs)} µs over ${nlu.overall.samples} parses`,
    );
  return verdicts;
}

/** The commands most used per message (the first `top`), the rest summed. */
function describeCalls(calls: Record<string, number>, top = 12): string {
  const sorted = Object.entries(calls)
    .filter(([, n]) => n >= 0.05)
    .sort(([, a], [, b]) => b - a);
  const parts = sorted.slice(0, top).map(([command, n]) => `${command} ${perMessage(n)}`);
  const rest = sorted.slice(top).reduce((total, [, n]) => total + n, 0);
  if (rest > 0) parts.push(`${sorted.length - top} others ${perMessage(rest)}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** Where each target's messages spent CPU, Redis traffic and queue time. */
export function describeCosts(rows: PhaseSummary[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    const total = Object.values(row.redisCallsPerMessage).reduce((a, b) => a + b, 0);
    const cpu = row.cpuUsPerMessage;
    lines.push(
      `**${row.label}** (${row.phase}): CPU per message app ${whole(cpu.server)} µs, redis ${whole(cpu.redis)} µs, ` +
        `bench ${whole(cpu.bench)} µs`,
    );
    lines.push(
      `- replies per message ${row.repliesPerMessage.toFixed(2)}, read receipts ${row.readsPerMessage.toFixed(2)}; ` +
        `Redis ran ${perMessage(total)} commands per message (INFO commandstats, inside scripts included): ${describeCalls(row.redisCallsPerMessage)}`,
    );
    const app = row.app;
    if (app) {
      lines.push(
        `- the app sent ${perMessage(app.commands)} commands in ${perMessage(app.roundTrips)} round trips per message: ` +
          app.connections
            .filter((c) => c.roundTrips >= 0.05)
            .map((c) => `${c.connection} ${perMessage(c.roundTrips)} (${describeCalls(c.byCommand)})`)
            .join('; '),
      );
      lines.push(
        `- app main thread ${ms(app.mainThreadCpuUsPerMessage)} µs of CPU per message; event loop busy ${app.eventLoopBusyPct.toFixed(0)} %, delay p99 ${ms(app.delayP99Ms)} ms (max ${ms(app.delayMaxMs)}); ` +
          `GC ${ms(app.gcMsPerMessage * 1000)} µs per message (${app.gcPctOfCpu.toFixed(1)} % of the app's CPU; major ${ms(app.gcMajorMsPerMessage * 1000)} µs)`,
      );
    }
    const queues = Object.entries(row.queueDepth).map(
      ([name, depth]) => `${name} ${depth.toFixed(1)} (${ms(row.queueTimeMs[name])} ms)`,
    );
    if (queues.length > 0)
      lines.push(`- queue lists, mean length (time per message by Little's law): ${queues.join(', ')}`);
  }
  return lines;
}

export function formatPreflight(rows: PreflightRow[]): string {
  const clip = (text: string): string => {
    const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
    return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat;
  };
  const lines = [
    '| server | kind | sent | first reply | replies | ms | ok |',
    '| --- | --- | --- | --- | ---: | ---: | --- |',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.target} | ${row.label} | ${row.input === null ? '(sticker)' : clip(row.input)} | ${clip(row.replies[0] ?? '(none)')} | ` +
        `${row.replies.length} | ${ms(row.ms)} | ${row.ok ? 'yes' : 'NO'} |`,
    );
  return lines.join('\n');
}

export function formatNlu(nlu: NluTiming): string {
  const lines = [
    '| kind | intent · language · entities | parse p50 µs | parse p99 µs | unique text p50 · p99 µs | language guess p50 µs | entities p50 · p99 µs |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of nlu.rows)
    lines.push(
      `| ${row.label} | ${row.intent} · ${row.language} · ${row.entities.join(', ') || '—'} | ${whole(row.parse.p50Us)} | ` +
        `${whole(row.parse.p99Us)} | ${whole(row.parseUnique.p50Us)} · ${whole(row.parseUnique.p99Us)} | ` +
        `${whole(row.detectLanguage.p50Us)} | ${whole(row.extractEntities.p50Us)} · ${whole(row.extractEntities.p99Us)} |`,
    );
  lines.push(
    `| **mix (weighted)** | | **${whole(nlu.overall.p50Us)}** | **${whole(nlu.overall.p99Us)}** | ` +
      `${whole(nlu.overallUnique.p50Us)} · ${whole(nlu.overallUnique.p99Us)} | | |`,
  );
  return lines.join('\n');
}

export function formatProfile(label: string, breakdown: ProfileBreakdown): string {
  const table = (title: string, shares: ProfileBreakdown['self']): string[] => [
    `| ${title} | % of busy | µs per message |`,
    '| --- | ---: | ---: |',
    ...shares
      .filter((s) => s.pct >= 0.3)
      .map((s) => `| ${s.category} | ${s.pct.toFixed(1)} | ${perMessage(s.usPerMessage)} |`),
  ];
  return [
    `${label}: ${breakdown.busyS.toFixed(2)} s busy, ${breakdown.idleS.toFixed(2)} s idle on the main thread for ` +
      `${breakdown.messages} messages; µs per message are the shares of the ${whole(breakdown.cpuUsPerMessage)} µs ` +
      'of CPU per message measured in the same slices',
    '',
    ...table('self time, by the innermost frame of a known package', breakdown.self),
    '',
    ...table('inclusive: the subsystem anywhere on the synchronous stack', breakdown.inclusive),
  ].join('\n');
}

/** The load average is printed because other work on the machine skews every figure. */
export function describeEnvironment(run: RunInfo): string {
  return [
    `node ${process.version}`,
    `${availableParallelism()} CPUs (load ${run.loadAtStart.toFixed(2)} at start, ${run.loadAtEnd.toFixed(2)} at end)`,
    `${run.durationS} s measured per target and phase after ${run.warmUpS} s warm-up, in slices of ${run.sliceS} s rotating between targets`,
    `saturation: closed loop, ${run.window} messages in flight; fixed rate: open loop at ${run.ratePerS} msg/s`,
    `app ${run.appRun === 'compiled' ? 'compiled by tsc (as shipped)' : 'under ts-node'}, APP_ROLE=all, WORKER_CONCURRENCY=${run.workerConcurrency}, NLP_THREAD=${run.nlpThread}, LOG_LEVEL=${run.logLevel}` +
      (run.appNodeArgs.length > 0 ? `, node ${run.appNodeArgs.join(' ')}` : ''),
    `redis-server ${run.redisVersion} on loopback (peak ${(run.redisPeakBytes / 2 ** 20).toFixed(1)} MiB)`,
    `commit ${run.source} (src fingerprint ${run.srcFingerprint})`,
  ].join(' · ');
}

/** Figures that cannot be trusted, and replies that were wrong or missing: each fails the run. */
export function findProblems(
  rows: PhaseSummary[],
  preflightRows: PreflightRow[],
  strayReplies: number,
): string[] {
  const problems: string[] = [];
  for (const row of preflightRows.filter((r) => !r.ok))
    problems.push(
      `pre-flight ${row.target} "${row.input ?? '(sticker)'}": wrong or no reply: ${JSON.stringify(row.replies)}`,
    );
  for (const row of rows) {
    const name = `${row.label} (${row.phase})`;
    if (row.lost > 0)
      problems.push(
        `${name}: ${row.lost} of ${row.sent} messages without a reply (${row.webhookNon2xx} non-2xx, ` +
          `${row.webhookErrors} POST errors); e.g. ${JSON.stringify(row.failures)}`,
      );
    if (row.graphRejected > 0) problems.push(`${name}: the fake Graph refused ${row.graphRejected} calls`);
    if (row.corePct.bench > BENCH_CORE_LIMIT_PCT)
      problems.push(
        `${name}: the bench process used ${row.corePct.bench.toFixed(0)} % of a core: its figure is a floor`,
      );
  }
  if (strayReplies > 0) problems.push(`${strayReplies} replies reached guests who wrote nothing`);
  return problems;
}

import type { ConnectionCounts } from '../servers/app-instruments';
import type { Journey } from './e2e-load';
import { isAnswered, type Phase, type SliceMeasure, type Target, type TargetKey } from './e2e-targets';
import { summariseLatencies } from './ingest-report';
import { summariseTail, type TailSummary } from './e2e-tail';

export interface Percentiles {
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Redis traffic of one of the app's connections, per message. */
export interface ConnectionUse {
  connection: string;
  roundTrips: number;
  commands: number;
  byCommand: Record<string, number>;
}

/** What the app's instruments saw, per message or as shares. */
export interface AppUse {
  connections: ConnectionUse[];
  roundTrips: number;
  commands: number;
  eventLoopBusyPct: number;
  /** CPU of the main thread (the event loop) per message, µs; the rest of the app's is other threads. */
  mainThreadCpuUsPerMessage: number;
  gcMsPerMessage: number;
  /** GC pauses as a share of the app's CPU time. */
  gcPctOfCpu: number;
  gcMajorMsPerMessage: number;
  delayP99Ms: number;
  delayMaxMs: number;
}

export interface PhaseSummary {
  key: TargetKey;
  label: string;
  phase: Phase;
  sent: number;
  answered: number;
  lost: number;
  webhookNon2xx: number;
  webhookErrors: number;
  webhook2xxPct: number;
  /** First replies per second of measured window (steady state under saturation). */
  messagesPerS: number;
  offeredPerS: number;
  sliceMessagesPerS: number[];
  e2e: Percentiles;
  webhook: Percentiles;
  generatorLagP99Ms: number;
  repliesPerMessage: number;
  readsPerMessage: number;
  graphRejected: number;
  cpuUsPerMessage: { server: number; redis: number; bench: number };
  corePct: { server: number; redis: number; bench: number };
  /** INFO commandstats per message: every command Redis ran, those inside scripts included. */
  redisCallsPerMessage: Record<string, number>;
  app?: AppUse;
  /** Fixed rate only: the slow messages and the windows they came in. */
  tail?: TailSummary;
  queueDepth: Record<string, number>;
  /** Little's law: the mean time a message spends in each sampled list, in ms. */
  queueTimeMs: Record<string, number>;
  /** A few messages that got no reply or a refusal, as sent. */
  failures: Array<{ input: string | null; outcome: string }>;
}

const FAILURES_KEPT = 5;

/** `agente-hotel:worker:inbound` → `worker:inbound`; BullMQ's blocking `<prefix>bull:<base64 queue>` → `blocking:<queue>`. */
function connectionLabel(name: string): string {
  const named = /^agente-hotel:(.+)$/.exec(name);
  if (named) return named[1];
  const blocking = /bull:([A-Za-z0-9+/=]+)$/.exec(name);
  if (blocking) return `blocking:${Buffer.from(blocking[1], 'base64').toString('utf8')}`;
  return name;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function describeFailure(journey: Journey): string {
  if (journey.webhookError) return `webhook POST failed: ${journey.webhookError}`;
  if (journey.webhookStatus !== undefined && (journey.webhookStatus < 200 || journey.webhookStatus >= 300))
    return `webhook answered ${journey.webhookStatus}`;
  return `webhook answered ${journey.webhookStatus ?? 'nothing'}, no reply at the fake Graph in time`;
}

function summariseApp(slices: SliceMeasure[], messages: number, cpuS: number): AppUse | undefined {
  const deltas = slices.flatMap((slice) => (slice.app ? [slice.app] : []));
  if (deltas.length === 0) return undefined;
  const merged = new Map<string, ConnectionCounts>();
  for (const delta of deltas)
    for (const [name, counts] of Object.entries(delta.redis)) {
      const label = connectionLabel(name);
      const into = merged.get(label) ?? { commands: {}, writes: 0 };
      into.writes += counts.writes;
      for (const [command, n] of Object.entries(counts.commands))
        into.commands[command] = (into.commands[command] ?? 0) + n;
      merged.set(label, into);
    }
  const connections: ConnectionUse[] = [...merged]
    .map(([connection, counts]) => {
      const byCommand = Object.fromEntries(
        Object.entries(counts.commands)
          .map(([command, n]): [string, number] => [command, n / messages])
          .sort(([, a], [, b]) => b - a),
      );
      return {
        connection,
        roundTrips: counts.writes / messages,
        commands: sum(Object.values(byCommand)),
        byCommand,
      };
    })
    .sort((a, b) => b.roundTrips - a.roundTrips);
  const gcMs = sum(deltas.map((d) => d.gcMs));
  return {
    connections,
    roundTrips: sum(connections.map((c) => c.roundTrips)),
    commands: sum(connections.map((c) => c.commands)),
    eventLoopBusyPct: (100 * sum(deltas.map((d) => d.eventLoopActiveMs))) / sum(deltas.map((d) => d.wallMs)),
    mainThreadCpuUsPerMessage: (1000 * sum(deltas.map((d) => d.mainThreadCpuMs))) / messages,
    gcMsPerMessage: gcMs / messages,
    gcPctOfCpu: (100 * gcMs) / (1000 * cpuS),
    gcMajorMsPerMessage: sum(deltas.map((d) => d.gcMajorMs)) / messages,
    delayP99Ms: Math.max(...deltas.map((d) => d.delayP99Ms)),
    delayMaxMs: Math.max(...deltas.map((d) => d.delayMaxMs)),
  };
}

/** One target's figures for one phase, over all its slices. */
export function summarisePhase(target: Target, phase: Phase, offeredPerS = Number.NaN): PhaseSummary {
  const slices = target.slices[phase];
  const journeys = slices.flatMap((slice) => slice.run.journeys);
  const answered = journeys.filter(isAnswered);
  const windowMs = sum(slices.map((slice) => slice.run.endMs - slice.run.startMs));
  const inWindow = (slice: SliceMeasure): number =>
    slice.run.journeys.filter(
      (j) =>
        j.firstReplyMs !== undefined &&
        j.firstReplyMs >= slice.run.startMs &&
        j.firstReplyMs < slice.run.endMs,
    ).length;
  const messagesPerS =
    phase === 'saturation'
      ? (1000 * sum(slices.map(inWindow))) / windowMs
      : (1000 * answered.length) / windowMs;
  const ok = journeys.filter(
    (j) => j.webhookStatus !== undefined && j.webhookStatus >= 200 && j.webhookStatus < 300,
  );
  const cpu = {
    server: sum(slices.map((s) => s.cpuS.server)),
    redis: sum(slices.map((s) => s.cpuS.redis)),
    bench: sum(slices.map((s) => s.cpuS.bench)),
  };
  const sliceS = sum(slices.map((s) => (s.window.endUs - s.window.startUs) / 1e6));
  const perMessage = (value: number): number => value / Math.max(1, answered.length);
  const redisCallsPerMessage: Record<string, number> = {};
  for (const slice of slices)
    for (const [command, calls] of Object.entries(slice.redisCalls))
      redisCallsPerMessage[command] = (redisCallsPerMessage[command] ?? 0) + perMessage(calls);
  const queueDepth: Record<string, number> = {};
  for (const name of Object.keys(target.queueLists))
    queueDepth[name] = sum(slices.map((s) => s.queueDepth[name] ?? 0)) / Math.max(1, slices.length);
  const queueTimeMs = Object.fromEntries(
    Object.entries(queueDepth).map(([name, depth]) => [name, (1000 * depth) / messagesPerS]),
  );
  return {
    key: target.key,
    label: target.label,
    phase,
    sent: journeys.length,
    answered: answered.length,
    lost: journeys.length - answered.length,
    webhookNon2xx: journeys.filter(
      (j) => j.webhookStatus !== undefined && (j.webhookStatus < 200 || j.webhookStatus >= 300),
    ).length,
    webhookErrors: journeys.filter((j) => j.webhookError !== undefined).length,
    webhook2xxPct: (100 * ok.length) / Math.max(1, journeys.length),
    messagesPerS,
    offeredPerS,
    sliceMessagesPerS: slices.map((slice) =>
      Math.round(
        phase === 'saturation'
          ? (1000 * inWindow(slice)) / (slice.run.endMs - slice.run.startMs)
          : (1000 * slice.run.journeys.filter(isAnswered).length) / (slice.run.endMs - slice.run.startMs),
      ),
    ),
    e2e: summariseLatencies(answered.map((j) => j.firstReplyMs - j.postedMs)),
    webhook: summariseLatencies(ok.map((j) => j.webhookMs ?? Number.NaN)),
    generatorLagP99Ms: summariseLatencies(journeys.map((j) => j.postedMs - j.scheduledMs)).p99Ms,
    ...(phase === 'fixed-rate'
      ? {
          tail: summariseTail(
            journeys,
            slices.flatMap((slice) => slice.app?.majorGcsAtMs ?? []),
          ),
        }
      : {}),
    repliesPerMessage: perMessage(sum(slices.map((s) => s.graph.replies))),
    readsPerMessage: perMessage(sum(slices.map((s) => s.graph.reads))),
    graphRejected: sum(slices.map((s) => s.graph.rejected)),
    cpuUsPerMessage: {
      server: perMessage(1e6 * cpu.server),
      redis: perMessage(1e6 * cpu.redis),
      bench: perMessage(1e6 * cpu.bench),
    },
    corePct: {
      server: (100 * cpu.server) / sliceS,
      redis: (100 * cpu.redis) / sliceS,
      bench: (100 * cpu.bench) / sliceS,
    },
    redisCallsPerMessage,
    ...(target.statsUrl ? { app: summariseApp(slices, Math.max(1, answered.length), cpu.server) } : {}),
    queueDepth,
    queueTimeMs,
    failures: journeys
      .filter((j) => !isAnswered(j))
      .slice(0, FAILURES_KEPT)
      .map((j) => ({ input: j.delivery.kind.text, outcome: describeFailure(j) })),
  };
}

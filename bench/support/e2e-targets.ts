import type { AppStats, ConnectionCounts } from '../servers/app-instruments';
import type { ChildServer } from './child-server';
import { type Journey, type JourneyTracker, runClosedLoop, runOpenLoop, type SliceRun } from './e2e-load';
import type { FakeGraph } from './fake-graph';
import type { DeliveryFactory, GuestMix } from './guest-mix';
import { ownCpuS, processCpuS } from './process-cpu';
import type { RedisProbe } from './redis-probe';
import type { Window } from './profile-breakdown';

export type TargetKey = 'realistic' | 'greetings' | 'sticker' | 'bare';
export type Phase = 'saturation' | 'fixed-rate';

/** The queues whose depth is sampled during a slice (BullMQ lists, or the baseline's one list). */
export interface QueueLists {
  [name: string]: string;
}

/** A server under load with one mix of messages. The three app targets share one app process. */
export interface Target {
  key: TargetKey;
  label: string;
  server: ChildServer;
  url: string;
  mix: GuestMix;
  /** Where the app's instruments answer (the app targets only). */
  statsUrl?: string;
  queueLists: QueueLists;
  slices: Record<Phase, SliceMeasure[]>;
}

export interface AppStatsDelta {
  redis: Record<string, ConnectionCounts>;
  eventLoopActiveMs: number;
  mainThreadCpuMs: number;
  wallMs: number;
  gcMs: number;
  gcCount: number;
  gcMajorMs: number;
  delayP99Ms: number;
  delayMaxMs: number;
  /** The app's major GCs during the slice: when each began (on the bench's performance.now() clock). */
  majorGcsAtMs: number[];
}

/** One slice of load on one target, and what every process spent on it. */
export interface SliceMeasure {
  run: SliceRun;
  window: Window;
  cpuS: { server: number; redis: number; bench: number };
  redisCalls: Record<string, number>;
  graph: { replies: number; reads: number; rejected: number };
  app?: AppStatsDelta;
  /** Mean length of each sampled queue list over the measured window. */
  queueDepth: Record<string, number>;
}

/** How often queue lengths are sampled during a slice. */
const QUEUE_SAMPLE_MS = 100;

function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

async function readStats(url: string | undefined): Promise<AppStats | undefined> {
  if (!url) return undefined;
  const response = await fetch(url);
  return (await response.json()) as AppStats;
}

function diffStats(before: AppStats, after: AppStats, wallMs: number): AppStatsDelta {
  const redis: Record<string, ConnectionCounts> = {};
  for (const [connection, counts] of Object.entries(after.redis)) {
    const earlier = before.redis[connection] ?? { commands: {}, writes: 0 };
    const commands: Record<string, number> = {};
    for (const [command, n] of Object.entries(counts.commands)) {
      const delta = n - (earlier.commands[command] ?? 0);
      if (delta > 0) commands[command] = delta;
    }
    redis[connection] = { commands, writes: counts.writes - earlier.writes };
  }
  return {
    redis,
    eventLoopActiveMs: after.eventLoop.activeMs - before.eventLoop.activeMs,
    mainThreadCpuMs: after.mainThreadCpuMs - before.mainThreadCpuMs,
    wallMs,
    gcMs: after.gc.ms - before.gc.ms,
    gcCount: after.gc.count - before.gc.count,
    gcMajorMs: after.gc.majorMs - before.gc.majorMs,
    delayP99Ms: after.eventLoop.delayP99Ms,
    delayMaxMs: after.eventLoop.delayMaxMs,
    majorGcsAtMs: after.majorGcs
      .filter((g) => !before.majorGcs.some((b) => b.atEpochMs === g.atEpochMs))
      .map((g) => g.atEpochMs - performance.timeOrigin),
  };
}

/** Samples the queue lists every QUEUE_SAMPLE_MS until stopped; the probe's own LLENs are counted. */
function sampleQueues(
  probe: RedisProbe,
  lists: QueueLists,
): { stop(): Promise<Record<string, number>>; calls: () => number } {
  const sums: Record<string, number> = Object.fromEntries(Object.keys(lists).map((name) => [name, 0]));
  let samples = 0;
  let calls = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const lengths = await Promise.all(Object.values(lists).map((key) => probe.listLength(key)));
      calls += lengths.length;
      Object.keys(lists).forEach((name, i) => (sums[name] += lengths[i]));
      samples += 1;
      await new Promise((resolve) => setTimeout(resolve, QUEUE_SAMPLE_MS));
    }
  })();
  return {
    calls: () => calls,
    stop: async () => {
      stopped = true;
      await loop;
      return Object.fromEntries(
        Object.entries(sums).map(([name, sum]) => [name, samples ? sum / samples : 0]),
      );
    },
  };
}

/**
 * Runs one slice of load (`load` sends and waits until every message settled) and measures it: the
 * CPU of the server, Redis and this process, Redis's commands (INFO commandstats, the probe's own
 * calls taken out), the app's instruments, the fake Graph's counts and the queues' depth.
 */
export async function measureSlice(
  target: Target,
  probe: RedisProbe,
  graph: FakeGraph,
  load: () => Promise<SliceRun>,
): Promise<SliceMeasure> {
  const redisAtStart = await probe.startSlice();
  const statsBefore = await readStats(target.statsUrl);
  const graphBefore = { ...graph.counts };
  const serverAtStart = processCpuS(target.server.pid);
  const benchAtStart = ownCpuS();
  const startUs = monotonicUs();
  const sampler = sampleQueues(probe, target.queueLists);
  const run = await load();
  const endUs = monotonicUs();
  const queueDepth = await sampler.stop();
  const cpuS = {
    server: processCpuS(target.server.pid) - serverAtStart,
    bench: ownCpuS() - benchAtStart,
    redis: 0,
  };
  const statsAfter = await readStats(target.statsUrl);
  const redis = await probe.endSlice(redisAtStart);
  cpuS.redis = redis.cpuS;
  const redisCalls = { ...redis.calls };
  redisCalls.llen = (redisCalls.llen ?? 0) - sampler.calls();
  if (redisCalls.llen <= 0) delete redisCalls.llen;
  return {
    run,
    window: { startUs, endUs },
    cpuS,
    redisCalls,
    graph: {
      replies: graph.counts.replies - graphBefore.replies,
      reads: graph.counts.reads - graphBefore.reads,
      rejected: graph.counts.rejected - graphBefore.rejected,
    },
    ...(statsBefore && statsAfter
      ? { app: diffStats(statsBefore, statsAfter, (endUs - startUs) / 1000) }
      : {}),
    queueDepth,
  };
}

/** Whether a journey ended with a reply. */
export function isAnswered(journey: Journey): journey is Journey & { firstReplyMs: number } {
  return journey.firstReplyMs !== undefined;
}

export const SLICE_S = 2;

/** What drives the load and watches it. */
export interface Loads {
  tracker: JourneyTracker;
  factory: DeliveryFactory;
  probe: RedisProbe;
  graph: FakeGraph;
}

/**
 * A warm-up per target (discarded: JIT, connections), then each phase (saturation, fixed rate) cut
 * into slices of SLICE_S that the targets take in turn, the order rotating each slice, so a change
 * in machine load falls on all of them. Returns Redis's peak memory in bytes.
 */
export async function runPhases(
  targets: Target[],
  loads: Loads,
  settings: { durationS: number; warmUpS: number; window: number; ratePerS: number },
): Promise<number> {
  const { tracker, factory, probe, graph } = loads;
  const closed = (target: Target, durationS: number) => () =>
    runClosedLoop(tracker, target.url, () => factory.next(target.mix), {
      window: settings.window,
      durationS,
    });
  const open = (target: Target) => () =>
    runOpenLoop(tracker, target.url, () => factory.next(target.mix), {
      ratePerS: settings.ratePerS,
      durationS: SLICE_S,
    });
  for (const target of targets) {
    console.error(`warming up ${target.label} (${settings.warmUpS} s)`);
    await closed(target, settings.warmUpS)();
  }
  let peakBytes = 0;
  const slices = Math.max(1, Math.round(settings.durationS / SLICE_S));
  for (const phase of ['saturation', 'fixed-rate'] as const) {
    console.error(`${phase}: ${slices} slices of ${SLICE_S} s per target, in rotating order`);
    for (let slice = 0; slice < slices; slice++) {
      for (const target of targets.map((_, i) => targets[(i + slice) % targets.length])) {
        const load = phase === 'saturation' ? closed(target, SLICE_S) : open(target);
        target.slices[phase].push(await measureSlice(target, probe, graph, load));
        peakBytes = Math.max(peakBytes, await probe.usedMemoryBytes());
      }
    }
  }
  return peakBytes;
}

import { setTimeout as delay } from 'node:timers/promises';
import type { ChildServer } from './child-server';
import { summariseLatencies, type TargetKey, type TargetSummary } from './ingest-report';
import { ownCpuS, processCpuS } from './process-cpu';
import type { RedisProbe } from './redis-probe';
import type { SignedDeliveries } from './signed-deliveries';
import { fireDeliveries, type Volley } from './signed-load';

export const WARM_UP_S = 3;
/** Slices of about this length; short enough to interleave, long enough that connecting is noise. */
const SLICE_TARGET_S = 2;
/** Requests in flight when autocannon stops are still being answered: wait before counting the queue. */
const SETTLE_MS = 300;

/** A server under test: which file, and where its queued messages land. */
export interface TargetPlan {
  key: TargetKey;
  label: string;
  file: string;
  /** The list a queued message lands on, under the target's key prefix; none for the empty route. */
  queueList?: string;
}

/** A running target and what was measured of it so far. */
export interface Target extends TargetPlan {
  server: ChildServer;
  url: string;
  keyPrefix: string;
  latenciesMs: number[];
  volleys: Volley[];
  cpuS: { server: number; redis: number; loadGenerator: number };
  queued: number;
  calls: Record<string, number>;
}

async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, { method: 'POST', body, headers });
  const text = await response.text();
  try {
    return { status: response.status, json: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, json: text };
  }
}

function queuedOf(json: unknown): unknown {
  return typeof json === 'object' && json !== null ? (json as { queued?: unknown }).queued : undefined;
}

/**
 * One request first, so a target answering 4xx is not measured as a fast error path: a fresh
 * delivery is queued (200, queued 1), the same one again is a duplicate (queued 0), and a forged
 * signature is refused (401) — the measured work is the real work.
 */
export async function preflight(target: Target, deliveries: SignedDeliveries): Promise<void> {
  const delivery = deliveries.next();
  const fail = (what: string, answer: { status: number; json: unknown }): never => {
    throw new Error(`${target.label}: ${what}, got ${answer.status} ${JSON.stringify(answer.json)}`);
  };
  const first = await post(target.url, delivery.body, delivery.headers);
  if (target.key === 'empty') {
    if (first.status !== 200) fail('expected 200', first);
    return;
  }
  if (first.status !== 200 || queuedOf(first.json) !== 1) fail('expected 200 with queued: 1', first);
  const again = await post(target.url, delivery.body, delivery.headers);
  if (again.status !== 200 || queuedOf(again.json) !== 0)
    fail('a repeated id: expected 200 with queued: 0', again);
  const forged = await post(target.url, delivery.body, {
    ...delivery.headers,
    'x-hub-signature-256': `sha256=${'0'.repeat(64)}`,
  });
  if (forged.status !== 401) fail('a forged signature: expected 401', forged);
}

/** One slice against one target: load, then CPU, Redis commands and queue counted; Redis emptied after. */
async function measureSlice(
  target: Target,
  deliveries: SignedDeliveries,
  probe: RedisProbe,
  options: { durationS: number; connections: number },
): Promise<number> {
  const redisAtStart = await probe.startSlice();
  const serverAtStart = processCpuS(target.server.pid);
  const ownAtStart = ownCpuS();
  const volley = await fireDeliveries(target.url, deliveries, {
    ...options,
    latenciesMs: target.latenciesMs,
  });
  await delay(SETTLE_MS);
  target.cpuS.loadGenerator += ownCpuS() - ownAtStart;
  target.cpuS.server += processCpuS(target.server.pid) - serverAtStart;
  const redis = await probe.endSlice(redisAtStart);
  target.cpuS.redis += redis.cpuS;
  for (const [command, calls] of Object.entries(redis.calls))
    target.calls[command] = (target.calls[command] ?? 0) + calls;
  if (target.queueList) target.queued += await probe.listLength(target.keyPrefix + target.queueList);
  target.volleys.push(volley);
  const usedBytes = await probe.usedMemoryBytes();
  await probe.flush();
  return usedBytes;
}

export function summarise(target: Target): TargetSummary {
  const sum = (pick: (v: Volley) => number): number =>
    target.volleys.reduce((total, v) => total + pick(v), 0);
  const ok = sum((v) => v.ok);
  const elapsedS = sum((v) => v.elapsedS);
  const perRequestUs = (cpuS: number): number => (1e6 * cpuS) / ok;
  const calls: Record<string, number> = {};
  for (const [command, count] of Object.entries(target.calls)) calls[command] = count / ok;
  return {
    key: target.key,
    label: target.label,
    requestsPerS: ok / elapsedS,
    sliceRequestsPerS: target.volleys.map((v) => Math.round(v.ok / v.elapsedS)),
    ...summariseLatencies(target.latenciesMs),
    ok,
    non2xx: sum((v) => v.non2xx),
    errors: sum((v) => v.errors),
    elapsedS,
    queued: target.queueList ? target.queued : null,
    cpuUsPerRequest: {
      server: perRequestUs(target.cpuS.server),
      redis: perRequestUs(target.cpuS.redis),
      loadGenerator: perRequestUs(target.cpuS.loadGenerator),
    },
    serverCorePct: (100 * target.cpuS.server) / elapsedS,
    loadGeneratorCorePct: (100 * target.cpuS.loadGenerator) / elapsedS,
    redisCallsPerRequest: calls,
  };
}

/**
 * A warm-up per target (discarded: JIT, connections), then the measured time cut into slices that
 * the targets take in turn, the order rotating each slice. Also returns Redis's peak memory (bytes).
 */
export async function runSlices(
  targets: Target[],
  deliveries: SignedDeliveries,
  probe: RedisProbe,
  settings: { durationS: number; connections: number },
): Promise<{ slices: number; sliceS: number; peakBytes: number }> {
  const slices = Math.max(1, Math.round(settings.durationS / SLICE_TARGET_S));
  const sliceS = settings.durationS / slices;
  const options = { connections: settings.connections };
  for (const target of targets) {
    console.error(`warming up ${target.label} (${WARM_UP_S} s)`);
    await fireDeliveries(target.url, deliveries, { ...options, durationS: WARM_UP_S });
  }
  await delay(SETTLE_MS);
  await probe.flush();
  console.error(`measuring: ${slices} slices of ${sliceS} s per target, in rotating order`);
  let peakBytes = 0;
  for (let slice = 0; slice < slices; slice++) {
    const order = targets.map((_, i) => targets[(i + slice) % targets.length]);
    for (const target of order) {
      const usedBytes = await measureSlice(target, deliveries, probe, { ...options, durationS: sliceS });
      peakBytes = Math.max(peakBytes, usedBytes);
    }
  }
  return { slices, sliceS, peakBytes };
}

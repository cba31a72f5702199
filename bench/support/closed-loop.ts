import { performance } from 'node:perf_hooks';

/** One timed operation; `worker` is 0..concurrency-1, `seq` is unique per operation within a run. */
export type Operation = (worker: number, seq: number) => Promise<void>;

export interface LoopSettings {
  concurrency: number;
  warmUpS: number;
  durationS: number;
  /** The measured time is cut into slices of this length, taken by the operations in turn. */
  sliceS: number;
}

export interface LoopMeasurement {
  ops: number;
  errors: number;
  firstError?: string;
  /** Workers that completed at least one operation: under contention, fewer than all means starvation. */
  workersServed: number;
  elapsedS: number;
  opsPerS: number;
  /** Ops/s of each measured slice, in order: their spread shows how steady the machine was. */
  sliceOpsPerS: number[];
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

interface Tally {
  latenciesMs: number[];
  errors: number;
  firstError?: string;
  served: Set<number>;
  elapsedS: number;
  sliceOpsPerS: number[];
  nextSeq: number;
}

/**
 * Closed loop: `concurrency` workers each run an operation back to back. Every operation first gets
 * a warm-up (discarded: JIT, script loading), then the operations take turns in short slices, the
 * order flipping each slice, so a change in machine load during the run hits them alike. Latency is
 * taken on the monotonic clock; failed operations are counted, not timed.
 */
export async function measureInterleaved(
  operations: Operation[],
  settings: LoopSettings,
): Promise<LoopMeasurement[]> {
  const tallies = operations.map(newTally);
  for (const [i, operation] of operations.entries()) {
    const warmUp = newTally();
    await runSlice(operation, settings.concurrency, settings.warmUpS, warmUp);
    // The warm-up figures are dropped, but its sequence goes on, so no key is used twice.
    tallies[i].nextSeq = warmUp.nextSeq;
  }
  const slices = Math.max(1, Math.round(settings.durationS / settings.sliceS));
  for (let slice = 0; slice < slices; slice++) {
    const order = operations.map((_, i) => i);
    if (slice % 2 === 1) order.reverse();
    for (const i of order) await runSlice(operations[i], settings.concurrency, settings.sliceS, tallies[i]);
  }
  return tallies.map(summarise);
}

function newTally(): Tally {
  return { latenciesMs: [], errors: 0, served: new Set(), elapsedS: 0, sliceOpsPerS: [], nextSeq: 0 };
}

async function runSlice(
  operation: Operation,
  concurrency: number,
  durationS: number,
  tally: Tally,
): Promise<void> {
  const started = performance.now();
  const opsBefore = tally.latenciesMs.length;
  const deadline = started + durationS * 1000;
  const worker = async (id: number): Promise<void> => {
    while (performance.now() < deadline) {
      const before = performance.now();
      try {
        await operation(id, tally.nextSeq++);
        tally.latenciesMs.push(performance.now() - before);
        tally.served.add(id);
      } catch (error: unknown) {
        tally.errors += 1;
        tally.firstError ??= error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, id) => worker(id)));
  // Until the last in-flight operation ended, so ops/s is not inflated by work past the deadline.
  const elapsedS = (performance.now() - started) / 1000;
  tally.elapsedS += elapsedS;
  tally.sliceOpsPerS.push((tally.latenciesMs.length - opsBefore) / elapsedS);
}

function summarise(tally: Tally): LoopMeasurement {
  const sorted = Float64Array.from(tally.latenciesMs).sort();
  return {
    ops: sorted.length,
    errors: tally.errors,
    ...(tally.firstError === undefined ? {} : { firstError: tally.firstError }),
    workersServed: tally.served.size,
    elapsedS: tally.elapsedS,
    opsPerS: sorted.length / tally.elapsedS,
    sliceOpsPerS: tally.sliceOpsPerS.map(Math.round),
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length > 0 ? sorted[sorted.length - 1] : Number.NaN,
  };
}

/** Nearest rank on every recorded latency: exact, where an HDR histogram would bucket. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

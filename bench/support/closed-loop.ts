import { performance } from 'node:perf_hooks';

/** One timed operation; `worker` is 0..concurrency-1, `seq` is unique within one measure() call. */
export type Operation = (worker: number, seq: number) => Promise<void>;

export interface LoopSettings {
  concurrency: number;
  warmUpS: number;
  durationS: number;
}

export interface LoopMeasurement {
  ops: number;
  errors: number;
  firstError?: string;
  /** Workers that completed at least one operation: under contention, fewer than all means starvation. */
  workersServed: number;
  elapsedS: number;
  opsPerS: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

interface Window {
  latenciesMs: number[];
  errors: number;
  firstError?: string;
  served: Set<number>;
  elapsedS: number;
}

/**
 * Closed loop: `concurrency` workers each run the operation back to back. A warm-up window
 * (discarded: JIT, script loading, connection setup) comes first, then the measured one. Latency is
 * taken on the monotonic clock; failed operations are counted, not timed.
 */
export async function measure(operation: Operation, settings: LoopSettings): Promise<LoopMeasurement> {
  const sequence = { next: 0 };
  await runWindow(operation, settings.concurrency, settings.warmUpS, sequence);
  return summarise(await runWindow(operation, settings.concurrency, settings.durationS, sequence));
}

async function runWindow(
  operation: Operation,
  concurrency: number,
  durationS: number,
  sequence: { next: number },
): Promise<Window> {
  const window: Window = { latenciesMs: [], errors: 0, served: new Set(), elapsedS: 0 };
  const started = performance.now();
  const deadline = started + durationS * 1000;
  const worker = async (id: number): Promise<void> => {
    while (performance.now() < deadline) {
      const before = performance.now();
      try {
        await operation(id, sequence.next++);
        window.latenciesMs.push(performance.now() - before);
        window.served.add(id);
      } catch (error: unknown) {
        window.errors += 1;
        window.firstError ??= error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, id) => worker(id)));
  // Until the last in-flight operation ended, so ops/s is not inflated by work past the deadline.
  window.elapsedS = (performance.now() - started) / 1000;
  return window;
}

function summarise(window: Window): LoopMeasurement {
  const sorted = Float64Array.from(window.latenciesMs).sort();
  return {
    ops: sorted.length,
    errors: window.errors,
    ...(window.firstError === undefined ? {} : { firstError: window.firstError }),
    workersServed: window.served.size,
    elapsedS: window.elapsedS,
    opsPerS: sorted.length / window.elapsedS,
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

/**
 * Every log line of a request or a job carries its correlation id (design §3). The id is passed
 * explicitly, as a field of each line, not carried by AsyncLocalStorage: on Node 20 that turns on
 * async hooks for every promise of the process, and cost about a tenth of the end-to-end throughput
 * (bench:e2e, 2026-11-26: 1,010-1,028 msg/s without, 903-925 with).
 *
 * Code deep in a call that is handed only an AbortSignal (the PMS wrapper, under an intent handler)
 * reads the id from the signal: the signal of a message's work is tagged with the message's id, and
 * every signal derived from it (a stage budget, a lock's keeper, linkSignals) inherits the tag.
 */
const bySignal = new WeakMap<AbortSignal, string>();

/** Tags `signal` as the signal of the work of `correlationId`; returns it. */
export function tagCorrelation(signal: AbortSignal, correlationId: string): AbortSignal {
  bySignal.set(signal, correlationId);
  return signal;
}

/** Gives `derived` the tag of the first of `sources` that has one. */
export function inheritCorrelation(
  derived: AbortSignal,
  sources: ReadonlyArray<AbortSignal | undefined>,
): void {
  for (const source of sources) {
    const correlationId = source && bySignal.get(source);
    if (correlationId) {
      bySignal.set(derived, correlationId);
      return;
    }
  }
}

/** Fields that name the request or job a log line belongs to. */
export interface LogFields {
  correlationId?: string;
}

/** The correlation id of the work `signal` belongs to, as fields for a log line (none when untagged). */
export function correlationOf(signal: AbortSignal | undefined): LogFields {
  const correlationId = signal && bySignal.get(signal);
  return correlationId ? { correlationId } : {};
}

import { setMaxListeners } from 'node:events';
import { inheritCorrelation } from './logging/correlation-context';

export class TimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/** Settles like `promise`, or rejects with TimeoutError after `ms`. The work itself is not stopped. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** Resolves after `ms`; rejects with the signal's reason if it aborts first. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Settles like `work`, or rejects with the signal's reason as soon as it aborts (work that ignores it included). */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A signal that aborts when any of its sources does, until `unlink` detaches it from them. */
export interface LinkedSignal {
  signal: AbortSignal;
  unlink: () => void;
}

/**
 * AbortSignal.any without its cost on hot paths: the signals it makes are tracked weakly by their
 * sources and outlive the young generation, which at hundreds of jobs a second fed the major GC
 * pauses behind the e2e latency tail. Here the listeners are plain and removed by `unlink` (call it
 * when the work ends); the first source to abort gives its reason.
 */
export function linkSignals(sources: AbortSignal[]): LinkedSignal {
  const controller = new AbortController();
  inheritCorrelation(controller.signal, sources);
  const already = sources.find((source) => source.aborted);
  if (already) {
    controller.abort(already.reason);
    return { signal: controller.signal, unlink: () => undefined };
  }
  const listeners = sources.map((source) => {
    const onAbort = (): void => controller.abort(source.reason);
    source.addEventListener('abort', onAbort, { once: true });
    return () => source.removeEventListener('abort', onAbort);
  });
  return { signal: controller.signal, unlink: () => listeners.forEach((remove) => remove()) };
}

/**
 * A meeting point at the end of the current event-loop iteration: every caller of one iteration is
 * let through together, in the check phase (setImmediate), after the I/O callbacks of the poll
 * phase. Work that follows, issued in one tick, can then share one write (see
 * coalesceWritesPerTick): under load the webhook deliveries read in one poll phase queue their jobs
 * in one Redis write instead of one each. A lone caller waits only for the rest of its iteration.
 */
export class IterationGate {
  private opening?: Promise<void>;

  pass(): Promise<void> {
    this.opening ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        this.opening = undefined;
        resolve();
      }),
    );
    return this.opening;
  }
}

/**
 * An AbortController whose signal every running job listens to (a queue's shutdown): as many
 * listeners as jobs and stages in flight is the design, not a leak, so Node's warning at 11 is off.
 */
export function sharedAbortController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

import { inheritCorrelation } from '../../common/logging/correlation-context';
import { untilAborted } from '../../common/async';

/** A stage ran past its budget; its signal was aborted with this reason. */
export class StageTimeoutError extends Error {
  constructor(
    readonly stage: string,
    readonly budgetMs: number,
  ) {
    super(`${stage} overran its ${budgetMs} ms budget`);
    this.name = 'StageTimeoutError';
  }
}

export type StageResult<T> =
  { ok: true; value: T } | { ok: false; failure: 'timeout' | 'error'; error: unknown };

/**
 * Runs one pipeline stage within `budgetMs`. The work gets a signal that aborts at the deadline (or
 * when `outer` aborts), and the caller stops waiting at that moment even if the work ignores it.
 * Overruns and exceptions come back as results, so the caller answers with a fallback; an abort of
 * `outer` (shutdown, a lost conversation lock) is rethrown: that work must stop, not answer.
 */
export async function runWithBudget<T>(
  stage: string,
  budgetMs: number,
  outer: AbortSignal,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<StageResult<T>> {
  if (outer.aborted) throw outer.reason;
  const controller = new AbortController();
  inheritCorrelation(controller.signal, [outer]);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true; // the error (and its stack) is only built when a stage does overrun
    controller.abort(new StageTimeoutError(stage, budgetMs));
  }, budgetMs);
  const onOuterAbort = (): void => controller.abort(outer.reason);
  outer.addEventListener('abort', onOuterAbort, { once: true });
  try {
    const value = await untilAborted(
      Promise.resolve().then(() => work(controller.signal)),
      controller.signal,
    );
    return { ok: true, value };
  } catch (error) {
    if (outer.aborted) throw outer.reason;
    if (timedOut) return { ok: false, failure: 'timeout', error };
    return { ok: false, failure: 'error', error };
  } finally {
    clearTimeout(timer);
    outer.removeEventListener('abort', onOuterAbort);
  }
}

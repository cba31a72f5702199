/** Share of the exponential delay that is randomised, so retries of many callers spread out. */
export const BACKOFF_JITTER = 0.5;

export interface BackoffOptions {
  /** Upper bound of the un-jittered delay. */
  capMs?: number;
  /** Share of the delay that is random: 0.5 by default, 1 for "full jitter" (anywhere in [0, delay]). */
  jitter?: number;
  random?: () => number;
}

/**
 * Delay before retry number `attempt` (1 = first retry): base · 2^(attempt−1) (capped), of which the
 * jitter share is random. The formula BullMQ uses for `{ type: 'exponential', jitter }`, so the two
 * queue drivers behave alike; locks and sessions use it for their waits too.
 */
export function backoffDelayMs(attempt: number, baseMs: number, options: BackoffOptions = {}): number {
  const { capMs = Number.POSITIVE_INFINITY, jitter = BACKOFF_JITTER, random = Math.random } = options;
  const raw = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  return Math.floor(raw * (1 - jitter) + random() * raw * jitter);
}

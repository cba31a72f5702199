/** Share of the exponential delay that is randomised, so retries of many jobs spread out. */
export const BACKOFF_JITTER = 0.5;

/**
 * Delay before retry number `attempt` (1 = first retry): base · 2^(attempt−1), of which the jitter
 * share is random. The formula BullMQ uses for `{ type: 'exponential', jitter }`, so both drivers
 * behave alike.
 */
export function backoffDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const raw = baseMs * 2 ** (attempt - 1);
  return Math.floor(raw * (1 - BACKOFF_JITTER) + random() * raw * BACKOFF_JITTER);
}

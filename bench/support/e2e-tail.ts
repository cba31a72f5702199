import type { Journey } from './e2e-load';

/** A message slower than this (from its POST to its first reply) counts as part of the tail. */
export const TAIL_MS = 20;
/** Tail messages posted this close to each other belong to one window. */
const WINDOW_GAP_MS = 100;

/** A stretch of consecutive slow messages: what one stall of the machine or the app looks like. */
export interface SlowWindow {
  /** When its first message was posted, from the start of the phase. */
  atS: number;
  /** From the first slow message's POST to the last one's. */
  spanMs: number;
  messages: number;
  worstMs: number;
  /** The largest lag of the generator (due → posted) among them: the bench itself was late. */
  worstLagMs: number;
  /** The slowest webhook answer among them: the app (or Redis) was slow to take the message. */
  worstWebhookMs: number;
  /** When the app's nearest major GC began, relative to the window's first POST (ms; NaN if none known). */
  nearestMajorGcMs: number;
}

export interface TailSummary {
  /** Answered messages slower than TAIL_MS. */
  slow: number;
  answered: number;
  windows: SlowWindow[];
}

const latencyOf = (journey: Journey): number => (journey.firstReplyMs ?? Number.NaN) - journey.postedMs;

/**
 * Groups the answered messages slower than TAIL_MS into windows of messages posted within
 * WINDOW_GAP_MS of each other. A few windows holding every slow message point to stalls (the app
 * handling almost nothing for a moment, then draining its backlog); slow messages spread evenly
 * point to a cost every message pays.
 */
export function summariseTail(
  journeys: readonly Journey[],
  majorGcsAtMs: readonly number[] = [],
): TailSummary {
  const answered = journeys.filter((j) => j.firstReplyMs !== undefined);
  const originMs = Math.min(...answered.map((j) => j.postedMs));
  const slow = answered.filter((j) => latencyOf(j) > TAIL_MS).sort((a, b) => a.postedMs - b.postedMs);
  const groups: Journey[][] = [];
  for (const journey of slow) {
    const current = groups.at(-1);
    const last = current?.at(-1);
    if (current && last && journey.postedMs - last.postedMs <= WINDOW_GAP_MS) current.push(journey);
    else groups.push([journey]);
  }
  const windows = groups.map((group): SlowWindow => ({
    atS: (group[0].postedMs - originMs) / 1000,
    spanMs: group.at(-1)!.postedMs - group[0].postedMs,
    messages: group.length,
    worstMs: Math.max(...group.map(latencyOf)),
    worstLagMs: Math.max(...group.map((j) => j.postedMs - j.scheduledMs)),
    worstWebhookMs: Math.max(...group.map((j) => j.webhookMs ?? 0)),
    nearestMajorGcMs: nearest(majorGcsAtMs, group[0].postedMs),
  }));
  return { slow: slow.length, answered: answered.length, windows };
}

function signed(ms: number): string {
  return `${ms >= 0 ? '+' : ''}${Math.round(ms)}`;
}

function nearest(times: readonly number[], fromMs: number): number {
  let best = Number.NaN;
  for (const at of times)
    if (Number.isNaN(best) || Math.abs(at - fromMs) < Math.abs(best)) best = at - fromMs;
  return best;
}

const MAX_LISTED = 5;

/** One line: how many messages were slow, and the windows they came in (the largest first). */
export function describeTail(label: string, tail: TailSummary): string {
  if (tail.slow === 0) return `${label}: no message over ${TAIL_MS} ms`;
  const largest = [...tail.windows].sort((a, b) => b.messages - a.messages).slice(0, MAX_LISTED);
  const listed = largest
    .map(
      (w) =>
        `${w.messages} from +${w.atS.toFixed(1)} s over ${Math.round(w.spanMs)} ms (worst ${Math.round(w.worstMs)} ms; ` +
        `generator lag ≤ ${Math.round(w.worstLagMs)} ms, webhook ≤ ${Math.round(w.worstWebhookMs)} ms` +
        (Number.isNaN(w.nearestMajorGcMs) ? '' : `, app major GC at ${signed(w.nearestMajorGcMs)} ms`) +
        ')',
    )
    .join('; ');
  const rest = tail.windows.length > MAX_LISTED ? `; ${tail.windows.length - MAX_LISTED} more` : '';
  return (
    `${label}: ${tail.slow} of ${tail.answered} messages over ${TAIL_MS} ms, in ${tail.windows.length} ` +
    `window${tail.windows.length === 1 ? '' : 's'}: ${listed}${rest}`
  );
}

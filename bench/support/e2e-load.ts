import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { ArrivedReply } from './fake-graph';
import type { Delivery } from './guest-mix';

/** A message without its first reply this long after it was posted counts as lost. */
export const REPLY_TIMEOUT_MS = 15_000;
const POLL_MS = 1;

/** One guest message's journey, times in performance.now() ms of this process. */
export interface Journey {
  delivery: Delivery;
  /** When the generator meant to send it (open loop) or sent it (closed loop). */
  scheduledMs: number;
  postedMs: number;
  webhookStatus?: number;
  webhookMs?: number;
  webhookError?: string;
  firstReplyMs?: number;
  /** Every reply's text, kept only while the tracker is asked to (the pre-flight check). */
  replyTexts?: string[];
  replies: number;
  /** Settled: replied, refused by the webhook, or timed out. */
  done: Promise<void>;
  settle(): void;
  settled: boolean;
}

/**
 * Posts signed deliveries over keep-alive connections and matches each reply arriving at the fake
 * Graph to its message by the recipient (every message comes from a guest of its own).
 */
export class JourneyTracker {
  private readonly byGuest = new Map<string, Journey>();
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 128 });
  /** Replies to nobody this tracker sent (must stay 0). */
  strays = 0;
  /** Keep the text of every reply (for the pre-flight check; off under load). */
  keepTexts = false;

  /** The fake Graph's listener. */
  readonly onReply = (reply: ArrivedReply): void => {
    const journey = this.byGuest.get(reply.to);
    if (!journey) {
      this.strays += 1;
      return;
    }
    journey.replies += 1;
    if (this.keepTexts) (journey.replyTexts ??= []).push(reply.text);
    if (journey.firstReplyMs !== undefined) return;
    journey.firstReplyMs = reply.atMs;
    journey.settle();
  };

  /** Posts one delivery to the webhook; the journey settles at its first reply (or on failure, or timeout). */
  send(url: string, delivery: Delivery, scheduledMs = performance.now()): Journey {
    let settle = (): void => undefined;
    const done = new Promise<void>((resolve) => (settle = resolve));
    const journey: Journey = {
      delivery,
      scheduledMs,
      postedMs: performance.now(),
      replies: 0,
      done,
      settled: false,
      settle: () => {
        if (journey.settled) return;
        journey.settled = true;
        clearTimeout(timer);
        settle();
      },
    };
    const timer = setTimeout(journey.settle, REPLY_TIMEOUT_MS);
    this.byGuest.set(delivery.guest, journey);
    this.post(url, delivery).then(
      (status) => {
        journey.webhookStatus = status;
        journey.webhookMs = performance.now() - journey.postedMs;
        if (status < 200 || status >= 300) journey.settle();
      },
      (error: unknown) => {
        journey.webhookError = error instanceof Error ? error.message : String(error);
        journey.settle();
      },
    );
    return journey;
  }

  close(): void {
    this.agent.destroy();
  }

  private post(url: string, delivery: Delivery): Promise<number> {
    return new Promise((resolve, reject) => {
      const outgoing = request(
        url,
        { method: 'POST', agent: this.agent, headers: delivery.headers },
        (answer) => {
          answer.resume();
          answer.on('end', () => resolve(answer.statusCode ?? 0));
          answer.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(delivery.body);
    });
  }
}

/** What one load slice produced: its journeys and the measured window. */
export interface SliceRun {
  journeys: Journey[];
  startMs: number;
  endMs: number;
}

/**
 * Closed loop: `window` messages in flight at all times; each first reply (or failure) lets the next
 * message go. Runs for `durationS`, then waits until every message sent has settled.
 */
export async function runClosedLoop(
  tracker: JourneyTracker,
  url: string,
  next: () => Delivery,
  options: { window: number; durationS: number },
): Promise<SliceRun> {
  const journeys: Journey[] = [];
  const startMs = performance.now();
  const endAt = startMs + options.durationS * 1000;
  const launch = (): void => {
    if (performance.now() >= endAt) return;
    const journey = tracker.send(url, next());
    journeys.push(journey);
    void journey.done.then(launch);
  };
  for (let i = 0; i < options.window; i++) launch();
  await delay(Math.max(0, endAt - performance.now()));
  const endMs = performance.now();
  await settleAll(journeys);
  return { journeys, startMs, endMs };
}

/**
 * Open loop: message i is due at start + i/rate, whatever happened to the others (no coordinated
 * omission: a slow system gets the same arrivals). Sends what is due every millisecond or so; the lag
 * between due and posted is kept per message. Then waits until every message sent has settled.
 */
export async function runOpenLoop(
  tracker: JourneyTracker,
  url: string,
  next: () => Delivery,
  options: { ratePerS: number; durationS: number },
): Promise<SliceRun> {
  const journeys: Journey[] = [];
  const startMs = performance.now();
  const total = Math.round(options.ratePerS * options.durationS);
  const intervalMs = 1000 / options.ratePerS;
  while (journeys.length < total) {
    const now = performance.now();
    while (journeys.length < total && startMs + journeys.length * intervalMs <= now)
      journeys.push(tracker.send(url, next(), startMs + journeys.length * intervalMs));
    await delay(POLL_MS);
  }
  const endMs = startMs + total * intervalMs;
  await settleAll(journeys);
  return { journeys, startMs, endMs };
}

async function settleAll(journeys: Journey[]): Promise<void> {
  await Promise.all(journeys.map((journey) => journey.done));
}

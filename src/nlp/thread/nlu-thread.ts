import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RoomType } from '../../tenants/tenant';
import type { ParseResult } from '../nlp.types';
import type { ParseRequest } from '../parse-text';
import type { ParseMessage, ThreadMessage } from './nlu-thread.protocol';

export type NluThreadEvent =
  | { kind: 'ready'; trainingMs: number }
  | { kind: 'training-failed'; message: string }
  | { kind: 'exited'; code: number; pending: number; reason?: string }
  | { kind: 'stuck'; abandonedMs: number };

export interface NluThreadOptions {
  /**
   * How long the thread may go on with a parse its caller gave up on before it is taken for stuck,
   * terminated and started again (what was waiting on it fails, and the next parse starts a new one).
   * A function is asked each time a parse is given up on (the bound of a thread whose users change).
   */
  stuckAfterMs: number | (() => number);
  onEvent?: (event: NluThreadEvent) => void;
  /** Starts the thread; by default on nlu.worker (tests give a scripted one). */
  spawn?: () => Worker;
}

/**
 * Parses handed to the thread at a time; the rest wait here, where one whose caller gives up is
 * dropped before the thread ever sees it, and a parse the thread has is never stuck behind a backlog
 * (so a watchdog that fires means the thread itself does not come back).
 */
const IN_FLIGHT = 4;
/** After a thread dies before it could parse, parses fail at once for this long instead of respawning. */
const RESPAWN_PAUSE_MS = 1000;

interface Job {
  id: number;
  request: Omit<ParseRequest, 'roomTypes'>;
  roomTypes: readonly RoomType[];
  tenantKey: string;
  resolve(result: ParseResult): void;
  reject(error: unknown): void;
  detach(): void;
}

/** One worker's life: what it was given, and what it has been told. */
interface Generation {
  worker: Worker;
  inFlight: Map<number, Job>;
  /** Posted parses whose callers gave up, each with its watchdog. */
  abandoned: Map<number, NodeJS.Timeout>;
  /** The room types version each tenant key last had sent to this worker. */
  sentVersions: Map<string, number>;
  ready: boolean;
  dying: boolean;
  lastError?: string;
  readiness: Promise<number>;
  settleReadiness: { resolve(ms: number): void; reject(error: Error): void };
}

/**
 * Runs the NLU (NLP.js, chrono-node) on a worker thread: the event loop that takes webhooks and
 * talks to Redis does not wait for it, and a parse over its budget is really stopped (the caller's
 * AbortSignal answers at once; a parse not yet handed over is dropped; a thread that does not come
 * back is replaced).
 */
export class NluThread {
  private current: Generation | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private readonly versions = new WeakMap<readonly RoomType[], number>();
  private nextVersion = 1;
  private failedStartAt = Number.NEGATIVE_INFINITY;
  private stopping = false;

  constructor(private readonly options: NluThreadOptions) {}

  /**
   * Starts the thread (and its training) now rather than on the first parse; resolves with the
   * training time once it can parse, rejects when training fails or the thread ends first.
   */
  start(): Promise<number> {
    const generation = this.generation();
    return generation ? generation.readiness : Promise.reject(unavailable());
  }

  async parse(request: ParseRequest, tenantKey: string, signal?: AbortSignal): Promise<ParseResult> {
    signal?.throwIfAborted();
    const { roomTypes, ...rest } = request;
    return new Promise<ParseResult>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        request: rest,
        roomTypes,
        tenantKey,
        resolve,
        reject,
        detach: noop,
      };
      if (signal) {
        const onAbort = (): void => this.abandon(job, signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        job.detach = () => signal.removeEventListener('abort', onAbort);
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /** Terminates the thread; what is waiting on it fails. */
  async stop(): Promise<void> {
    for (const job of this.queue.splice(0)) fail(job, new Error('NLU thread stopped'));
    const generation = this.current;
    if (!generation) return;
    this.stopping = true;
    try {
      await generation.worker.terminate();
    } finally {
      this.stopping = false;
    }
  }

  /** Hands waiting parses to the thread, up to IN_FLIGHT at a time. */
  private pump(): void {
    if (this.queue.length === 0) return;
    const generation = this.generation();
    if (!generation) {
      for (const job of this.queue.splice(0)) fail(job, unavailable());
      return;
    }
    while (this.queue.length > 0 && generation.inFlight.size + generation.abandoned.size < IN_FLIGHT) {
      const job = this.queue.shift() as Job;
      const version = this.versionOf(job.roomTypes);
      const message: ParseMessage = {
        id: job.id,
        request: job.request,
        tenantKey: job.tenantKey,
        roomTypesVersion: version,
      };
      if (generation.sentVersions.get(job.tenantKey) !== version) message.roomTypes = job.roomTypes;
      try {
        generation.worker.postMessage(message);
      } catch (error) {
        fail(job, error); // e.g. a value that cannot be cloned: this parse fails, the thread goes on
        continue;
      }
      generation.sentVersions.set(job.tenantKey, version);
      generation.inFlight.set(job.id, job);
    }
    this.keepAliveIfBusy(generation);
  }

  /** The caller gave up: a waiting parse is dropped; one the thread has is watched for coming back. */
  private abandon(job: Job, reason: unknown): void {
    const waiting = this.queue.indexOf(job);
    if (waiting >= 0) {
      this.queue.splice(waiting, 1);
      fail(job, reason);
      return;
    }
    const generation = this.current;
    if (!generation?.inFlight.delete(job.id)) return;
    fail(job, reason);
    const stuckAfterMs = this.stuckAfterMs();
    const timer = setTimeout(() => this.stuck(generation, stuckAfterMs), stuckAfterMs);
    timer.unref();
    generation.abandoned.set(job.id, timer);
    this.keepAliveIfBusy(generation);
  }

  private stuckAfterMs(): number {
    const { stuckAfterMs } = this.options;
    return typeof stuckAfterMs === 'number' ? stuckAfterMs : stuckAfterMs();
  }

  private stuck(generation: Generation, abandonedMs: number): void {
    if (generation.dying) return;
    this.options.onEvent?.({ kind: 'stuck', abandonedMs });
    this.retire(generation, new Error('NLU thread stuck: restarted'));
    void generation.worker.terminate();
    this.pump();
  }

  /** Takes a worker out of use: what it had fails, and the next parse starts another. */
  private retire(generation: Generation, error: Error): void {
    generation.dying = true;
    if (this.current === generation) this.current = undefined;
    for (const timer of generation.abandoned.values()) clearTimeout(timer);
    generation.abandoned.clear();
    for (const job of generation.inFlight.values()) fail(job, error);
    generation.inFlight.clear();
    generation.settleReadiness.reject(error);
  }

  private generation(): Generation | undefined {
    if (this.current) return this.current;
    if (Date.now() - this.failedStartAt < RESPAWN_PAUSE_MS) return undefined;
    const worker = (this.options.spawn ?? spawnNluWorker)();
    let settleReadiness!: Generation['settleReadiness'];
    const readiness = new Promise<number>((resolve, reject) => (settleReadiness = { resolve, reject }));
    readiness.catch(noop);
    const generation: Generation = {
      worker,
      inFlight: new Map(),
      abandoned: new Map(),
      sentVersions: new Map(),
      ready: false,
      dying: false,
      readiness,
      settleReadiness,
    };
    worker.on('message', (message: ThreadMessage) => this.onMessage(generation, message));
    // An uncaught error ends the thread: 'exit' follows, and reports it.
    worker.on('error', (error: Error) => (generation.lastError = error.message));
    worker.once('exit', (code) => this.onExit(generation, code));
    this.current = generation;
    // Listening on the worker refs it: until it is ready, that keeps the process alive for it.
    this.keepAliveIfBusy(generation);
    return generation;
  }

  private onMessage(generation: Generation, message: ThreadMessage): void {
    if (message.kind === 'ready') {
      generation.ready = true;
      generation.settleReadiness.resolve(message.trainingMs);
      this.options.onEvent?.(message);
      this.keepAliveIfBusy(generation);
      return;
    }
    if (message.kind === 'training-failed') {
      this.options.onEvent?.(message);
      this.failedStartAt = Date.now();
      // A thread without a model is of no use: the next start, after the pause, trains again.
      this.retire(generation, new Error(`NLU training failed: ${message.message}`));
      void generation.worker.terminate();
      return;
    }
    const watchdog = generation.abandoned.get(message.id);
    if (watchdog) {
      clearTimeout(watchdog);
      generation.abandoned.delete(message.id);
    } else {
      const job = generation.inFlight.get(message.id);
      if (!job) return;
      generation.inFlight.delete(message.id);
      job.detach();
      if (message.kind === 'parsed') job.resolve(message.result);
      else job.reject(new Error(`NLU thread: ${message.message}`));
    }
    this.pump();
    this.keepAliveIfBusy(generation);
  }

  private onExit(generation: Generation, code: number): void {
    const pending = generation.inFlight.size;
    if (!generation.ready && !this.stopping) this.failedStartAt = Date.now();
    if (!generation.dying && !this.stopping)
      this.options.onEvent?.({ kind: 'exited', code, pending, reason: generation.lastError });
    this.retire(generation, new Error(`NLU thread exited with code ${code}`));
    if (!this.stopping) this.pump();
  }

  /** Holds the process open while the thread trains or has work; an idle thread does not. */
  private keepAliveIfBusy(generation: Generation): void {
    if (generation.dying) return;
    const busy = !generation.ready || generation.inFlight.size > 0 || this.queue.length > 0;
    if (busy) generation.worker.ref();
    else generation.worker.unref();
  }

  private versionOf(roomTypes: readonly RoomType[]): number {
    let version = this.versions.get(roomTypes);
    if (version === undefined) this.versions.set(roomTypes, (version = this.nextVersion++));
    return version;
  }
}

function fail(job: Job, error: unknown): void {
  job.detach();
  job.reject(error);
}

function unavailable(): Error {
  return new Error('NLU thread unavailable: it failed to start a moment ago');
}

function noop(): void {}

/**
 * The compiled thread entry beside this file; under ts-node or ts-jest (tests, benchmarks, `npm run
 * chat`) this file is TypeScript, and the thread loads the entry through ts-node as well (resolved
 * here, so the thread finds it whatever the working directory).
 */
function spawnNluWorker(): Worker {
  const entry = join(__dirname, `nlu.worker${extname(__filename)}`);
  if (extname(entry) === '.js') return new Worker(entry);
  const register = require.resolve('ts-node/register/transpile-only');
  const source = `require(${JSON.stringify(register)}); require(${JSON.stringify(entry)});`;
  return new Worker(source, { eval: true });
}

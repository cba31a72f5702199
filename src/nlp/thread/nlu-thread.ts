import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RoomType } from '../../tenants/tenant';
import type { ParseResult } from '../nlp.types';
import type { ParseRequest } from '../parse-text';
import type { ParseMessage, ThreadMessage } from './nlu-thread.protocol';

export type NluThreadEvent =
  | { kind: 'ready'; trainingMs: number }
  | { kind: 'training-failed'; message: string }
  | { kind: 'exited'; code: number; pending: number }
  | { kind: 'stuck'; abandonedMs: number };

export interface NluThreadOptions {
  /**
   * How long the thread may go on with a parse its caller gave up on before it is taken for stuck,
   * terminated and started again (what was waiting on it fails, and the next parse starts a new one).
   */
  stuckAfterMs: number;
  onEvent?: (event: NluThreadEvent) => void;
  /** Starts the thread; by default on nlu.worker (tests give a scripted one). */
  spawn?: () => Worker;
}

interface Pending {
  resolve(result: ParseResult): void;
  reject(error: unknown): void;
  detach(): void;
}

/**
 * Runs the NLU (NLP.js, chrono-node) on a worker thread: the event loop that takes webhooks and
 * talks to Redis does not wait for it, and a parse over its budget is really stopped (the caller's
 * AbortSignal answers at once; a thread that does not come back is replaced).
 */
export class NluThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly abandoned = new Map<number, NodeJS.Timeout>();
  private nextId = 1;
  private readonly versions = new WeakMap<readonly RoomType[], number>();
  private nextVersion = 1;
  /** The room types version each tenant key last had sent to the current worker. */
  private sentVersions = new Map<string, number>();
  private readiness: Promise<number> | undefined;
  private settleReadiness: { resolve(ms: number): void; reject(error: Error): void } | undefined;
  private stopping = false;

  constructor(private readonly options: NluThreadOptions) {}

  /**
   * Starts the thread (and its training) now rather than on the first parse; resolves with the
   * training time once it can parse, rejects when training fails or the thread ends first.
   */
  start(): Promise<number> {
    this.running();
    return this.readiness as Promise<number>;
  }

  async parse(request: ParseRequest, tenantKey: string, signal?: AbortSignal): Promise<ParseResult> {
    signal?.throwIfAborted();
    const worker = this.running();
    const id = this.nextId++;
    const { roomTypes, ...rest } = request;
    const version = this.versionOf(roomTypes);
    const message: ParseMessage = { id, request: rest, tenantKey, roomTypesVersion: version };
    if (this.sentVersions.get(tenantKey) !== version) {
      message.roomTypes = roomTypes;
      this.sentVersions.set(tenantKey, version);
    }
    return new Promise<ParseResult>((resolve, reject) => {
      const onAbort = (): void => {
        this.settle(id)?.reject(signal?.reason);
        this.watchAbandoned(id, worker);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const detach = (): void => signal?.removeEventListener('abort', onAbort);
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { resolve, reject, detach });
      worker.postMessage(message);
    });
  }

  /** Terminates the thread; what is waiting on it fails. */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.stopping = true;
    try {
      await worker.terminate();
    } finally {
      this.stopping = false;
    }
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = (this.options.spawn ?? spawnNluWorker)();
    worker.unref();
    this.sentVersions = new Map();
    this.readiness = new Promise<number>((resolve, reject) => (this.settleReadiness = { resolve, reject }));
    this.readiness.catch(() => undefined);
    worker.on('message', (message: ThreadMessage) => this.onMessage(message));
    // An uncaught error in the thread ends it: 'exit' follows and fails what was pending.
    worker.on('error', () => undefined);
    worker.once('exit', (code) => this.onExit(worker, code));
    this.worker = worker;
    return worker;
  }

  private onMessage(message: ThreadMessage): void {
    if (message.kind === 'ready') {
      this.settleReadiness?.resolve(message.trainingMs);
      return this.options.onEvent?.(message);
    }
    if (message.kind === 'training-failed') {
      this.settleReadiness?.reject(new Error(`NLU training failed: ${message.message}`));
      return this.options.onEvent?.(message);
    }
    const late = this.abandoned.get(message.id);
    if (late) {
      clearTimeout(late);
      this.abandoned.delete(message.id);
      return;
    }
    const pending = this.settle(message.id);
    if (!pending) return;
    if (message.kind === 'parsed') pending.resolve(message.result);
    else pending.reject(new Error(`NLU thread: ${message.message}`));
  }

  private onExit(worker: Worker, code: number): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const waiting = [...this.pending.keys()];
    this.settleReadiness?.reject(new Error(`NLU thread exited with code ${code} before it was ready`));
    if (!this.stopping) this.options.onEvent?.({ kind: 'exited', code, pending: waiting.length });
    for (const id of waiting) this.settle(id)?.reject(new Error(`NLU thread exited with code ${code}`));
    for (const timer of this.abandoned.values()) clearTimeout(timer);
    this.abandoned.clear();
  }

  /** Takes a parse off the pending list (and lets the thread go idle when it was the last). */
  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    if (!pending) return undefined;
    this.pending.delete(id);
    pending.detach();
    if (this.pending.size === 0) this.worker?.unref();
    return pending;
  }

  private watchAbandoned(id: number, worker: Worker): void {
    const { stuckAfterMs } = this.options;
    const timer = setTimeout(() => {
      this.abandoned.delete(id);
      if (this.worker !== worker) return;
      this.options.onEvent?.({ kind: 'stuck', abandonedMs: stuckAfterMs });
      void worker.terminate();
    }, stuckAfterMs);
    timer.unref();
    this.abandoned.set(id, timer);
  }

  private versionOf(roomTypes: readonly RoomType[]): number {
    let version = this.versions.get(roomTypes);
    if (version === undefined) this.versions.set(roomTypes, (version = this.nextVersion++));
    return version;
  }
}

/**
 * The compiled thread entry beside this file; under ts-node or ts-jest (tests, benchmarks, `npm run
 * chat`) this file is TypeScript, and the thread loads the entry through ts-node as well.
 */
function spawnNluWorker(): Worker {
  const entry = join(__dirname, `nlu.worker${extname(__filename)}`);
  if (extname(entry) === '.js') return new Worker(entry);
  const source = `require('ts-node/register/transpile-only'); require(${JSON.stringify(entry)});`;
  return new Worker(source, { eval: true });
}

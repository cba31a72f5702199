import type { Socket } from 'node:net';
import { Redis, type RedisOptions } from 'ioredis';
import type { PinoLogger } from 'nestjs-pino';
import { withTimeout } from '../common/async';

/** Bounds that keep a Redis outage from hanging callers: commands fail within about two seconds. */
const COMMAND_OPTIONS: RedisOptions = {
  connectTimeout: 2000,
  commandTimeout: 2000,
  maxRetriesPerRequest: 2,
  retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2000),
};

/**
 * The store's connection batches the plain commands issued in one tick (auto-pipelining), but sends
 * scripts at once: measured on two cores, batching script calls made the lock and session paths a
 * third slower (Node and Redis took turns instead of working side by side). BullMQ's connections do
 * not batch at all: ioredis-defined scripts in an auto-pipeline mishandle a NOSCRIPT after a restart.
 */
const STORE_OPTIONS: RedisOptions = {
  ...COMMAND_OPTIONS,
  enableAutoPipelining: true,
  autoPipeliningIgnoredCommands: ['evalsha', 'eval'],
};

const QUIT_TIMEOUT_MS = 1000;
const LOST_STATES = new Set(['reconnecting', 'close', 'end']);

/** BullMQ's blocking commands must wait for as long as they need (bullmq docs). */
const BLOCKING_OPTIONS: RedisOptions = {
  connectTimeout: 2000,
  maxRetriesPerRequest: null,
  retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2000),
};

/**
 * Owns every Redis connection of the process: the shared command connection used by the store and
 * the separate ones BullMQ needs for its queues and blocking workers. Connection state changes are
 * logged once per transition; ioredis reconnects forever, so the service heals when Redis is back.
 */
export class RedisConnections {
  readonly client: Redis;
  private readonly others = new Set<Redis>();

  constructor(
    private readonly url: string,
    private readonly logger: PinoLogger,
  ) {
    this.client = this.open('store', STORE_OPTIONS);
  }

  /**
   * Another connection: `fail-fast` for producers (a queue add fails within seconds while Redis is
   * away, so the webhook can answer 503 and be retried; the commands of one tick leave in one write),
   * `blocking` for BullMQ workers.
   */
  createConnection(purpose: string, kind: 'fail-fast' | 'blocking'): Redis {
    const connection = this.open(purpose, kind === 'blocking' ? BLOCKING_OPTIONS : COMMAND_OPTIONS);
    if (kind === 'fail-fast') coalesceWritesPerTick(connection);
    this.others.add(connection);
    return connection;
  }

  /** Whether every connection of the process is connected (the queue's ones included). */
  get allReady(): boolean {
    return this.client.status === 'ready' && [...this.others].every((c) => c.status === 'ready');
  }

  /** Whether a connection that was made has been lost (as opposed to still connecting at start-up). */
  get anyLost(): boolean {
    return [this.client, ...this.others].some((c) => LOST_STATES.has(c.status));
  }

  async close(): Promise<void> {
    const all = [this.client, ...this.others];
    await Promise.all(
      all.map(async (c) => {
        // QUIT lets pending replies arrive; a connection that is down is simply dropped.
        if (c.status === 'end') return;
        if (c.status !== 'ready') return c.disconnect();
        await withTimeout(c.quit(), QUIT_TIMEOUT_MS).catch(() => c.disconnect());
      }),
    );
  }

  private open(purpose: string, options: RedisOptions): Redis {
    const connection = new Redis(this.url, { ...options, connectionName: `agente-hotel:${purpose}` });
    let connected = false;
    let errorReported = false;
    connection.on('ready', () => {
      connected = true;
      errorReported = false;
      this.logger.info({ purpose }, 'redis.connected');
    });
    connection.on('error', (err: Error) => {
      if (errorReported) return;
      errorReported = true;
      this.logger.warn({ purpose, err: err.message }, 'redis.error');
    });
    connection.on('close', () => {
      if (!connected) return;
      connected = false;
      this.logger.warn({ purpose }, 'redis.disconnected');
    });
    return connection;
  }
}

/**
 * The commands a connection is given in one tick leave in one write: the socket is corked at the
 * tick's first write and uncorked once the tick's work (its microtasks included) is done. Under load
 * the queue's producer gets many job adds in one tick (the webhook deliveries of one event-loop
 * iteration queue together: IterationGate), and each would otherwise be a write syscall of its own.
 * Unlike ioredis's auto-pipelining, every command stays a plain command (BullMQ's scripts keep their
 * NOSCRIPT retry), and none waits longer than the tick it was issued in.
 */
export function coalesceWritesPerTick(connection: Redis): void {
  const patched = new WeakSet<Socket>();
  connection.on('connect', () => {
    const stream = connection.stream;
    if (patched.has(stream)) return;
    patched.add(stream);
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    let corked = false;
    const uncork = (): void => {
      corked = false;
      stream.uncork();
    };
    stream.write = (...args: unknown[]): boolean => {
      if (!corked) {
        corked = true;
        stream.cork();
        process.nextTick(uncork);
      }
      return write(...args);
    };
  });
}

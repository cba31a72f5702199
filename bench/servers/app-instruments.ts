import { createServer } from 'node:http';
import { constants, monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { statCpuS } from '../support/process-cpu';

/** Commands one connection sent, and how many socket writes (round trips) carried them. */
export interface ConnectionCounts {
  commands: Record<string, number>;
  writes: number;
}

/** Cumulative counters of the app process; the bench diffs two readings. */
export interface AppStats {
  /** By the ioredis `connectionName` (the app names its connections `agente-hotel:<purpose>`). */
  redis: Record<string, ConnectionCounts>;
  eventLoop: { activeMs: number; idleMs: number; delayP50Ms: number; delayP99Ms: number; delayMaxMs: number };
  gc: { count: number; ms: number; majorMs: number };
  heapUsedBytes: number;
  /** The latest major GCs (up to MAJOR_GCS_KEPT): when each began (epoch ms) and its pause. */
  majorGcs: Array<{ atEpochMs: number; ms: number }>;
  /** CPU time of the main thread alone (the event loop), NaN without /proc; the process's is read from outside. */
  mainThreadCpuMs: number;
}

const GC_MAJOR = constants.NODE_PERFORMANCE_GC_MAJOR;
const MAJOR_GCS_KEPT = 200;

/**
 * Counts, in the process of the app under test, every Redis command by connection (a wrapper around
 * ioredis's `sendCommand`, through which plain, pipelined and scripted commands all pass), the event
 * loop's busy time and delay, and GC pauses. The cost is a few map updates per command. A pipeline
 * (ioredis's auto-pipelining included) is one write however many commands it carries, so `writes` is
 * the number of round trips the connection made.
 */
export function installInstruments(): () => AppStats {
  const redis: Record<string, ConnectionCounts> = {};
  const pipelines = new WeakSet<object>();
  const prototype = Redis.prototype as unknown as {
    sendCommand(this: Redis, command: { name: string }, stream?: object): unknown;
  };
  const original = prototype.sendCommand;
  prototype.sendCommand = function (this: Redis, command, stream) {
    const name = this.options.connectionName ?? '(unnamed)';
    const counts = (redis[name] ??= { commands: {}, writes: 0 });
    counts.commands[command.name] = (counts.commands[command.name] ?? 0) + 1;
    if (stream === undefined) counts.writes += 1;
    else if (!pipelines.has(stream)) {
      pipelines.add(stream);
      counts.writes += 1;
    }
    return original.call(this, command, stream);
  };

  const gc = { count: 0, ms: 0, majorMs: 0 };
  const majorGcs: AppStats['majorGcs'] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count += 1;
      gc.ms += entry.duration;
      if ((entry as { detail?: { kind?: number } }).detail?.kind !== GC_MAJOR) continue;
      gc.majorMs += entry.duration;
      majorGcs.push({ atEpochMs: performance.timeOrigin + entry.startTime, ms: entry.duration });
      if (majorGcs.length > MAJOR_GCS_KEPT) majorGcs.shift();
    }
  }).observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();

  return () => {
    const elu = performance.eventLoopUtilization();
    const stats: AppStats = {
      redis: structuredClone(redis),
      eventLoop: {
        activeMs: elu.active,
        idleMs: elu.idle,
        delayP50Ms: delay.percentile(50) / 1e6,
        delayP99Ms: delay.percentile(99) / 1e6,
        delayMaxMs: delay.max / 1e6,
      },
      gc: { ...gc },
      heapUsedBytes: process.memoryUsage().heapUsed,
      majorGcs: [...majorGcs],
      // Read on the main thread (the stats route runs there): that thread's own time.
      mainThreadCpuMs: 1000 * statCpuS('/proc/thread-self/stat'),
    };
    // The delay percentiles are of the time since the previous reading (the bench reads per slice).
    delay.reset();
    return stats;
  };
}

/** Serves `GET /stats` (the readings above, as JSON) on a loopback port of the bench's choosing. */
export function serveStats(port: number, read: () => AppStats): void {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(read()));
  });
  server.listen(port, '127.0.0.1');
  server.unref();
}

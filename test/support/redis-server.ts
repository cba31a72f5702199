import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { connect, createServer } from 'node:net';

/**
 * Throw-away Redis for integration tests: a `redis-server` from PATH on a free loopback port, no
 * persistence, killed afterwards. With REDIS_URL set (and no redis-server binary) that server is
 * used instead, and only the tests that must stop or restart Redis are skipped.
 */
export interface RedisHandle {
  url: string;
  /** Whether this handle owns the process (and can stop, kill and restart it). */
  managed: boolean;
  stop(): Promise<void>;
  /** SIGKILL, as if the host died; restart() brings it back on the same port (empty). */
  kill(): Promise<void>;
  restart(): Promise<void>;
}

type Availability = { ok: true; binary: boolean } | { ok: false; reason: string };

let cached: Availability | undefined;

export function redisAvailability(): Availability {
  if (cached) return cached;
  const binary = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
  if (binary) cached = { ok: true, binary: true };
  else if (process.env.REDIS_URL) cached = { ok: true, binary: false };
  else cached = { ok: false, reason: 'no redis-server on PATH and no REDIS_URL' };
  return cached;
}

/**
 * `describe` for suites that need Redis. Without Redis they are skipped with a line saying why,
 * unless REQUIRE_REDIS=1 (as in .ci/run), which turns the skip into a failing test.
 */
export function describeWithRedis(name: string, fn: () => void): void {
  const availability = redisAvailability();
  if (availability.ok) return describe(name, fn);
  if (process.env.REQUIRE_REDIS === '1') {
    describe(name, () => {
      it('has the Redis it requires (REQUIRE_REDIS=1)', () => {
        throw new Error(`REQUIRE_REDIS=1 but ${availability.reason}: install redis-server or set REDIS_URL`);
      });
    });
    return;
  }
  console.warn(
    `SKIPPED "${name}": ${availability.reason}. Install redis-server (CI does, with REQUIRE_REDIS=1).`,
  );
  describe.skip(name, fn);
}

/**
 * `it` for tests that stop or restart Redis: they need a redis-server this launcher owns. With only
 * an external REDIS_URL they are skipped with a line saying why, or fail with REQUIRE_REDIS=1 (CI has
 * the binary, so it runs them).
 */
export function itStoppingRedis(name: string, fn: () => Promise<void>, timeoutMs?: number): void {
  const availability = redisAvailability();
  if (availability.ok && availability.binary) return it(name, fn, timeoutMs);
  if (process.env.REQUIRE_REDIS === '1') {
    it(name, () => {
      throw new Error('REQUIRE_REDIS=1 but this test stops Redis and needs the redis-server binary on PATH');
    });
    return;
  }
  console.warn(
    `SKIPPED "${name}": it stops Redis, which needs a redis-server binary, not an external REDIS_URL.`,
  );
  it.skip(name, fn, timeoutMs);
}

export async function startRedis(): Promise<RedisHandle> {
  const availability = redisAvailability();
  if (!availability.ok) throw new Error(availability.reason);
  if (!availability.binary) return externalRedis(process.env.REDIS_URL as string);
  const port = await freePort();
  let child = await spawnRedis(port);
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    managed: true,
    stop: async () => stopProcess(child, 'SIGTERM'),
    kill: async () => stopProcess(child, 'SIGKILL'),
    restart: async () => {
      child = await spawnRedis(port);
    },
  };
}

function externalRedis(url: string): RedisHandle {
  const unsupported = async (): Promise<void> => {
    throw new Error('cannot stop or restart an external REDIS_URL server');
  };
  return { url, managed: false, stop: async () => undefined, kill: unsupported, restart: unsupported };
}

async function spawnRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
      '--loglevel',
      'warning',
    ],
    { stdio: 'ignore' },
  );
  await waitForPing(port, child);
  return child;
}

async function waitForPing(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    if (await answersPing(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not answer on port ${port}`);
}

/** One inline PING over a plain socket: no client library, nothing left running afterwards. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const finish = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => finish(data.toString().startsWith('+PONG')));
  });
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

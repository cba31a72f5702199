import type { Socket } from 'node:net';
import { once } from 'node:events';
import type { Redis } from 'ioredis';
import type { PinoLogger } from 'nestjs-pino';
import {
  describeWithRedis,
  itStoppingRedis,
  type RedisHandle,
  startRedis,
} from '../../test/support/redis-server';
import { RedisConnections } from './redis-connections';

const silent = { info: () => undefined, warn: () => undefined } as unknown as PinoLogger;

/** Counts the socket writes (write syscalls) the connection makes from now on. */
function countWrites(connection: Redis): { writes: number } {
  const socket = connection.stream as Socket & {
    _write: (...args: unknown[]) => void;
    _writev: (...args: unknown[]) => void;
  };
  const counted = { writes: 0 };
  for (const method of ['_write', '_writev'] as const) {
    const original = socket[method].bind(socket);
    socket[method] = (...args: unknown[]) => {
      counted.writes += 1;
      original(...args);
    };
  }
  return counted;
}

describeWithRedis('RedisConnections (fail-fast producer connections)', () => {
  let redis: RedisHandle;
  let connections: RedisConnections;

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });
  beforeEach(() => {
    connections = new RedisConnections(redis.url, silent);
  });
  afterEach(async () => {
    await connections.close();
  });

  async function producer(): Promise<Redis> {
    const connection = connections.createConnection('queue', 'fail-fast');
    if (connection.status !== 'ready') await once(connection, 'ready');
    return connection;
  }

  it('sends the commands issued in one tick in one write, each answered on its own', async () => {
    const connection = await producer();
    const counted = countWrites(connection);
    const replies = await Promise.all([
      connection.set('coalesce:a', '1'),
      connection.incr('coalesce:n'),
      connection.eval('return ARGV[1]', 0, 'scripted'),
      connection.get('coalesce:a'),
    ]);
    expect(replies).toEqual(['OK', 1, 'scripted', '1']);
    expect(counted.writes).toBe(1);
  });

  it('writes the commands of separate ticks separately, without holding any back', async () => {
    const connection = await producer();
    const counted = countWrites(connection);
    expect(await connection.ping()).toBe('PONG');
    expect(await connection.ping()).toBe('PONG');
    expect(counted.writes).toBe(2);
  });

  it('passes a command error to its own caller only', async () => {
    const connection = await producer();
    const [good, bad] = await Promise.allSettled([
      connection.set('coalesce:b', 'x'),
      connection.incr('coalesce:b'),
    ]);
    expect(good).toEqual({ status: 'fulfilled', value: 'OK' });
    expect(bad.status).toBe('rejected');
  });

  itStoppingRedis(
    'keeps coalescing on the new socket after a reconnect',
    async () => {
      const connection = await producer();
      await redis.kill();
      await redis.restart();
      if (connection.status !== 'ready') await once(connection, 'ready');
      const counted = countWrites(connection);
      const replies = await Promise.all([connection.ping(), connection.ping(), connection.ping()]);
      expect(replies).toEqual(['PONG', 'PONG', 'PONG']);
      expect(counted.writes).toBe(1);
    },
    20_000,
  );
});

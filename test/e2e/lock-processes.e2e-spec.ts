import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { compileWithCore } from '../support/core-module';
import { uniquePrefix } from '../support/app-harness';
import { describeWithRedis, type RedisHandle, startRedis } from '../support/redis-server';
import { LockModule } from '../../src/lock/lock.module';
import { LockService } from '../../src/lock/lock.service';

jest.setTimeout(240_000);

const ROOT = join(__dirname, '..', '..');

function spawnWorker(env: Record<string, string>): {
  child: ChildProcess;
  output: Promise<{ code: number | null; stdout: string; stderr: string }>;
} {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'test/support/lock-worker.ts'],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const output = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, output };
}

describeWithRedis('locks across processes sharing one Redis', () => {
  let redis: RedisHandle;
  let client: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    await client?.quit();
    await redis?.stop();
  });

  it('never loses an update: 3 processes × 20 workers incrementing a counter non-atomically under the lock', async () => {
    const prefix = uniquePrefix('mutex');
    const rounds = 10;
    const workers = [1, 2, 3].map(() =>
      spawnWorker({
        REDIS_URL: redis.url,
        KEY_PREFIX: prefix,
        MODE: 'count',
        WORKERS: '20',
        ROUNDS: String(rounds),
      }),
    );
    const results = await Promise.all(workers.map((w) => w.output));
    for (const result of results)
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });

    expect(await client.get(`${prefix}e2e-counter`)).toBe(String(3 * 20 * rounds));
    // Each holder logged its fencing number inside the lock: in holding order they strictly increase.
    const fencing = (await client.lrange(`${prefix}e2e-fencing`, 0, -1)).reverse().map(Number);
    expect(fencing).toHaveLength(3 * 20 * rounds);
    expect(fencing.every((value, i) => i === 0 || value > fencing[i - 1])).toBe(true);
  });

  it('loses updates without the lock (the control that shows the test above can fail)', async () => {
    const prefix = uniquePrefix('nomutex');
    const workers = [1, 2, 3].map(() =>
      spawnWorker({
        REDIS_URL: redis.url,
        KEY_PREFIX: prefix,
        MODE: 'count-unlocked',
        WORKERS: '20',
        ROUNDS: '10',
      }),
    );
    for (const result of await Promise.all(workers.map((w) => w.output))) expect(result.code).toBe(0);
    expect(Number(await client.get(`${prefix}e2e-counter`))).toBeLessThan(3 * 20 * 10);
  });

  it('frees the lock of a holder killed mid-lock once its TTL runs out', async () => {
    const prefix = uniquePrefix('crash');
    const doomed = spawnWorker({
      REDIS_URL: redis.url,
      KEY_PREFIX: prefix,
      MODE: 'hold',
      HOLD_TTL_MS: '800',
    });
    await new Promise<void>((resolve, reject) => {
      doomed.child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
      void doomed.output.then((r) => reject(new Error(`holder exited early: ${r.stderr}`)));
    });
    doomed.child.kill('SIGKILL');
    await doomed.output;

    const module = await compileWithCore({ REDIS_URL: redis.url, KEY_PREFIX: prefix }, [LockModule]);
    await module.init();
    try {
      const locks = module.get(LockService);
      const lock = await locks.acquire(['lock:e2e-crash'], { waitMs: 5000, owner: 'survivor' });
      expect(lock.owner).toBe('survivor');
    } finally {
      await module.close();
    }
  });
});

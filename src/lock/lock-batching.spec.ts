import type { TestingModule } from '@nestjs/testing';
import { compileWithCore } from '../../test/support/core-module';
import { uniquePrefix } from '../../test/support/app-harness';
import { describeWithRedis, type RedisHandle, startRedis } from '../../test/support/redis-server';
import type { RawEnvironment } from '../config/load-config';
import { Store } from '../storage/store.port';
import type { Lock } from './lock';
import { LockAuditLog } from './lock-audit';
import { LockTimeoutError } from './lock.errors';
import { LockModule } from './lock.module';
import { LockScriptError } from './lock.scripts';
import { LockService } from './lock.service';

/** Concurrent lock operations share script calls; each still gets exactly its own answer. */
function batchingContract(envFor: () => RawEnvironment): void {
  let module: TestingModule;
  let locks: LockService;
  let store: Store;
  let calls: jest.SpyInstance;

  /** Script calls made so far, by script name. */
  const scriptCalls = (name: string): number =>
    calls.mock.calls.filter(([script]) => (script as { name: string }).name === name).length;

  beforeEach(async () => {
    module = await compileWithCore({ ...envFor(), KEY_PREFIX: uniquePrefix('batch') }, [LockModule]);
    await module.init();
    locks = module.get(LockService);
    store = module.get(Store);
    calls = jest.spyOn(store, 'run');
  });
  afterEach(async () => {
    calls.mockRestore();
    await module.close();
  });

  it('acquires 100 distinct resources asked at once in 3 script calls (1 + 64 + 35), fencing rising in request order', async () => {
    const resources = Array.from({ length: 100 }, (_, i) => `lock:distinct:${i}`);
    const first = await Promise.all(resources.map((r) => locks.acquire([r], { waitMs: 0 })));
    // The first goes alone at once; the others wait for it, then go in calls of at most 64.
    expect(scriptCalls('agentLockAcquireBatch')).toBe(3);
    const fencing = first.map((lock) => lock.fencing);
    expect(fencing.every((value, i) => i === 0 || value > fencing[i - 1])).toBe(true);
    for (const [i, lock] of first.entries()) expect(await store.get(resources[i])).toContain(lock.token);

    expect(await Promise.all(first.map((lock) => locks.release(lock)))).toEqual(first.map(() => true));
    expect(scriptCalls('agentLockReleaseBatch')).toBe(3);
    const second = await Promise.all(resources.map((r) => locks.acquire([r], { waitMs: 0 })));
    second.forEach((lock, i) => expect(lock.fencing).toBeGreaterThan(first[i].fencing));
  });

  it('gives a resource asked for several times in one call to exactly one of the askers', async () => {
    const opener = locks.acquire(['lock:opener']);
    const asks = Array.from({ length: 10 }, (_, i) =>
      locks.acquire(['lock:same'], { waitMs: 0, owner: `asker-${i}` }),
    );
    const results = await Promise.allSettled(asks);
    await opener;
    expect(scriptCalls('agentLockAcquireBatch')).toBe(2);
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(won).toHaveLength(1);
    // The first asker is first in the call, so it wins; every other one saw its lock.
    expect(won[0].owner).toBe('asker-0');
    for (const result of results.slice(1)) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(LockTimeoutError);
      expect(((result as PromiseRejectedResult).reason as LockTimeoutError).holder).toBe('asker-0');
    }
  });

  it("fails only the request the store refuses inside the call, writing none of that request's keys", async () => {
    await store.hashSet('lock:not-a-lock', 'field', 'value');
    const results = await Promise.allSettled([
      locks.acquire(['lock:opener']),
      locks.acquire(['lock:fine-1'], { waitMs: 0 }),
      locks.acquire(['lock:not-a-lock', 'lock:partner'], { waitMs: 0 }),
      locks.acquire(['lock:fine-2'], { waitMs: 0 }),
    ]);
    expect(scriptCalls('agentLockAcquireBatch')).toBe(2);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const refused = (results[2] as PromiseRejectedResult).reason as Error;
    expect(refused).toBeInstanceOf(LockScriptError);
    expect(refused.message).toMatch(/WRONGTYPE/);
    expect(await store.get('lock:partner')).toBeNull();
    expect(await store.get('lock:fine-2')).toContain(
      (results[3] as PromiseFulfilledResult<Lock>).value.token,
    );
  });

  // In the tests below an "opener" request goes first, alone; the ones after it share the next call.
  it('answers each release of a batch for its own lock, and audits each', async () => {
    const [opener, a, b, c] = await Promise.all(
      ['lock:r-opener', 'lock:r-a', 'lock:r-b', 'lock:r-c'].map((r) => locks.acquire([r])),
    );
    calls.mockClear();
    const released = await Promise.all([
      locks.release(opener),
      locks.release(a),
      locks.release({ ...b, token: '00000000-0000-4000-8000-000000000000' }),
      locks.release(c),
    ]);
    expect(released).toEqual([true, true, false, true]);
    expect(scriptCalls('agentLockReleaseBatch')).toBe(2);
    expect(await store.get('lock:r-a')).toBeNull();
    expect(await store.get('lock:r-b')).toContain(b.token);
    const events = await module.get(LockAuditLog).recent(10);
    const outcomes = events
      .filter((e) => e.operation === 'release')
      .map((e) => `${e.resources[0]}:${e.outcome}`);
    expect(outcomes.sort()).toEqual([
      'lock:r-a:released',
      'lock:r-b:not_owner',
      'lock:r-c:released',
      'lock:r-opener:released',
    ]);
  });

  it('answers each extend of a batch for its own lock', async () => {
    const [opener, a, b] = await Promise.all(
      ['lock:e-opener', 'lock:e-a', 'lock:e-b'].map((r) => locks.acquire([r], { ttlMs: 1000 })),
    );
    calls.mockClear();
    const extended = await Promise.all([
      locks.extend(opener, 60_000),
      locks.extend(a, 60_000),
      locks.extend({ ...b, token: '00000000-0000-4000-8000-000000000000' }, 60_000),
    ]);
    expect(extended).toEqual([true, true, false]);
    expect(scriptCalls('agentLockExtendBatch')).toBe(2);
    expect(await store.ttlMs('lock:e-a')).toBeGreaterThan(50_000);
    expect(await store.ttlMs('lock:e-b')).toBeLessThanOrEqual(1000);
  });
}

describe('LockService batching on the memory store', () => {
  batchingContract(() => ({}));
});

describeWithRedis('LockService batching on Redis', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  batchingContract(() => ({ REDIS_URL: redis.url }));
  afterAll(async () => {
    await redis?.stop();
  });
});

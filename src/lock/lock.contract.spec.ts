import type { TestingModule } from '@nestjs/testing';
import { register } from 'prom-client';
import { compileWithCore } from '../../test/support/core-module';
import { uniquePrefix } from '../../test/support/app-harness';
import { describeWithRedis, type RedisHandle, startRedis } from '../../test/support/redis-server';
import { sleep } from '../../test/support/wait';
import type { RawEnvironment } from '../config/load-config';
import { correlationOf, tagCorrelation } from '../common/logging/correlation-context';
import { Store } from '../storage/store.port';
import { LockAuditLog } from './lock-audit';
import { conversationLockKey, loggableResource, roomNightLockKeys } from './lock-keys';
import { LockLostError, LockTimeoutError } from './lock.errors';
import { LockModule } from './lock.module';
import { LockService } from './lock.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function counter(name: string, labels: Record<string, string>): Promise<number> {
  const metric = await register.getSingleMetric(name)?.get();
  return metric?.values.find((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x))?.value ?? 0;
}

function lockContract(envFor: () => RawEnvironment): void {
  let module: TestingModule;
  let locks: LockService;
  let store: Store;
  let audit: LockAuditLog;

  beforeEach(async () => {
    module = await compileWithCore({ ...envFor(), KEY_PREFIX: uniquePrefix('lock') }, [LockModule]);
    await module.init();
    locks = module.get(LockService);
    store = module.get(Store);
    audit = module.get(LockAuditLog);
  });
  afterEach(async () => {
    await module.close();
  });

  it('acquires a sorted, unique set of resources with a UUID token, a fencing number and an expiry', async () => {
    const before = Date.now();
    const lock = await locks.acquire(['b', 'a', 'b'], { ttlMs: 5000, owner: 'worker-1' });
    expect(lock.resources).toEqual(['a', 'b']);
    expect(lock.token).toMatch(UUID);
    expect(lock.fencing).toBeGreaterThan(0);
    expect(lock.owner).toBe('worker-1');
    expect(lock.expiresAt).toBeGreaterThanOrEqual(before + 5000);
    expect(await store.ttlMs('a')).toBeGreaterThan(4000);
  });

  it('refuses an empty resource list', async () => {
    await expect(locks.acquire([])).rejects.toThrow(/at least one resource/);
  });

  it('times out near waitMs with an error naming the resources and the holder', async () => {
    await locks.acquire(['room'], { owner: 'first-holder' });
    const started = Date.now();
    const error = await locks.acquire(['room'], { waitMs: 200, owner: 'second' }).catch((e: unknown) => e);
    const waited = Date.now() - started;
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as LockTimeoutError).resources).toEqual(['room']);
    expect((error as LockTimeoutError).holder).toBe('first-holder');
    expect((error as Error).message).toContain('first-holder');
    expect(waited).toBeGreaterThanOrEqual(195);
    expect(waited).toBeLessThan(1200);
  });

  it('gives strictly increasing fencing numbers to successive holders of a resource', async () => {
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      const lock = await locks.acquire(['r', `other-${i}`]);
      seen.push(lock.fencing);
      await locks.release(lock);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('takes every resource or none: a held one leaves the others untouched', async () => {
    await locks.acquire(['b']);
    await expect(locks.acquire(['a', 'b', 'c'], { waitMs: 50 })).rejects.toBeInstanceOf(LockTimeoutError);
    expect(await store.get('a')).toBeNull();
    expect(await store.get('c')).toBeNull();
    const other = await locks.acquire(['a', 'c'], { waitMs: 0 });
    expect(other.resources).toEqual(['a', 'c']);
  });

  it('gets the lock as soon as its holder releases it', async () => {
    const first = await locks.acquire(['q']);
    setTimeout(() => void locks.release(first), 100);
    const second = await locks.acquire(['q'], { waitMs: 3000 });
    expect(second.token).not.toBe(first.token);
  });

  it('releases with the right token only, and says whether it did', async () => {
    const lock = await locks.acquire(['x']);
    expect(await locks.release({ ...lock, token: '00000000-0000-4000-8000-000000000000' })).toBe(false);
    expect(await store.get('x')).not.toBeNull();
    expect(await locks.release(lock)).toBe(true);
    expect(await store.get('x')).toBeNull();
    expect(await locks.release(lock)).toBe(false);
  });

  it('extends with the right token only', async () => {
    const lock = await locks.acquire(['y'], { ttlMs: 1000 });
    expect(await locks.extend({ ...lock, token: '00000000-0000-4000-8000-000000000000' }, 60_000)).toBe(
      false,
    );
    expect(await store.ttlMs('y')).toBeLessThanOrEqual(1000);
    expect(await locks.extend(lock, 60_000)).toBe(true);
    expect(await store.ttlMs('y')).toBeGreaterThan(50_000);
    expect(lock.expiresAt).toBeGreaterThan(Date.now() + 50_000);
  });

  it('lets an abandoned lock expire by its TTL, and never releases it for the next holder', async () => {
    const crashed = await locks.acquire(['z'], { ttlMs: 100, owner: 'crashed' });
    const next = await locks.acquire(['z'], { waitMs: 2000, owner: 'next' });
    expect(next.fencing).toBeGreaterThan(crashed.fencing);
    expect(await locks.release(crashed)).toBe(false);
    expect(await locks.extend(crashed)).toBe(false);
    expect(await store.get('z')).toContain(next.token);
  });

  it('stops waiting when the caller aborts', async () => {
    await locks.acquire(['w']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('caller gave up')), 50);
    await expect(locks.acquire(['w'], { waitMs: 5000, signal: controller.signal })).rejects.toThrow(
      'caller gave up',
    );
  });

  it('keeps a non-atomic read-modify-write exact under 50 concurrent withLock callers', async () => {
    await store.set('counter', '0');
    await Promise.all(
      Array.from({ length: 50 }, () =>
        locks.withLock(
          ['lock:counter'],
          async () => {
            const value = Number(await store.get('counter'));
            await sleep(Math.random() * 3);
            await store.set('counter', String(value + 1));
          },
          { waitMs: 20_000 },
        ),
      ),
    );
    expect(await store.get('counter')).toBe('50');
  });

  describe('withLock', () => {
    it('runs the work, returns its result and releases', async () => {
      const result = await locks.withLock(['job'], async (signal, lock) => {
        expect(signal.aborted).toBe(false);
        expect(await store.get('job')).toContain(lock.token);
        return 42;
      });
      expect(result).toBe(42);
      expect(await store.get('job')).toBeNull();
    });

    it("gives the work a signal with the caller's correlation id, and the lock the id for its log lines", async () => {
      const caller = tagCorrelation(new AbortController().signal, 'corr-lock');
      await locks.withLock(
        ['job'],
        async (signal, lock) => {
          expect(correlationOf(signal)).toEqual({ correlationId: 'corr-lock' });
          expect(lock.correlationId).toBe('corr-lock');
        },
        { signal: caller },
      );
      expect((await locks.acquire(['other'])).correlationId).toBeUndefined();
    });

    it('releases when the work throws, and rethrows', async () => {
      await expect(locks.withLock(['job'], async () => Promise.reject(new Error('boom')))).rejects.toThrow(
        'boom',
      );
      expect(await store.get('job')).toBeNull();
    });

    it('extends the lock while the work runs longer than its TTL', async () => {
      // The TTL leaves room for a loaded CI machine's event-loop stalls (a renewal every ttl/3).
      const work = locks.withLock(['long'], () => sleep(1800), { ttlMs: 800 });
      await sleep(1100);
      await expect(locks.acquire(['long'], { waitMs: 100 })).rejects.toBeInstanceOf(LockTimeoutError);
      await work;
      await expect(locks.acquire(['long'], { waitMs: 0 })).resolves.toBeDefined();
    });

    it('aborts the work with LockLostError when the lock is lost, and leaves the new holder alone', async () => {
      let reason: unknown;
      const work = locks.withLock(
        ['fragile'],
        (signal) =>
          new Promise<void>((resolve) => {
            signal.addEventListener('abort', () => {
              reason = signal.reason;
              resolve();
            });
          }),
        { ttlMs: 150 },
      );
      await sleep(20);
      await store.delete('fragile');
      const thief = await locks.acquire(['fragile'], { owner: 'thief' });
      await work;
      expect(reason).toBeInstanceOf(LockLostError);
      expect(await store.get('fragile')).toContain(thief.token);
    });
  });

  describe('keys', () => {
    it('has one lock per night of a stay; overlapping stays conflict, disjoint and back-to-back ones do not', async () => {
      expect(roomNightLockKeys('demo', 'suite', '2026-12-30', '2027-01-02')).toEqual([
        'lock:demo:room-type:suite:2026-12-30',
        'lock:demo:room-type:suite:2026-12-31',
        'lock:demo:room-type:suite:2027-01-01',
      ]);
      await locks.acquire(roomNightLockKeys('demo', 'suite', '2026-12-10', '2026-12-13'));
      await expect(
        locks.acquire(roomNightLockKeys('demo', 'suite', '2026-12-12', '2026-12-15'), { waitMs: 30 }),
      ).rejects.toBeInstanceOf(LockTimeoutError);
      await expect(
        locks.acquire(roomNightLockKeys('demo', 'suite', '2026-12-13', '2026-12-15'), { waitMs: 0 }),
      ).resolves.toBeDefined();
      await expect(
        locks.acquire(roomNightLockKeys('demo', 'double', '2026-12-10', '2026-12-13'), { waitMs: 0 }),
      ).resolves.toBeDefined();
    });

    it('names the conversation lock by tenant, channel and guest, and hashes the guest in logs', () => {
      const key = conversationLockKey('demo', 'whatsapp', '34600111222');
      expect(key).toBe('lock:demo:conversation:whatsapp:34600111222');
      expect(loggableResource(key)).toMatch(/^lock:demo:conversation:whatsapp:#[0-9a-f]{12}$/);
      expect(loggableResource(key)).not.toContain('34600111222');
      expect(loggableResource('lock:demo:room-type:suite:2026-12-10')).toBe(
        'lock:demo:room-type:suite:2026-12-10',
      );
    });
  });

  describe('audit and metrics', () => {
    it('records acquire, conflict, timeout, release, not-owner, extend and loss with owner, resources and wait', async () => {
      const before = await counter('hotel_agent_lock_operations_total', {
        operation: 'acquire',
        outcome: 'timeout',
      });
      const held = await locks.acquire(['audited'], { owner: 'alice' });
      await locks.acquire(['audited'], { owner: 'bob', waitMs: 30 }).catch(() => undefined);
      await locks.extend(held);
      await locks.release(held);
      await locks.release(held);
      await locks.extend(held);
      const events = await audit.recent(20);
      const seen = events.map((e) => `${e.operation}:${e.outcome}:${e.owner}`);
      expect(seen).toEqual(
        expect.arrayContaining([
          'acquire:acquired:alice',
          'acquire:conflict:bob',
          'acquire:timeout:bob',
          'extend:extended:alice',
          'release:released:alice',
          'release:not_owner:alice',
          'extend:lost:alice',
        ]),
      );
      const timeout = events.find((e) => e.outcome === 'timeout');
      expect(timeout).toMatchObject({ resources: ['audited'], holder: 'alice', waitMs: 30 });
      expect(events[0].at >= events[events.length - 1].at).toBe(true);
      expect(
        await counter('hotel_agent_lock_operations_total', { operation: 'acquire', outcome: 'timeout' }),
      ).toBe(before + 1);
    });

    it('lists the current holders with owner, fencing and remaining time', async () => {
      const lock = await locks.acquire(['lock:demo:room-type:suite:2026-12-24'], {
        owner: 'booking-7',
        ttlMs: 30_000,
      });
      await store.set('not-a-lock', 'x');
      const holders = await locks.holders(100);
      expect(holders).toEqual([
        expect.objectContaining({
          resource: 'lock:demo:room-type:suite:2026-12-24',
          owner: 'booking-7',
          fencing: lock.fencing,
          expiresInMs: expect.any(Number),
        }),
      ]);
      expect(holders[0].expiresInMs).toBeGreaterThan(20_000);
    });
  });
}

describe('LockService on the memory store', () => {
  lockContract(() => ({}));
});

describeWithRedis('LockService on Redis', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  lockContract(() => ({ REDIS_URL: redis.url }));
  afterAll(async () => {
    await redis?.stop();
  });
});

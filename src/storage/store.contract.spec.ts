import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { Redis } from 'ioredis';
import { uniquePrefix } from '../../test/support/app-harness';
import { describeWithRedis, freePort, type RedisHandle, startRedis } from '../../test/support/redis-server';
import { StoreUnavailableError } from './storage.errors';
import { setAllIfAbsentScript } from './store.scripts';
import { MemoryKeyspace } from './memory-keyspace';
import { MemoryStore } from './memory.store';
import { RedisStore } from './redis.store';
import type { StoreScript } from './store-script';
import type { Store } from './store.port';

interface StoreUnderTest {
  store: Store;
  cleanup(): Promise<void>;
}

type MakeStore = () => Promise<StoreUnderTest>;

// Expiry tests only compare before/after: the wait is three times the ttl so a slow CI box cannot
// make them flaky.
const SHORT_TTL_MS = 100;
const PAST_SHORT_TTL_MS = 300;
const LONG_TTL_MS = 60_000;

interface SwapResult {
  swapped: boolean;
  previous: string | null;
}

/** Replaces KEYS[1] with ARGV[2] when it holds ARGV[1]; replies [1|0, previous value or nil]. */
const swapIfEqualScript: StoreScript<SwapResult> = {
  name: 'contractSwapIfEqual',
  lua: `
    local current = redis.call('GET', KEYS[1])
    if current == ARGV[1] then
      redis.call('SET', KEYS[1], ARGV[2])
      return {1, current}
    end
    return {0, current}`,
  memory: (ctx, [key], [expected, replacement]) => {
    const current = ctx.get(key);
    if (current !== expected) return [0, current];
    ctx.set(key, replacement);
    return [1, current];
  },
  parse: (reply) => {
    const [swapped, previous] = Array.isArray(reply) ? reply : [];
    return { swapped: swapped === 1, previous: typeof previous === 'string' ? previous : null };
  },
};

/** Increments KEYS[1] only while it is below ARGV[1]; replies 1 when it did. */
const incrementBelowCapScript: StoreScript<boolean> = {
  name: 'contractIncrementBelowCap',
  lua: `
    local current = tonumber(redis.call('GET', KEYS[1]) or '0')
    if current >= tonumber(ARGV[1]) then return 0 end
    redis.call('INCR', KEYS[1])
    return 1`,
  memory: (ctx, [key], [cap]) => {
    if (Number(ctx.get(key) ?? '0') >= Number(cap)) return 0;
    ctx.incrBy(key, 1);
    return 1;
  },
  parse: (reply) => reply === 1,
};

/** The behaviour every Store backend promises; run once per backend. */
function storeContract(makeStore: MakeStore): void {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ store, cleanup } = await makeStore());
  });

  afterEach(async () => {
    await cleanup();
  });

  /** A second store with another prefix on the same backend. */
  async function withOtherStore(test: (other: Store) => Promise<void>): Promise<void> {
    const other = await makeStore();
    try {
      await test(other.store);
    } finally {
      await other.cleanup();
    }
  }

  describe('strings', () => {
    it('answers null for a missing key', async () => {
      expect(await store.get('missing')).toBeNull();
    });

    it('returns the last value set', async () => {
      await store.set('k', 'first');
      await store.set('k', 'second');
      expect(await store.get('k')).toBe('second');
    });

    it('getMany returns values in key order with null where missing', async () => {
      await store.set('a', '1');
      await store.set('c', '3');
      expect(await store.getMany(['a', 'b', 'c'])).toEqual(['1', null, '3']);
    });

    it('getMany of no keys is an empty list', async () => {
      expect(await store.getMany([])).toEqual([]);
    });

    it('getMany answers null for a key that holds a hash, as MGET does', async () => {
      await store.set('a', '1');
      await store.hashSet('h', 'field', 'value');
      expect(await store.getMany(['a', 'h'])).toEqual(['1', null]);
    });

    it('delete counts only the keys that existed', async () => {
      await store.set('a', '1');
      await store.hashSet('b', 'field', 'value');
      expect(await store.delete('a', 'b', 'missing')).toBe(2);
      expect(await store.getMany(['a'])).toEqual([null]);
      expect(await store.hashGetAll('b')).toEqual({});
    });

    it('delete of no keys deletes nothing', async () => {
      expect(await store.delete()).toBe(0);
    });

    it('keeps the keys of different prefixes apart', async () => {
      await withOtherStore(async (other) => {
        await store.set('k', 'mine');
        await other.set('k', 'theirs');
        expect(await store.get('k')).toBe('mine');
        expect(await other.get('k')).toBe('theirs');
        expect(await other.delete('k')).toBe(1);
        expect(await store.get('k')).toBe('mine');
      });
    });
  });

  describe('expiry', () => {
    it('forgets a value set with a ttl once the ttl has passed', async () => {
      await store.set('k', 'v', SHORT_TTL_MS);
      expect(await store.get('k')).toBe('v');
      await sleep(PAST_SHORT_TTL_MS);
      expect(await store.get('k')).toBeNull();
      expect(await store.ttlMs('k')).toBe(-2);
    });

    it('reports the remaining ttl of an expiring key', async () => {
      await store.set('k', 'v', LONG_TTL_MS);
      const remaining = await store.ttlMs('k');
      expect(remaining).toBeGreaterThan(0);
      expect(remaining).toBeLessThanOrEqual(LONG_TTL_MS);
    });

    it('keeps a value set without a ttl, whose ttlMs is -1', async () => {
      await store.set('k', 'v');
      expect(await store.ttlMs('k')).toBe(-1);
      await sleep(PAST_SHORT_TTL_MS);
      expect(await store.get('k')).toBe('v');
    });

    it('clears an earlier expiry when a key is set again without a ttl', async () => {
      await store.set('k', 'v', SHORT_TTL_MS);
      await store.set('k', 'w');
      expect(await store.ttlMs('k')).toBe(-1);
      await sleep(PAST_SHORT_TTL_MS);
      expect(await store.get('k')).toBe('w');
    });

    it('answers -2 for the ttlMs of a missing key', async () => {
      expect(await store.ttlMs('missing')).toBe(-2);
    });
  });

  describe('setIfAbsent', () => {
    it('sets a missing key once and refuses the second time', async () => {
      expect(await store.setIfAbsent('k', 'first')).toBe(true);
      expect(await store.setIfAbsent('k', 'second')).toBe(false);
      expect(await store.get('k')).toBe('first');
      expect(await store.ttlMs('k')).toBe(-1);
    });

    it('gives the key its ttl, after which it can be set again', async () => {
      expect(await store.setIfAbsent('k', 'first', SHORT_TTL_MS)).toBe(true);
      expect(await store.ttlMs('k')).toBeGreaterThan(0);
      expect(await store.ttlMs('k')).toBeLessThanOrEqual(SHORT_TTL_MS);
      await sleep(PAST_SHORT_TTL_MS);
      expect(await store.get('k')).toBeNull();
      expect(await store.setIfAbsent('k', 'second')).toBe(true);
      expect(await store.get('k')).toBe('second');
    });
  });

  describe('setAllIfAbsent', () => {
    const entries = [
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
      { key: 'c', value: '3' },
    ];

    it('writes every key when none exists', async () => {
      expect(await store.setAllIfAbsent(entries)).toBe(true);
      expect(await store.getMany(['a', 'b', 'c'])).toEqual(['1', '2', '3']);
      expect(await store.ttlMs('a')).toBe(-1);
    });

    it('writes nothing when one of the keys already exists', async () => {
      await store.set('b', 'old');
      expect(await store.setAllIfAbsent(entries)).toBe(false);
      expect(await store.getMany(['a', 'b', 'c'])).toEqual([null, 'old', null]);
    });

    it('gives every key the ttl', async () => {
      expect(await store.setAllIfAbsent(entries, SHORT_TTL_MS)).toBe(true);
      for (const { key } of entries) {
        expect(await store.ttlMs(key)).toBeGreaterThan(0);
        expect(await store.ttlMs(key)).toBeLessThanOrEqual(SHORT_TTL_MS);
      }
      await sleep(PAST_SHORT_TTL_MS);
      expect(await store.getMany(['a', 'b', 'c'])).toEqual([null, null, null]);
    });

    it('succeeds with nothing to write for an empty list', async () => {
      expect(await store.setAllIfAbsent([])).toBe(true);
    });
  });

  describe('compareAndDelete', () => {
    it('deletes the key when the value matches', async () => {
      await store.set('lock', 'token');
      expect(await store.compareAndDelete('lock', 'token')).toBe(true);
      expect(await store.get('lock')).toBeNull();
    });

    it('leaves the key when the value does not match', async () => {
      await store.set('lock', 'token');
      expect(await store.compareAndDelete('lock', 'other')).toBe(false);
      expect(await store.get('lock')).toBe('token');
    });

    it('answers false for a missing key', async () => {
      expect(await store.compareAndDelete('lock', 'token')).toBe(false);
    });
  });

  describe('compareAndExpire', () => {
    it('sets the new ttl when the value matches', async () => {
      await store.set('lock', 'token', LONG_TTL_MS);
      expect(await store.compareAndExpire('lock', 'token', SHORT_TTL_MS)).toBe(true);
      expect(await store.ttlMs('lock')).toBeGreaterThan(0);
      expect(await store.ttlMs('lock')).toBeLessThanOrEqual(SHORT_TTL_MS);
      await sleep(PAST_SHORT_TTL_MS);
      expect(await store.get('lock')).toBeNull();
    });

    it('gives an expiry to a key that had none when the value matches', async () => {
      await store.set('lock', 'token');
      expect(await store.compareAndExpire('lock', 'token', LONG_TTL_MS)).toBe(true);
      expect(await store.ttlMs('lock')).toBeGreaterThan(SHORT_TTL_MS);
      expect(await store.ttlMs('lock')).toBeLessThanOrEqual(LONG_TTL_MS);
    });

    it('leaves the ttl alone when the value does not match', async () => {
      await store.set('lock', 'token');
      expect(await store.compareAndExpire('lock', 'other', SHORT_TTL_MS)).toBe(false);
      expect(await store.ttlMs('lock')).toBe(-1);
    });

    it('answers false for a missing key', async () => {
      expect(await store.compareAndExpire('lock', 'token', SHORT_TTL_MS)).toBe(false);
      expect(await store.ttlMs('lock')).toBe(-2);
    });
  });

  describe('increment', () => {
    it('counts a missing counter from zero', async () => {
      expect(await store.increment('c')).toBe(1);
      expect(await store.get('c')).toBe('1');
    });

    it('adds the given step, negative steps included', async () => {
      expect(await store.increment('c', 5)).toBe(5);
      expect(await store.increment('c', -7)).toBe(-2);
      expect(await store.get('c')).toBe('-2');
    });

    it('sets the ttl only when it creates the counter', async () => {
      const firstTtlMs = 1_000;
      expect(await store.increment('c', 1, firstTtlMs)).toBe(1);
      expect(await store.ttlMs('c')).toBeGreaterThan(0);
      expect(await store.increment('c', 1, LONG_TTL_MS)).toBe(2);
      expect(await store.ttlMs('c')).toBeLessThanOrEqual(firstTtlMs);
      expect(await store.increment('c')).toBe(3);
      expect(await store.ttlMs('c')).toBeGreaterThan(0);
      expect(await store.ttlMs('c')).toBeLessThanOrEqual(firstTtlMs);
    });

    it('starts over once a counter created with a ttl has expired', async () => {
      await store.increment('c', 4, SHORT_TTL_MS);
      await sleep(PAST_SHORT_TTL_MS);
      expect(await store.get('c')).toBeNull();
      expect(await store.increment('c')).toBe(1);
    });

    it('leaves an existing counter without expiry when incremented with a ttl', async () => {
      await store.set('c', '5');
      expect(await store.increment('c', 1, SHORT_TTL_MS)).toBe(6);
      expect(await store.ttlMs('c')).toBe(-1);
    });

    it.each(['abc', '1.5', '', ' 7', '1e3'])(
      'rejects incrementing a value that is not an integer (%j) and keeps it',
      async (value) => {
        await store.set('c', value);
        await expect(store.increment('c')).rejects.toThrow();
        await expect(store.increment('c', 1, LONG_TTL_MS)).rejects.toThrow();
        expect(await store.get('c')).toBe(value);
      },
    );

    it('rejects a step that is not an integer', async () => {
      await store.set('c', '1');
      await expect(store.increment('c', 1.5)).rejects.toThrow();
      expect(await store.get('c')).toBe('1');
    });
  });

  describe('hashes', () => {
    it('reads back the fields it sets', async () => {
      await store.hashSet('h', 'a', '1');
      await store.hashSet('h', 'b', '2');
      await store.hashSet('h', 'a', '3');
      expect(await store.hashGet('h', 'a')).toBe('3');
      expect(await store.hashGet('h', 'missing')).toBeNull();
      expect(await store.hashGetAll('h')).toEqual({ a: '3', b: '2' });
    });

    it('answers null and {} for a missing key', async () => {
      expect(await store.hashGet('h', 'a')).toBeNull();
      expect(await store.hashGetAll('h')).toEqual({});
    });

    it('hashDelete answers whether the field existed', async () => {
      await store.hashSet('h', 'a', '1');
      await store.hashSet('h', 'b', '2');
      expect(await store.hashDelete('h', 'a')).toBe(true);
      expect(await store.hashDelete('h', 'a')).toBe(false);
      expect(await store.hashDelete('missing', 'a')).toBe(false);
      expect(await store.hashGetAll('h')).toEqual({ b: '2' });
    });

    it('removes the key with its last field', async () => {
      await store.hashSet('h', 'a', '1');
      expect(await store.hashDelete('h', 'a')).toBe(true);
      expect(await store.hashGetAll('h')).toEqual({});
      expect(await store.ttlMs('h')).toBe(-2);
    });
  });

  it('accepts a fractional ttl, rounding it up to whole milliseconds', async () => {
    await store.set('frac', 'v', 1500.5);
    expect(await store.setIfAbsent('frac2', 'v', 99.2)).toBe(true);
    expect(await store.compareAndExpire('frac', 'v', 2000.7)).toBe(true);
    expect(await store.ttlMs('frac')).toBeGreaterThan(1500);
    expect(await store.ttlMs('frac2')).toBeGreaterThan(0);
  });

  describe('lists', () => {
    it('pushCapped keeps the newest entry first', async () => {
      for (const value of ['a', 'b', 'c']) await store.pushCapped('l', value, 10);
      expect(await store.listRange('l', 0, -1)).toEqual(['c', 'b', 'a']);
    });

    it('pushCapped drops the oldest entries beyond the cap', async () => {
      for (const value of ['1', '2', '3', '4', '5']) await store.pushCapped('l', value, 3);
      expect(await store.listRange('l', 0, -1)).toEqual(['5', '4', '3']);
      expect(await store.listLength('l')).toBe(3);
    });

    it('pushAllCapped caps a batch larger than the cap, keeping its newest values', async () => {
      const values = Array.from({ length: 2500 }, (_, i) => `v${i}`);
      await store.pushAllCapped('l', values, 1500);
      expect(await store.listRange('l', 0, -1)).toEqual(values.slice(-1500).reverse());
    });

    it('pushAllCapped takes a batch larger than one Lua unpack, in order', async () => {
      // Redis's Lua unpacks at most ~8,000 values at once.
      const values = Array.from({ length: 10_000 }, (_, i) => `v${i}`);
      await store.pushAllCapped('l', values, 12_000);
      const stored = await store.listRange('l', 0, -1);
      expect(stored).toEqual([...values].reverse());
    });

    it('pushAllCapped pushes several values in order, the last at the head, and caps', async () => {
      await store.pushCapped('l', 'old', 10);
      await store.pushAllCapped('l', ['a', 'b', 'c'], 3);
      expect(await store.listRange('l', 0, -1)).toEqual(['c', 'b', 'a']);
      await store.pushAllCapped('l', [], 3);
      expect(await store.listLength('l')).toBe(3);
    });

    describe('listRange, read like LRANGE', () => {
      beforeEach(async () => {
        for (const value of ['a', 'b', 'c', 'd', 'e']) await store.pushCapped('l', value, 10);
      });

      it.each<[number, number, string[]]>([
        [0, -1, ['e', 'd', 'c', 'b', 'a']],
        [-2, -1, ['b', 'a']],
        [1, 2, ['d', 'c']],
        [0, 0, ['e']],
        [-100, 100, ['e', 'd', 'c', 'b', 'a']],
        [-100, 0, ['e']],
        [3, 1, []],
        [5, 10, []],
        [-100, -6, []],
        [-10, -7, []],
        [0, -7, []],
      ])('reads the range %i..%i as %j', async (start, stop, expected) => {
        expect(await store.listRange('l', start, stop)).toEqual(expected);
      });
    });

    it('listRange of a missing key is empty', async () => {
      expect(await store.listRange('missing', 0, -1)).toEqual([]);
    });

    it('listRemove removes every equal entry and counts them', async () => {
      for (const value of ['a', 'b', 'a', 'c', 'a']) await store.pushCapped('l', value, 10);
      expect(await store.listRemove('l', 'a')).toBe(3);
      expect(await store.listRange('l', 0, -1)).toEqual(['c', 'b']);
      expect(await store.listRemove('l', 'x')).toBe(0);
      expect(await store.listRemove('missing', 'a')).toBe(0);
    });

    it('listRemove of the last entries removes the key', async () => {
      await store.pushCapped('l', 'a', 10);
      await store.pushCapped('l', 'a', 10);
      expect(await store.listRemove('l', 'a')).toBe(2);
      expect(await store.listLength('l')).toBe(0);
      expect(await store.ttlMs('l')).toBe(-2);
    });

    it('listLength counts the entries and is 0 for a missing key', async () => {
      expect(await store.listLength('l')).toBe(0);
      await store.pushCapped('l', 'a', 10);
      await store.pushCapped('l', 'b', 10);
      expect(await store.listLength('l')).toBe(2);
    });

    it('keeps listRange(0, -1) equal to a newest-first list truncated to the cap', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.integer({ min: 1, max: 5 })), { maxLength: 20 }),
          async (pushes) => {
            const key = `property:${run++}`;
            let model: string[] = [];
            for (const [value, cap] of pushes) {
              await store.pushCapped(key, value, cap);
              model = [value, ...model].slice(0, cap);
            }
            expect(await store.listRange(key, 0, -1)).toEqual(model);
            expect(await store.listLength(key)).toBe(model.length);
          },
        ),
        { numRuns: 50 },
      );
    });
  });

  describe('scanKeys', () => {
    const sorted = (keys: string[]): string[] => [...keys].sort();

    it('finds keys of every type by glob, without the prefix', async () => {
      await store.set('room:1', 'x');
      await store.set('room:22', 'x');
      await store.hashSet('room:3', 'f', 'x');
      await store.pushCapped('room:4', 'x', 10);
      await store.set('guest:1', 'x');
      expect(sorted(await store.scanKeys('room:*', 100))).toEqual(['room:1', 'room:22', 'room:3', 'room:4']);
      expect(sorted(await store.scanKeys('room:?', 100))).toEqual(['room:1', 'room:3', 'room:4']);
      expect(await store.scanKeys('guest:1', 100)).toEqual(['guest:1']);
      expect(await store.scanKeys('nobody:*', 100)).toEqual([]);
    });

    it('returns at most `limit` keys', async () => {
      const keys = ['k:1', 'k:2', 'k:3', 'k:4', 'k:5'];
      for (const key of keys) await store.set(key, 'x');
      const found = await store.scanKeys('k:*', 2);
      expect(found).toHaveLength(2);
      expect(keys).toEqual(expect.arrayContaining(found));
    });

    it('matches regex characters in the pattern literally', async () => {
      for (const key of ['a.b', 'axb', 'a+b', 'aab', '(c)', 'c']) await store.set(key, 'x');
      expect(await store.scanKeys('a.b', 100)).toEqual(['a.b']);
      expect(await store.scanKeys('a+b', 100)).toEqual(['a+b']);
      expect(await store.scanKeys('(c)', 100)).toEqual(['(c)']);
    });

    it('does not return expired keys', async () => {
      await store.set('gone', 'x', SHORT_TTL_MS);
      await store.set('kept', 'x');
      await sleep(PAST_SHORT_TTL_MS);
      expect(await store.scanKeys('*', 100)).toEqual(['kept']);
    });

    it('does not see the keys of another prefix', async () => {
      await withOtherStore(async (other) => {
        await store.set('k:mine', 'x');
        await other.set('k:theirs', 'x');
        expect(await store.scanKeys('*', 100)).toEqual(['k:mine']);
        expect(await other.scanKeys('k:*', 100)).toEqual(['k:theirs']);
      });
    });
  });

  describe('wrong types', () => {
    it('rejects hashGet on a string key', async () => {
      await store.set('s', 'x');
      await expect(store.hashGet('s', 'f')).rejects.toThrow(/WRONGTYPE/);
    });

    it('rejects listRange on a hash key', async () => {
      await store.hashSet('h', 'f', 'x');
      await expect(store.listRange('h', 0, -1)).rejects.toThrow(/WRONGTYPE/);
    });

    it('rejects get on a list key', async () => {
      await store.pushCapped('l', 'x', 10);
      await expect(store.get('l')).rejects.toThrow(/WRONGTYPE/);
    });

    it('rejects pushCapped on a string key and leaves the string', async () => {
      await store.set('s', 'x');
      await expect(store.pushCapped('s', 'y', 10)).rejects.toThrow(/WRONGTYPE/);
      expect(await store.get('s')).toBe('x');
    });
  });

  describe('run', () => {
    it('runs a script on prefixed keys and parses its reply', async () => {
      await store.set('k', 'a');
      expect(await store.run(swapIfEqualScript, ['k'], ['a', 'b'])).toEqual({ swapped: true, previous: 'a' });
      expect(await store.get('k')).toBe('b');
      expect(await store.run(swapIfEqualScript, ['k'], ['a', 'c'])).toEqual({
        swapped: false,
        previous: 'b',
      });
      expect(await store.get('k')).toBe('b');
      expect(await store.run(swapIfEqualScript, ['missing'], ['a', 'c'])).toEqual({
        swapped: false,
        previous: null,
      });
      expect(await store.get('missing')).toBeNull();
    });

    it('runs a script atomically under 200 concurrent calls', async () => {
      const cap = 50;
      const results = await Promise.all(
        Array.from({ length: 200 }, () => store.run(incrementBelowCapScript, ['counter'], [cap])),
      );
      expect(results.filter(Boolean)).toHaveLength(cap);
      expect(await store.get('counter')).toBe(String(cap));
    });
  });

  it('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
}

describe('MemoryStore', () => {
  // One keyspace for the suite and one prefix per store, so that stores share a backend as Redis
  // stores do and the prefix tests mean something.
  const keyspace = new MemoryKeyspace({ maxKeys: 10_000 });

  storeContract(async () => {
    const store = new MemoryStore(uniquePrefix('store'), keyspace);
    return { store, cleanup: async () => store.close() };
  });
});

describeWithRedis('RedisStore', () => {
  let handle: RedisHandle;
  let client: Redis;

  beforeAll(async () => {
    handle = await startRedis();
    client = new Redis(handle.url);
  });

  afterAll(async () => {
    await client?.quit();
    await handle?.stop();
  });

  storeContract(async () => {
    const prefix = uniquePrefix('store');
    return {
      store: new RedisStore(prefix, client),
      // An external REDIS_URL server outlives the suite: leave nothing behind in it.
      cleanup: async () => {
        const keys = await client.keys(`${prefix}*`);
        if (keys.length > 0) await client.del(...keys);
      },
    };
  });

  it('runs scripts correctly on an auto-pipelining client, across a script-cache flush (a Redis restart)', async () => {
    const pipelining = new Redis(handle.url, {
      enableAutoPipelining: true,
      autoPipeliningIgnoredCommands: [],
    });
    try {
      const store = new RedisStore(uniquePrefix('store'), pipelining);
      const echo = (n: number): StoreScript<string> => ({
        name: `contractEcho${n}`,
        lua: `return redis.call('GET', KEYS[1]) .. ':${n}'`,
        memory: () => null,
        parse: String,
      });
      await store.set('k', 'v');
      await store.run(echo(0), ['k'], []);
      await client.script('FLUSH');
      // Same tick: plain commands, a known script whose SHA Redis forgot, and a script used for the first time.
      const results = await Promise.all([
        store.set('a', '1'),
        store.run(echo(0), ['k'], []),
        store.get('k'),
        store.run(echo(1), ['k'], []),
        store.set('b', '2'),
      ]);
      expect(results).toEqual([undefined, 'v:0', 'v', 'v:1', undefined]);
    } finally {
      await pipelining.quit();
    }
  });

  it('reports an unreachable Redis as StoreUnavailableError, and a Redis error reply unchanged', async () => {
    const port = await freePort();
    const unreachable = new Redis({
      port,
      host: '127.0.0.1',
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      lazyConnect: true,
      // disconnect() arms a timer to destroy a socket slow to close, and on a socket already closed by
      // the refusal nothing clears it: jest's worker would wait out ioredis's default 2 s.
      disconnectTimeout: 0,
    });
    unreachable.on('error', () => undefined);
    const store = new RedisStore(uniquePrefix('store'), unreachable);
    await expect(store.get('k')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.run(setAllIfAbsentScript, ['a'], [0, 'v'])).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    unreachable.disconnect();
    const live = new RedisStore(uniquePrefix('store'), client);
    await live.hashSet('h', 'f', 'v');
    const wrongType = await live.get('h').catch((error: unknown) => error);
    expect(wrongType).not.toBeInstanceOf(StoreUnavailableError);
    expect(String(wrongType)).toMatch(/WRONGTYPE/);
  });

  it('refuses to run a second script of the same name with different Lua', async () => {
    const store = new RedisStore(uniquePrefix('store'), client);
    const first: StoreScript<number> = {
      name: 'contractNamedTwice',
      lua: 'return 1',
      memory: () => 1,
      parse: Number,
    };
    expect(await store.run(first, [], [])).toBe(1);
    await expect(store.run({ ...first, lua: 'return 2' }, [], [])).rejects.toThrow(/contractNamedTwice/);
    expect(await store.run(first, [], [])).toBe(1);
  });
});

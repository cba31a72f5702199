import { setTimeout as sleep } from 'node:timers/promises';
import { globToRegExp, MemoryKeyspace, StoreTypeError } from './memory-keyspace';

// What only the embedded backend has; the Redis semantics are in store.contract.spec.ts.
describe('MemoryKeyspace', () => {
  describe('the LRU bound', () => {
    it('evicts the least recently used key past maxKeys and reports it', () => {
      const evicted: string[] = [];
      const keyspace = new MemoryKeyspace({ maxKeys: 3, onEvict: (key) => evicted.push(key) });
      keyspace.set('a', '1');
      keyspace.set('b', '2');
      keyspace.hset('c', 'f', '3');
      expect(keyspace.get('a')).toBe('1');

      keyspace.lpush('d', '4');

      expect(evicted).toEqual(['b']);
      expect(keyspace.exists('b')).toBe(false);
      expect(['a', 'c', 'd'].filter((key) => keyspace.exists(key))).toEqual(['a', 'c', 'd']);
      expect(keyspace.size).toBe(3);
    });

    it('does not report overwrites or deletes as evictions', () => {
      const evicted: string[] = [];
      const keyspace = new MemoryKeyspace({ maxKeys: 2, onEvict: (key) => evicted.push(key) });
      keyspace.set('a', '1');
      keyspace.set('a', '2');
      keyspace.del('a');
      keyspace.set('b', '1');
      keyspace.set('c', '1');
      expect(evicted).toEqual([]);
    });

    it('evicts without a listener', () => {
      const keyspace = new MemoryKeyspace({ maxKeys: 1 });
      keyspace.set('a', '1');
      keyspace.set('b', '2');
      expect(keyspace.exists('a')).toBe(false);
      expect(keyspace.get('b')).toBe('2');
    });
  });

  describe('purgeExpired', () => {
    it('drops expired keys, so the size goes down, without reporting evictions', async () => {
      const evicted: string[] = [];
      const keyspace = new MemoryKeyspace({ maxKeys: 100, onEvict: (key) => evicted.push(key) });
      keyspace.set('short-1', 'x', 50);
      keyspace.set('short-2', 'x', 50);
      keyspace.set('long', 'x', 60_000);
      keyspace.set('forever', 'x');
      await sleep(200);
      // Expiry is lazy: nothing has touched the expired keys yet, so they still take room.
      expect(keyspace.size).toBe(4);

      keyspace.purgeExpired();

      expect(keyspace.size).toBe(2);
      expect(keyspace.exists('long')).toBe(true);
      expect(keyspace.exists('forever')).toBe(true);
      expect(evicted).toEqual([]);
    });
  });

  it('raises StoreTypeError naming the key when it holds another type', () => {
    const keyspace = new MemoryKeyspace({ maxKeys: 10 });
    keyspace.set('s', 'x');
    expect(() => keyspace.hget('s', 'f')).toThrow(StoreTypeError);
    expect(() => keyspace.lrange('s', 0, -1)).toThrow(/WRONGTYPE key s does not hold a list/);
  });

  describe('globToRegExp', () => {
    it.each<[string, string, boolean]>([
      ['room:*', 'room:12', true],
      ['room:*', 'room:', true],
      ['room:*', 'xroom:1', false],
      ['room:?', 'room:1', true],
      ['room:?', 'room:12', false],
      ['*:1', 'room:1', true],
      ['room.1', 'room.1', true],
      ['room.1', 'roomx1', false],
      ['a+b', 'a+b', true],
      ['a+b', 'aab', false],
      ['(x)|y', '(x)|y', true],
      ['(x)|y', 'y', false],
      ['x{2}', 'x{2}', true],
      ['x{2}', 'xx', false],
      ['^$', '^$', true],
      ['^$', '', false],
    ])('turns the glob %j into a pattern that matches %j: %s', (glob, key, matches) => {
      expect(globToRegExp(glob).test(key)).toBe(matches);
    });
  });
});

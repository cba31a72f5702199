import { LRUCache } from 'lru-cache';
import type { ScriptContext } from './store-script';

/** What Redis's INCRBY accepts as a stored integer: no sign prefix, spaces, exponents or leading zeros. */
const REDIS_INTEGER = /^(0|-?[1-9]\d*)$/;

type Entry = { t: 'string'; v: string } | { t: 'hash'; v: Map<string, string> } | { t: 'list'; v: string[] };

export class StoreTypeError extends Error {
  constructor(key: string, expected: Entry['t']) {
    super(`WRONGTYPE key ${key} does not hold a ${expected}`);
    this.name = 'StoreTypeError';
  }
}

export interface KeyspaceOptions {
  maxKeys: number;
  onEvict?: (key: string) => void;
}

/**
 * The embedded store's data: an LRU map with per-key expiry (lru-cache), exposing Redis semantics
 * synchronously. Expired keys are dropped lazily on access and by a periodic purge; the LRU bound
 * only bites past MEMORY_STORE_MAX_KEYS, and each eviction is reported.
 */
export class MemoryKeyspace implements ScriptContext {
  private readonly cache: LRUCache<string, Entry>;

  constructor(options: KeyspaceOptions) {
    this.cache = new LRUCache<string, Entry>({
      max: options.maxKeys,
      allowStale: false,
      // Exact expiry: the default caches "now" between timer ticks and over-reports remaining ttl.
      ttlResolution: 0,
      dispose: (_value, key, reason) => {
        if (reason === 'evict') options.onEvict?.(key);
      },
    });
  }

  now(): number {
    return Date.now();
  }

  purgeExpired(): void {
    this.cache.purgeStale();
  }

  get size(): number {
    return this.cache.size;
  }

  get(key: string): string | null {
    return this.read(key, 'string')?.v ?? null;
  }

  /** The value when the key holds a string, else null (MGET's answer for other types). */
  getString(key: string): string | null {
    const entry = this.cache.get(key);
    return entry?.t === 'string' ? entry.v : null;
  }

  set(key: string, value: string, ttlMs?: number): void {
    this.cache.set(key, { t: 'string', v: value }, { ttl: ttlMs && ttlMs > 0 ? Math.ceil(ttlMs) : 0 });
  }

  del(key: string): number {
    return this.cache.delete(key) ? 1 : 0;
  }

  exists(key: string): boolean {
    return this.cache.has(key);
  }

  pttl(key: string): number {
    if (!this.cache.has(key)) return -2;
    const remaining = this.cache.getRemainingTTL(key);
    return remaining === Infinity ? -1 : Math.max(1, Math.ceil(remaining));
  }

  pexpire(key: string, ttlMs: number): boolean {
    const entry = this.cache.get(key);
    if (!entry) return false;
    if (ttlMs <= 0) this.cache.delete(key);
    else this.cache.set(key, entry, { ttl: Math.ceil(ttlMs) });
    return true;
  }

  incrBy(key: string, by: number): number {
    if (!Number.isSafeInteger(by)) throw new Error('ERR increment is not an integer');
    const entry = this.read(key, 'string');
    if (entry && !REDIS_INTEGER.test(entry.v)) throw new Error(`ERR value of ${key} is not an integer`);
    const next = (entry ? Number(entry.v) : 0) + by;
    if (!Number.isSafeInteger(next)) throw new Error('ERR increment or decrement would overflow');
    if (entry) entry.v = String(next);
    else this.set(key, String(next));
    return next;
  }

  hget(key: string, field: string): string | null {
    return this.read(key, 'hash')?.v.get(field) ?? null;
  }

  hset(key: string, field: string, value: string): void {
    this.readOrCreate(key, 'hash', () => new Map<string, string>()).v.set(field, value);
  }

  hdel(key: string, field: string): number {
    const entry = this.read(key, 'hash');
    if (!entry?.v.delete(field)) return 0;
    if (entry.v.size === 0) this.cache.delete(key);
    return 1;
  }

  hgetall(key: string): Record<string, string> {
    return Object.fromEntries(this.read(key, 'hash')?.v ?? []);
  }

  lpush(key: string, value: string): number {
    const list = this.readOrCreate(key, 'list', () => [] as string[]).v;
    list.unshift(value);
    return list.length;
  }

  ltrim(key: string, start: number, stop: number): void {
    const entry = this.read(key, 'list');
    if (!entry) return;
    const [from, to] = redisRange(entry.v.length, start, stop);
    entry.v = entry.v.slice(from, to + 1);
    if (entry.v.length === 0) this.cache.delete(key);
  }

  lrange(key: string, start: number, stop: number): string[] {
    const list = this.read(key, 'list')?.v ?? [];
    const [from, to] = redisRange(list.length, start, stop);
    return list.slice(from, to + 1);
  }

  llen(key: string): number {
    return this.read(key, 'list')?.v.length ?? 0;
  }

  lrem(key: string, value: string): number {
    const entry = this.read(key, 'list');
    if (!entry) return 0;
    const before = entry.v.length;
    entry.v = entry.v.filter((item) => item !== value);
    if (entry.v.length === 0) this.cache.delete(key);
    return before - entry.v.length;
  }

  /** Live keys matching `pattern` (a RegExp built from a glob), at most `limit`. */
  keys(pattern: RegExp, limit: number): string[] {
    const found: string[] = [];
    for (const key of this.cache.keys()) {
      if (found.length >= limit) break;
      if (pattern.test(key) && this.cache.has(key)) found.push(key);
    }
    return found;
  }

  private read<T extends Entry['t']>(key: string, type: T): Extract<Entry, { t: T }> | undefined {
    const entry = this.cache.get(key);
    if (!entry) return undefined;
    if (entry.t !== type) throw new StoreTypeError(key, type);
    return entry as Extract<Entry, { t: T }>;
  }

  private readOrCreate<T extends 'hash' | 'list'>(
    key: string,
    type: T,
    create: () => Extract<Entry, { t: T }>['v'],
  ): Extract<Entry, { t: T }> {
    const existing = this.read(key, type);
    if (existing) return existing;
    const entry = { t: type, v: create() } as Extract<Entry, { t: T }>;
    this.cache.set(key, entry, { ttl: 0 });
    return entry;
  }
}

/** Redis's inclusive, negative-aware index range, clamped to the list; empty when from > to. */
function redisRange(length: number, start: number, stop: number): [number, number] {
  const from = Math.max(0, start < 0 ? length + start : start);
  const to = Math.min(length - 1, stop < 0 ? length + stop : stop);
  return to < from ? [0, -1] : [from, to];
}

/** A Redis-style glob limited to `*` and `?` (every other character is literal). */
export function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 's');
}

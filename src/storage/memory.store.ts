import { type KeyValue, Store } from './store.port';
import type { StoreScript } from './store-script';
import { globToRegExp, MemoryKeyspace } from './memory-keyspace';

const PURGE_INTERVAL_MS = 60_000;

/**
 * Embedded-mode store: state lives in this process and is lost on exit. Every operation runs
 * synchronously on the keyspace, so each one (and each script) is atomic, as in Redis.
 */
export class MemoryStore extends Store {
  private readonly purgeTimer: NodeJS.Timeout;

  constructor(
    readonly keyPrefix: string,
    private readonly keyspace: MemoryKeyspace,
  ) {
    super();
    this.purgeTimer = setInterval(() => keyspace.purgeExpired(), PURGE_INTERVAL_MS).unref();
  }

  close(): void {
    clearInterval(this.purgeTimer);
  }

  async get(key: string): Promise<string | null> {
    return this.keyspace.get(this.k(key));
  }

  async getMany(keys: string[]): Promise<Array<string | null>> {
    return keys.map((key) => this.keyspace.getString(this.k(key)));
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    this.keyspace.set(this.k(key), value, ttlMs);
  }

  async setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean> {
    if (this.keyspace.exists(this.k(key))) return false;
    this.keyspace.set(this.k(key), value, ttlMs);
    return true;
  }

  async setAllIfAbsent(entries: KeyValue[], ttlMs?: number): Promise<boolean> {
    if (entries.some(({ key }) => this.keyspace.exists(this.k(key)))) return false;
    for (const { key, value } of entries) this.keyspace.set(this.k(key), value, ttlMs);
    return true;
  }

  async delete(...keys: string[]): Promise<number> {
    return keys.reduce((count, key) => count + this.keyspace.del(this.k(key)), 0);
  }

  async compareAndDelete(key: string, expected: string): Promise<boolean> {
    if (this.keyspace.get(this.k(key)) !== expected) return false;
    return this.keyspace.del(this.k(key)) === 1;
  }

  async compareAndExpire(key: string, expected: string, ttlMs: number): Promise<boolean> {
    if (this.keyspace.get(this.k(key)) !== expected) return false;
    return this.keyspace.pexpire(this.k(key), ttlMs);
  }

  async ttlMs(key: string): Promise<number> {
    return this.keyspace.pttl(this.k(key));
  }

  async increment(key: string, by = 1, ttlMs?: number): Promise<number> {
    const isNew = !this.keyspace.exists(this.k(key));
    const value = this.keyspace.incrBy(this.k(key), by);
    if (ttlMs && ttlMs > 0 && isNew) this.keyspace.pexpire(this.k(key), ttlMs);
    return value;
  }

  async hashGet(key: string, field: string): Promise<string | null> {
    return this.keyspace.hget(this.k(key), field);
  }

  async hashSet(key: string, field: string, value: string): Promise<void> {
    this.keyspace.hset(this.k(key), field, value);
  }

  async hashDelete(key: string, field: string): Promise<boolean> {
    return this.keyspace.hdel(this.k(key), field) === 1;
  }

  async hashGetAll(key: string): Promise<Record<string, string>> {
    return this.keyspace.hgetall(this.k(key));
  }

  async listRange(key: string, start: number, stop: number): Promise<string[]> {
    return this.keyspace.lrange(this.k(key), start, stop);
  }

  async listLength(key: string): Promise<number> {
    return this.keyspace.llen(this.k(key));
  }

  async listRemove(key: string, value: string): Promise<number> {
    return this.keyspace.lrem(this.k(key), value);
  }

  async scanKeys(pattern: string, limit: number): Promise<string[]> {
    const prefixed = globToRegExp(this.k(pattern));
    return this.keyspace.keys(prefixed, limit).map((key) => key.slice(this.keyPrefix.length));
  }

  async run<R>(script: StoreScript<R>, keys: string[], args: Array<string | number>): Promise<R> {
    const reply = script.memory(
      this.keyspace,
      keys.map((key) => this.k(key)),
      args.map(String),
    );
    return script.parse(reply);
  }

  async ping(): Promise<void> {}

  private k(key: string): string {
    return this.keyPrefix + key;
  }
}

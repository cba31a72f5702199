import { createHash } from 'node:crypto';
import { type Redis, ReplyError } from 'ioredis';
import { StoreUnavailableError } from './storage.errors';
import { type KeyValue, Store } from './store.port';
import type { ScriptReply, StoreScript } from './store-script';
import {
  compareAndDeleteScript,
  compareAndExpireScript,
  incrementWithTtlScript,
  setAllIfAbsentScript,
} from './store.scripts';

const SCAN_BATCH = 500;

/** SHA1 of each script's Lua, computed once; two scripts may not share a name with different Lua. */
const shas = new Map<string, { lua: string; sha: string }>();

function shaOf(script: StoreScript<unknown>): string {
  const known = shas.get(script.name);
  if (known?.lua === script.lua) return known.sha;
  if (known) throw new Error(`Two different store scripts are named ${script.name}`);
  const sha = createHash('sha1').update(script.lua).digest('hex');
  shas.set(script.name, { lua: script.lua, sha });
  return sha;
}

/** Redis takes whole milliseconds; both stores round a fractional ttl up. */
const wholeMs = (ttlMs: number): number => Math.ceil(ttlMs);

/** Redis-backed store shared by every replica. Scripts are defined once per connection (EVALSHA). */
export class RedisStore extends Store {
  constructor(
    readonly keyPrefix: string,
    private readonly client: Redis,
  ) {
    super();
  }

  get(key: string): Promise<string | null> {
    return this.guard(this.client.get(this.k(key)));
  }

  getMany(keys: string[]): Promise<Array<string | null>> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.guard(this.client.mget(keys.map((key) => this.k(key))));
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    if (ttlMs && ttlMs > 0) await this.guard(this.client.set(this.k(key), value, 'PX', wholeMs(ttlMs)));
    else await this.guard(this.client.set(this.k(key), value));
  }

  async setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean> {
    const reply =
      ttlMs && ttlMs > 0
        ? await this.guard(this.client.set(this.k(key), value, 'PX', wholeMs(ttlMs), 'NX'))
        : await this.guard(this.client.set(this.k(key), value, 'NX'));
    return reply === 'OK';
  }

  async setAllIfAbsent(entries: KeyValue[], ttlMs = 0): Promise<boolean> {
    if (entries.length === 0) return true;
    return this.run(
      setAllIfAbsentScript,
      entries.map((e) => e.key),
      [wholeMs(ttlMs), ...entries.map((e) => e.value)],
    );
  }

  delete(...keys: string[]): Promise<number> {
    if (keys.length === 0) return Promise.resolve(0);
    return this.guard(this.client.del(...keys.map((key) => this.k(key))));
  }

  compareAndDelete(key: string, expected: string): Promise<boolean> {
    return this.run(compareAndDeleteScript, [key], [expected]);
  }

  compareAndExpire(key: string, expected: string, ttlMs: number): Promise<boolean> {
    return this.run(compareAndExpireScript, [key], [expected, wholeMs(ttlMs)]);
  }

  ttlMs(key: string): Promise<number> {
    return this.guard(this.client.pttl(this.k(key)));
  }

  increment(key: string, by = 1, ttlMs?: number): Promise<number> {
    if (ttlMs && ttlMs > 0) return this.run(incrementWithTtlScript, [key], [by, wholeMs(ttlMs)]);
    return this.guard(this.client.incrby(this.k(key), by));
  }

  hashGet(key: string, field: string): Promise<string | null> {
    return this.guard(this.client.hget(this.k(key), field));
  }

  async hashSet(key: string, field: string, value: string): Promise<void> {
    await this.guard(this.client.hset(this.k(key), field, value));
  }

  async hashDelete(key: string, field: string): Promise<boolean> {
    return (await this.guard(this.client.hdel(this.k(key), field))) === 1;
  }

  hashGetAll(key: string): Promise<Record<string, string>> {
    return this.guard(this.client.hgetall(this.k(key)));
  }

  listRange(key: string, start: number, stop: number): Promise<string[]> {
    return this.guard(this.client.lrange(this.k(key), start, stop));
  }

  listLength(key: string): Promise<number> {
    return this.guard(this.client.llen(this.k(key)));
  }

  listRemove(key: string, value: string): Promise<number> {
    return this.guard(this.client.lrem(this.k(key), 0, value));
  }

  async scanKeys(pattern: string, limit: number): Promise<string[]> {
    const found = new Set<string>();
    let cursor = '0';
    do {
      const [next, keys] = await this.guard(
        this.client.scan(cursor, 'MATCH', this.k(pattern), 'COUNT', SCAN_BATCH),
      );
      for (const key of keys) if (found.size < limit) found.add(key.slice(this.keyPrefix.length));
      cursor = next;
    } while (cursor !== '0' && found.size < limit);
    return [...found];
  }

  /**
   * EVALSHA, and EVAL once when Redis does not know the script (after a restart or SCRIPT FLUSH),
   * which loads it again. Plain EVALSHA commands ride ioredis's auto-pipelines safely and cheaply
   * (ioredis's own defineCommand scripts do not: a NOSCRIPT inside a pipeline misaligns its replies).
   */
  async run<R>(script: StoreScript<R>, keys: string[], args: Array<string | number>): Promise<R> {
    const keysAndArgs = [...keys.map((key) => this.k(key)), ...args];
    let reply: unknown;
    try {
      reply = await this.guard(this.client.evalsha(shaOf(script), keys.length, ...keysAndArgs));
    } catch (error) {
      if (!(error instanceof ReplyError) || !String((error as Error).message).startsWith('NOSCRIPT'))
        throw error;
      reply = await this.guard(this.client.eval(script.lua, keys.length, ...keysAndArgs));
    }
    return script.parse(reply as ScriptReply);
  }

  async ping(): Promise<void> {
    await this.guard(this.client.ping());
  }

  /**
   * Connection trouble (lost connection, command timeout, retries exhausted) becomes
   * StoreUnavailableError, which callers and the HTTP layer treat as "try again" (503). An error
   * Redis itself replied (a wrong type, a script error) is a bug, not an outage: it passes unchanged.
   */
  private async guard<T>(pending: Promise<T>): Promise<T> {
    try {
      return await pending;
    } catch (error) {
      if (error instanceof ReplyError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`The store is unreachable: ${reason}`, { cause: error });
    }
  }

  private k(key: string): string {
    return this.keyPrefix + key;
  }
}

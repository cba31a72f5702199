import type { Redis } from 'ioredis';
import { type KeyValue, Store } from './store.port';
import type { ScriptReply, StoreScript } from './store-script';
import {
  compareAndDeleteScript,
  compareAndExpireScript,
  incrementWithTtlScript,
  setAllIfAbsentScript,
} from './store.scripts';

type ScriptCommand = (numberOfKeys: number, ...keysAndArgs: Array<string | number>) => Promise<unknown>;

const SCAN_BATCH = 500;

/** The scripts defined on each client (defineCommand is per client, not per store). */
const definedScripts = new WeakMap<Redis, Map<string, string>>();

/** Redis-backed store shared by every replica. Scripts are defined once per connection (EVALSHA). */
export class RedisStore extends Store {
  constructor(
    readonly keyPrefix: string,
    private readonly client: Redis,
  ) {
    super();
  }

  async get(key: string): Promise<string | null> {
    return this.client.get(this.k(key));
  }

  async getMany(keys: string[]): Promise<Array<string | null>> {
    if (keys.length === 0) return [];
    return this.client.mget(keys.map((key) => this.k(key)));
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    if (ttlMs && ttlMs > 0) await this.client.set(this.k(key), value, 'PX', ttlMs);
    else await this.client.set(this.k(key), value);
  }

  async setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean> {
    const reply =
      ttlMs && ttlMs > 0
        ? await this.client.set(this.k(key), value, 'PX', ttlMs, 'NX')
        : await this.client.set(this.k(key), value, 'NX');
    return reply === 'OK';
  }

  async setAllIfAbsent(entries: KeyValue[], ttlMs = 0): Promise<boolean> {
    if (entries.length === 0) return true;
    return this.run(
      setAllIfAbsentScript,
      entries.map((e) => e.key),
      [ttlMs, ...entries.map((e) => e.value)],
    );
  }

  async delete(...keys: string[]): Promise<number> {
    if (keys.length === 0) return 0;
    return this.client.del(...keys.map((key) => this.k(key)));
  }

  async compareAndDelete(key: string, expected: string): Promise<boolean> {
    return this.run(compareAndDeleteScript, [key], [expected]);
  }

  async compareAndExpire(key: string, expected: string, ttlMs: number): Promise<boolean> {
    return this.run(compareAndExpireScript, [key], [expected, ttlMs]);
  }

  async ttlMs(key: string): Promise<number> {
    return this.client.pttl(this.k(key));
  }

  async increment(key: string, by = 1, ttlMs?: number): Promise<number> {
    if (ttlMs && ttlMs > 0) return this.run(incrementWithTtlScript, [key], [by, ttlMs]);
    return this.client.incrby(this.k(key), by);
  }

  async hashGet(key: string, field: string): Promise<string | null> {
    return this.client.hget(this.k(key), field);
  }

  async hashSet(key: string, field: string, value: string): Promise<void> {
    await this.client.hset(this.k(key), field, value);
  }

  async hashDelete(key: string, field: string): Promise<boolean> {
    return (await this.client.hdel(this.k(key), field)) === 1;
  }

  async hashGetAll(key: string): Promise<Record<string, string>> {
    return this.client.hgetall(this.k(key));
  }

  async pushCapped(key: string, value: string, maxLength: number): Promise<void> {
    await this.pushAllCapped(key, [value], maxLength);
  }

  async pushAllCapped(key: string, values: string[], maxLength: number): Promise<void> {
    if (values.length === 0) return;
    const results = await this.client
      .multi()
      .lpush(this.k(key), ...values)
      .ltrim(this.k(key), 0, maxLength - 1)
      .exec();
    const failed = results?.find(([err]) => err);
    if (failed?.[0]) throw failed[0];
  }

  async listRange(key: string, start: number, stop: number): Promise<string[]> {
    return this.client.lrange(this.k(key), start, stop);
  }

  async listLength(key: string): Promise<number> {
    return this.client.llen(this.k(key));
  }

  async listRemove(key: string, value: string): Promise<number> {
    return this.client.lrem(this.k(key), 0, value);
  }

  async scanKeys(pattern: string, limit: number): Promise<string[]> {
    const found = new Set<string>();
    let cursor = '0';
    do {
      const [next, keys] = await this.client.scan(cursor, 'MATCH', this.k(pattern), 'COUNT', SCAN_BATCH);
      for (const key of keys) if (found.size < limit) found.add(key.slice(this.keyPrefix.length));
      cursor = next;
    } while (cursor !== '0' && found.size < limit);
    return [...found];
  }

  async run<R>(script: StoreScript<R>, keys: string[], args: Array<string | number>): Promise<R> {
    const command = this.command(script);
    const reply = await command.call(this.client, keys.length, ...keys.map((key) => this.k(key)), ...args);
    return script.parse(reply as ScriptReply);
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  private command(script: StoreScript<unknown>): ScriptCommand {
    let scripts = definedScripts.get(this.client);
    if (!scripts) definedScripts.set(this.client, (scripts = new Map<string, string>()));
    const known = scripts.get(script.name);
    if (known === undefined) {
      if (script.name in this.client)
        throw new Error(`Store script name ${script.name} clashes with a client method`);
      this.client.defineCommand(script.name, { lua: script.lua });
      // Scripts stay out of ioredis's auto-pipelines: there a NOSCRIPT reply (after a Redis restart)
      // misaligns the pipeline's replies and throws outside any promise, and a script defined while a
      // pipeline is open fails. Sent alone, EVALSHA falls back to EVAL cleanly.
      this.client.options.autoPipeliningIgnoredCommands?.push(script.name);
      scripts.set(script.name, script.lua);
    } else if (known !== script.lua) {
      throw new Error(`Two different store scripts are named ${script.name}`);
    }
    return (this.client as unknown as Record<string, ScriptCommand>)[script.name];
  }

  private k(key: string): string {
    return this.keyPrefix + key;
  }
}

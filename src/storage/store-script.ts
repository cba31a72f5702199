/**
 * The synchronous view of the store that an embedded-mode script runs against. Keys are already
 * prefixed. Mirrors the Redis commands our Lua scripts use, with Redis's return conventions.
 */
export interface ScriptContext {
  now(): number;
  get(key: string): string | null;
  /** Sets a string; ttlMs > 0 sets an expiry, otherwise the key persists (like SET without PX). */
  set(key: string, value: string, ttlMs?: number): void;
  del(key: string): number;
  exists(key: string): boolean;
  /** Remaining ms, -1 without expiry, -2 when missing (PTTL). */
  pttl(key: string): number;
  pexpire(key: string, ttlMs: number): boolean;
  incrBy(key: string, by: number): number;
  hget(key: string, field: string): string | null;
  hset(key: string, field: string, value: string): void;
  hdel(key: string, field: string): number;
  hgetall(key: string): Record<string, string>;
  lpush(key: string, value: string): number;
  ltrim(key: string, start: number, stop: number): void;
  lrange(key: string, start: number, stop: number): string[];
  llen(key: string): number;
  lrem(key: string, value: string): number;
}

/** The raw values a script may return: what Redis gives back from Lua (nil becomes null). */
export type ScriptReply = string | number | null | ScriptReply[];

/**
 * An atomic operation with two equal implementations: Lua for Redis (registered once per connection
 * and run with EVALSHA) and a synchronous function for the embedded store (atomic because the event
 * loop does not interleave it). Both must pass the same contract tests.
 */
export interface StoreScript<R> {
  /** Unique name; becomes the ioredis command name, so letters and digits only. */
  readonly name: string;
  readonly lua: string;
  readonly memory: (ctx: ScriptContext, keys: string[], args: string[]) => ScriptReply;
  readonly parse: (reply: ScriptReply) => R;
}

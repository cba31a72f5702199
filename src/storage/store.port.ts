import type { StoreScript } from './store-script';
import { pushCappedScript } from './store.scripts';

export interface KeyValue {
  key: string;
  value: string;
}

/**
 * The key/value store every stateful module uses. Keys are given without KEY_PREFIX; the store adds
 * it. Two backends: Redis (shared by replicas) and memory (embedded mode, one process).
 */
export abstract class Store {
  /** The KEY_PREFIX this store puts in front of every key. */
  abstract readonly keyPrefix: string;

  /** The value, or null when the key is missing or expired. */
  abstract get(key: string): Promise<string | null>;
  /** Values of several keys in one round trip, null where missing. */
  abstract getMany(keys: string[]): Promise<Array<string | null>>;
  /** Sets the value; with ttlMs it expires, without it persists. */
  abstract set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Sets only when the key does not exist; true when it did set. */
  abstract setIfAbsent(key: string, value: string, ttlMs?: number): Promise<boolean>;
  /** Sets every key or none: false (and nothing written) when any of them exists. */
  abstract setAllIfAbsent(entries: KeyValue[], ttlMs?: number): Promise<boolean>;
  /** Deletes keys; returns how many existed. */
  abstract delete(...keys: string[]): Promise<number>;
  /** Deletes the key only when its value equals `expected` (a token); true when it did. */
  abstract compareAndDelete(key: string, expected: string): Promise<boolean>;
  /** Sets a new expiry only when the value equals `expected`; true when it did. */
  abstract compareAndExpire(key: string, expected: string, ttlMs: number): Promise<boolean>;
  /** Remaining ms, -1 when the key has no expiry, -2 when it does not exist. */
  abstract ttlMs(key: string): Promise<number>;
  /** Adds `by` to an integer counter (missing counts as 0); ttlMs is set when the counter is created. */
  abstract increment(key: string, by?: number, ttlMs?: number): Promise<number>;
  abstract hashGet(key: string, field: string): Promise<string | null>;
  abstract hashSet(key: string, field: string, value: string): Promise<void>;
  abstract hashDelete(key: string, field: string): Promise<boolean>;
  abstract hashGetAll(key: string): Promise<Record<string, string>>;
  /** Puts `value` at the head of a list and keeps only the newest `maxLength` entries. */
  pushCapped(key: string, value: string, maxLength: number): Promise<void> {
    return this.pushAllCapped(key, [value], maxLength);
  }
  /** Like pushCapped for several values in one script call; the last value ends up at the head. */
  async pushAllCapped(key: string, values: string[], maxLength: number): Promise<void> {
    if (values.length === 0) return;
    await this.run(pushCappedScript, [key], [maxLength, ...values]);
  }
  /** Entries start..stop inclusive from the head (newest first); negative indexes count from the end. */
  abstract listRange(key: string, start: number, stop: number): Promise<string[]>;
  abstract listLength(key: string): Promise<number>;
  /** Removes every entry equal to `value`; returns how many. */
  abstract listRemove(key: string, value: string): Promise<number>;
  /** Keys (without prefix) matching a glob pattern (`*`, `?`), at most `limit` of them. */
  abstract scanKeys(pattern: string, limit: number): Promise<string[]>;
  /** Runs an atomic script; keys are given without prefix. */
  abstract run<R>(script: StoreScript<R>, keys: string[], args: Array<string | number>): Promise<R>;
  /** Resolves when the backend answers; rejects otherwise (readiness). */
  abstract ping(): Promise<void>;
}

import type { ScriptReply, StoreScript } from '../storage/store-script';

export interface StoredRaw {
  created: boolean;
  raw: string;
}

export interface StoredRawWithList extends StoredRaw {
  /** The list named by KEYS[2], head first; empty when no list was named. */
  list: string[];
}

/**
 * KEYS[1] = session key, optional KEYS[2] = a list read in the same step; ARGV = fresh session JSON,
 * ttl ms, refresh threshold ms. One round trip: answers the stored JSON (refreshing its TTL only when
 * less than the threshold remains), or stores and answers the fresh one, and the list's entries.
 */
export const getOrCreateScript: StoreScript<StoredRawWithList> = {
  name: 'agentSessionGetOrCreate',
  lua: `
    local list = {}
    if KEYS[2] then list = redis.call('LRANGE', KEYS[2], 0, -1) end
    local raw = redis.call('GET', KEYS[1])
    if raw then
      if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[3]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
      return {0, raw, list}
    end
    redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
    return {1, ARGV[1], list}`,
  memory: (ctx, [key, listKey], [fresh, ttlMs, thresholdMs]) => {
    const list = listKey === undefined ? [] : ctx.lrange(listKey, 0, -1);
    const raw = ctx.get(key);
    if (raw !== null) {
      if (ctx.pttl(key) < Number(thresholdMs)) ctx.pexpire(key, Number(ttlMs));
      return [0, raw, list];
    }
    ctx.set(key, fresh, Number(ttlMs));
    return [1, fresh, list];
  },
  parse: (reply: ScriptReply): StoredRawWithList => {
    const [created, raw, list] = reply as [number, string, string[] | undefined];
    return { created: created === 1, raw, list: list ?? [] };
  },
};

export type CompareAndSetReply = { saved: true } | { saved: false; current: string | null };

/** The version a stored JSON carries, -2 when it cannot be read; mirrors the Lua below. */
function storedVersion(raw: string): number {
  try {
    const doc = JSON.parse(raw) as { version?: unknown };
    return typeof doc.version === 'number' ? doc.version : -2;
  } catch {
    return -2;
  }
}

/**
 * KEYS[1] = session key, optional KEYS[2] = a list; ARGV = expected version, new JSON, ttl ms, then
 * (with KEYS[2]) a value. Writes (sliding the TTL) only when the stored session still has the
 * expected version, and then removes every copy of the value from the list in the same step (the
 * inbox entry the write answered); otherwise answers what is stored (nil when it expired), so the
 * caller can re-apply its change without another read.
 */
export const compareAndSetScript: StoreScript<CompareAndSetReply> = {
  name: 'agentSessionCompareAndSet',
  lua: `
    local raw = redis.call('GET', KEYS[1])
    local version = -1
    if raw then
      local ok, doc = pcall(cjson.decode, raw)
      if ok and type(doc) == 'table' and type(doc.version) == 'number' then version = doc.version else version = -2 end
    end
    if version == tonumber(ARGV[1]) then
      redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
      if KEYS[2] then redis.call('LREM', KEYS[2], 0, ARGV[4]) end
      return {1}
    end
    return {0, raw}`,
  memory: (ctx, [key, listKey], [expected, next, ttlMs, listValue]) => {
    const raw = ctx.get(key);
    const version = raw === null ? -1 : storedVersion(raw);
    if (version === Number(expected)) {
      ctx.set(key, next, Number(ttlMs));
      if (listKey !== undefined) ctx.lrem(listKey, listValue);
      return [1];
    }
    return [0, raw];
  },
  parse: (reply: ScriptReply): CompareAndSetReply => {
    const [saved, current] = reply as [number, string | null | undefined];
    return saved === 1 ? { saved: true } : { saved: false, current: current ?? null };
  },
};

/**
 * KEYS = session key, quarantine key; ARGV = the unreadable JSON as read, fresh JSON, ttl ms,
 * quarantine ttl ms. Moves the unreadable data aside and puts the fresh session in its place, unless
 * someone replaced it meanwhile (then answers what is there now).
 */
export const quarantineScript: StoreScript<StoredRaw> = {
  name: 'agentSessionQuarantine',
  lua: `
    local raw = redis.call('GET', KEYS[1])
    if raw and raw ~= ARGV[1] then return {0, raw} end
    if raw then redis.call('SET', KEYS[2], raw, 'PX', ARGV[4]) end
    redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
    return {1, ARGV[2]}`,
  memory: (ctx, [key, quarantine], [expected, fresh, ttlMs, quarantineTtlMs]) => {
    const raw = ctx.get(key);
    if (raw !== null && raw !== expected) return [0, raw];
    if (raw !== null) ctx.set(quarantine, raw, Number(quarantineTtlMs));
    ctx.set(key, fresh, Number(ttlMs));
    return [1, fresh];
  },
  parse: (reply: ScriptReply): StoredRaw => {
    const [created, raw] = reply as [number, string];
    return { created: created === 1, raw };
  },
};

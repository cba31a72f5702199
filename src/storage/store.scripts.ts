import type { StoreScript } from './store-script';

const asNumber = (reply: unknown): number => Number(reply);
const asBoolean = (reply: unknown): boolean => Number(reply) === 1;

/** ARGV[1] = ttl ms (0 = none), ARGV[2..] = one value per key. */
export const setAllIfAbsentScript: StoreScript<boolean> = {
  name: 'agentSetAllIfAbsent',
  lua: `
    for _, key in ipairs(KEYS) do
      if redis.call('EXISTS', key) == 1 then return 0 end
    end
    local ttl = tonumber(ARGV[1])
    for i, key in ipairs(KEYS) do
      if ttl > 0 then redis.call('SET', key, ARGV[i + 1], 'PX', ttl) else redis.call('SET', key, ARGV[i + 1]) end
    end
    return 1`,
  memory: (ctx, keys, args) => {
    if (keys.some((key) => ctx.exists(key))) return 0;
    keys.forEach((key, i) => ctx.set(key, args[i + 1], Number(args[0])));
    return 1;
  },
  parse: asBoolean,
};

/** Deletes KEYS[1] when its value is ARGV[1]. */
export const compareAndDeleteScript: StoreScript<boolean> = {
  name: 'agentCompareAndDelete',
  lua: `
    if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
    return 0`,
  memory: (ctx, [key], [expected]) => (ctx.get(key) === expected ? ctx.del(key) : 0),
  parse: asBoolean,
};

/** Sets KEYS[1]'s expiry to ARGV[2] ms when its value is ARGV[1]. */
export const compareAndExpireScript: StoreScript<boolean> = {
  name: 'agentCompareAndExpire',
  lua: `
    if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
    return 0`,
  memory: (ctx, [key], [expected, ttlMs]) =>
    ctx.get(key) === expected && ctx.pexpire(key, Number(ttlMs)) ? 1 : 0,
  parse: asBoolean,
};

/** INCRBY ARGV[1]; a counter created by this call expires after ARGV[2] ms. */
export const incrementWithTtlScript: StoreScript<number> = {
  name: 'agentIncrementWithTtl',
  lua: `
    local existed = redis.call('EXISTS', KEYS[1])
    local value = redis.call('INCRBY', KEYS[1], ARGV[1])
    if existed == 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
    return value`,
  memory: (ctx, [key], [by, ttlMs]) => {
    const existed = ctx.exists(key);
    const value = ctx.incrBy(key, Number(by));
    if (!existed) ctx.pexpire(key, Number(ttlMs));
    return value;
  },
  parse: asNumber,
};

/**
 * LPUSH ARGV[2..] onto KEYS[1] (in order: the last ends first), then keeps its first ARGV[1]
 * elements: one command instead of MULTI, LPUSH, LTRIM, EXEC. Redis's Lua unpacks at most ~8,000
 * values at once, hence the chunks.
 */
export const pushCappedScript: StoreScript<number> = {
  name: 'agentPushCapped',
  lua: `
    for from = 2, #ARGV, 1000 do
      redis.call('LPUSH', KEYS[1], unpack(ARGV, from, math.min(from + 999, #ARGV)))
    end
    redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[1]) - 1)
    return 1`,
  memory: (ctx, [key], [maxLength, ...values]) => {
    for (const value of values) ctx.lpush(key, value);
    ctx.ltrim(key, 0, Number(maxLength) - 1);
    return 1;
  },
  parse: asNumber,
};

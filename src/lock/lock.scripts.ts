import type { ScriptReply, StoreScript } from '../storage/store-script';
import { TOKEN_LENGTH } from './lock-value';

export type AcquireReply =
  { acquired: true; fencing: number } | { acquired: false; heldBy: string; heldForMs: number };

/**
 * KEYS = the resources, then the fencing counter. ARGV = token, ttl ms, acquiredAt ms, owner.
 * Takes every resource or none; the fencing number comes from one counter, so it strictly increases
 * for each resource. On conflict answers the first holder's value and its remaining ttl.
 */
export const acquireScript: StoreScript<AcquireReply> = {
  name: 'agentLockAcquire',
  lua: `
    local n = #KEYS - 1
    for i = 1, n do
      local held = redis.call('GET', KEYS[i])
      if held then return {0, held, redis.call('PTTL', KEYS[i])} end
    end
    local fencing = redis.call('INCR', KEYS[#KEYS])
    local value = ARGV[1] .. ' ' .. fencing .. ' ' .. ARGV[3] .. ' ' .. ARGV[4]
    for i = 1, n do redis.call('SET', KEYS[i], value, 'PX', ARGV[2]) end
    return {1, fencing}`,
  memory: (ctx, keys, [token, ttlMs, acquiredAt, owner]) => {
    const resources = keys.slice(0, -1);
    for (const key of resources) {
      const held = ctx.get(key);
      if (held !== null) return [0, held, ctx.pttl(key)];
    }
    const fencing = ctx.incrBy(keys[keys.length - 1], 1);
    const value = `${token} ${fencing} ${acquiredAt} ${owner}`;
    for (const key of resources) ctx.set(key, value, Number(ttlMs));
    return [1, fencing];
  },
  parse: (reply: ScriptReply): AcquireReply => {
    const [acquired, a, b] = reply as [number, number | string, number];
    return acquired === 1
      ? { acquired: true, fencing: Number(a) }
      : { acquired: false, heldBy: String(a), heldForMs: Number(b) };
  },
};

/** KEYS = resources; ARGV[1] = token. Deletes the keys that still hold the token; answers how many. */
export const releaseScript: StoreScript<number> = {
  name: 'agentLockRelease',
  lua: `
    local released = 0
    for _, key in ipairs(KEYS) do
      local held = redis.call('GET', key)
      if held and string.sub(held, 1, ${TOKEN_LENGTH}) == ARGV[1] then
        released = released + redis.call('DEL', key)
      end
    end
    return released`,
  memory: (ctx, keys, [token]) =>
    keys.reduce((released, key) => {
      const held = ctx.get(key);
      return held !== null && held.slice(0, TOKEN_LENGTH) === token ? released + ctx.del(key) : released;
    }, 0),
  parse: (reply) => Number(reply),
};

/** KEYS = resources; ARGV = token, ttl ms. Extends all, only when every key still holds the token. */
export const extendScript: StoreScript<boolean> = {
  name: 'agentLockExtend',
  lua: `
    for _, key in ipairs(KEYS) do
      local held = redis.call('GET', key)
      if not held or string.sub(held, 1, ${TOKEN_LENGTH}) ~= ARGV[1] then return 0 end
    end
    for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ARGV[2]) end
    return 1`,
  memory: (ctx, keys, [token, ttlMs]) => {
    if (keys.some((key) => ctx.get(key)?.slice(0, TOKEN_LENGTH) !== token)) return 0;
    for (const key of keys) ctx.pexpire(key, Number(ttlMs));
    return 1;
  },
  parse: (reply) => Number(reply) === 1,
};

import type { ScriptContext, ScriptReply, StoreScript } from '../storage/store-script';
import { TOKEN_LENGTH } from './lock-value';

/** The audit list may run this far past its cap before a trim: one LTRIM per hundred events, not per event. */
const TRIM_SLACK = 100;

export type AcquireReply =
  { acquired: true; fencing: number } | { acquired: false; heldBy: string; heldForMs: number };

/**
 * KEYS = the resources, then the fencing counter, then the audit list. ARGV = token, ttl ms,
 * acquiredAt ms, owner, audit entry head, audit entry tail, audit cap.
 * Takes every resource or none; the fencing number comes from one counter, so it strictly increases
 * for each resource. On success appends `head .. fencing .. tail` to the audit list (same round
 * trip); on conflict answers the first holder's value and its remaining ttl.
 */
export const acquireScript: StoreScript<AcquireReply> = {
  name: 'agentLockAcquire',
  lua: `
    local n = #KEYS - 2
    for i = 1, n do
      local held = redis.call('GET', KEYS[i])
      if held then return {0, held, redis.call('PTTL', KEYS[i])} end
    end
    local fencing = redis.call('INCR', KEYS[n + 1])
    local value = ARGV[1] .. ' ' .. fencing .. ' ' .. ARGV[3] .. ' ' .. ARGV[4]
    for i = 1, n do redis.call('SET', KEYS[i], value, 'PX', ARGV[2]) end
    if redis.call('LPUSH', KEYS[n + 2], ARGV[5] .. fencing .. ARGV[6]) > tonumber(ARGV[7]) + ${TRIM_SLACK} then
      redis.call('LTRIM', KEYS[n + 2], 0, tonumber(ARGV[7]) - 1)
    end
    return {1, fencing}`,
  memory: (ctx, keys, [token, ttlMs, acquiredAt, owner, head, tail, cap]) => {
    const resources = keys.slice(0, -2);
    const [fencingKey, auditKey] = keys.slice(-2);
    for (const key of resources) {
      const held = ctx.get(key);
      if (held !== null) return [0, held, ctx.pttl(key)];
    }
    const fencing = ctx.incrBy(fencingKey, 1);
    const value = `${token} ${fencing} ${acquiredAt} ${owner}`;
    for (const key of resources) ctx.set(key, value, Number(ttlMs));
    appendAudit(ctx, auditKey, `${head}${fencing}${tail}`, cap);
    return [1, fencing];
  },
  parse: (reply: ScriptReply): AcquireReply => {
    const [acquired, a, b] = reply as [number, number | string, number];
    return acquired === 1
      ? { acquired: true, fencing: Number(a) }
      : { acquired: false, heldBy: String(a), heldForMs: Number(b) };
  },
};

/**
 * KEYS = resources, then the audit list; ARGV = token, audit head, audit tail, audit cap. Deletes
 * the keys that still hold the token; audits `head .. (released|not_owner) .. tail`; answers how
 * many it deleted.
 */
export const releaseScript: StoreScript<number> = {
  name: 'agentLockRelease',
  lua: `
    local n = #KEYS - 1
    local released = 0
    for i = 1, n do
      local held = redis.call('GET', KEYS[i])
      if held and string.sub(held, 1, ${TOKEN_LENGTH}) == ARGV[1] then
        released = released + redis.call('DEL', KEYS[i])
      end
    end
    local outcome = 'not_owner'
    if released == n then outcome = 'released' end
    if redis.call('LPUSH', KEYS[n + 1], ARGV[2] .. outcome .. ARGV[3]) > tonumber(ARGV[4]) + ${TRIM_SLACK} then
      redis.call('LTRIM', KEYS[n + 1], 0, tonumber(ARGV[4]) - 1)
    end
    return released`,
  memory: (ctx, keys, [token, head, tail, cap]) => {
    const resources = keys.slice(0, -1);
    const released = resources.reduce((count, key) => {
      const held = ctx.get(key);
      return held !== null && held.slice(0, TOKEN_LENGTH) === token ? count + ctx.del(key) : count;
    }, 0);
    appendAudit(
      ctx,
      keys[keys.length - 1],
      `${head}${released === resources.length ? 'released' : 'not_owner'}${tail}`,
      cap,
    );
    return released;
  },
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

function appendAudit(ctx: ScriptContext, key: string, entry: string, cap: string): void {
  if (ctx.lpush(key, entry) > Number(cap) + TRIM_SLACK) ctx.ltrim(key, 0, Number(cap) - 1);
}

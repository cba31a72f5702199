import type { ScriptContext, ScriptReply, StoreScript } from '../storage/store-script';
import { TOKEN_LENGTH } from './lock-value';

/** The audit list may run this far past its cap before a trim: one LTRIM per hundred events, not per event. */
const TRIM_SLACK = 100;

/**
 * Each script takes a batch of independent requests and handles them one after another, in order,
 * exactly as separate calls would: a later request sees what an earlier one locked or released.
 * KEYS lists every request's resources in turn (then the script's shared keys); ARGV gives each
 * request's key count first, so the script knows which KEYS are whose. A request that fails inside
 * the script (a resource holding another type) gets its own error; the others go on.
 */

/** The error a store raised for one request of a batch. */
export class LockScriptError extends Error {
  override readonly name = 'LockScriptError';
}

/** Lua: `err` from a pcall, as text (Redis 7.0 gives a string, later versions may give a table). */
const LUA_ERROR_TEXT = `
    local function errorText(err)
      if type(err) == 'table' then return tostring(err.err) end
      return tostring(err)
    end`;

/**
 * Lua: runs `handle(firstKey, lastKey, ...)` for each request of the batch (ARGV from `firstArg` on:
 * the key count, then `perRequest - 1` fields) under pcall, and answers `width` values per request;
 * a request that raised answers -1 and its error.
 */
const LUA_EACH_REQUEST = `
    local function eachRequest(handle, firstArg, perRequest, width)
      local replies, k, a = {}, 0, firstArg
      while a < #ARGV do
        local n = tonumber(ARGV[a + 1])
        local result = { pcall(handle, k + 1, k + n, unpack(ARGV, a + 2, a + perRequest)) }
        if not result[1] then result = { false, -1, errorText(result[2]) } end
        for i = 2, width + 1 do replies[#replies + 1] = result[i] or 0 end
        k, a = k + n, a + perRequest
      end
      return replies
    end`;

const LUA_APPEND_AUDIT = `
    local function appendAudit(key, entry, cap)
      if redis.call('LPUSH', key, entry) > cap + ${TRIM_SLACK} then redis.call('LTRIM', key, 0, cap - 1) end
    end`;

export type AcquireReply =
  { acquired: true; fencing: number } | { acquired: false; heldBy: string; heldForMs: number };

/**
 * KEYS = each request's resources, then the fencing counter, then the audit list. ARGV = audit entry
 * tail, audit cap, then per request: key count, token, ttl ms, acquiredAt ms, owner, audit head.
 * Per request: takes every resource or none; the fencing number comes from one counter, so it
 * strictly increases for each resource; on success appends `head .. fencing .. tail` to the audit
 * list; on conflict answers the first holder's value and its remaining ttl. Replies three values per
 * request: 1, fencing, 0 | 0, holder's value, its pttl | -1, error, 0.
 */
export const acquireBatchScript: StoreScript<Array<AcquireReply | LockScriptError>> = {
  name: 'agentLockAcquireBatch',
  lua: `${LUA_ERROR_TEXT}${LUA_EACH_REQUEST}${LUA_APPEND_AUDIT}
    local fencingKey, auditKey = KEYS[#KEYS - 1], KEYS[#KEYS]
    local tail, cap = ARGV[1], tonumber(ARGV[2])
    local function acquire(first, last, token, ttl, acquiredAt, owner, head)
      for i = first, last do
        local held = redis.call('GET', KEYS[i])
        if held then return 0, held, redis.call('PTTL', KEYS[i]) end
      end
      local fencing = redis.call('INCR', fencingKey)
      local value = token .. ' ' .. fencing .. ' ' .. acquiredAt .. ' ' .. owner
      for i = first, last do redis.call('SET', KEYS[i], value, 'PX', ttl) end
      appendAudit(auditKey, head .. fencing .. tail, cap)
      return 1, fencing, 0
    end
    return eachRequest(acquire, 2, 6, 3)`,
  memory: (ctx, keys, args) => {
    const [fencingKey, auditKey] = keys.slice(-2);
    const [tail, cap] = args;
    return eachRequest(keys, args, { firstArg: 2, perRequest: 6, width: 3 }, (resources, fields) => {
      const [token, ttlMs, acquiredAt, owner, head] = fields;
      for (const key of resources) {
        const held = ctx.get(key);
        if (held !== null) return [0, held, ctx.pttl(key)];
      }
      const fencing = ctx.incrBy(fencingKey, 1);
      const value = `${token} ${fencing} ${acquiredAt} ${owner}`;
      for (const key of resources) ctx.set(key, value, Number(ttlMs));
      appendAudit(ctx, auditKey, `${head}${fencing}${tail}`, cap);
      return [1, fencing, 0];
    });
  },
  parse: (reply) =>
    groups(reply, 3).map(([status, a, b]) => {
      if (status === -1) return new LockScriptError(String(a));
      return status === 1
        ? { acquired: true, fencing: Number(a) }
        : { acquired: false, heldBy: String(a), heldForMs: Number(b) };
    }),
};

/**
 * KEYS = each request's resources, then the audit list; ARGV = audit cap, then per request: key
 * count, token, audit head, audit tail. Per request: deletes the keys that still hold the token,
 * audits `head .. (released|not_owner) .. tail`. Replies two values per request: 1, how many it
 * deleted | -1, error.
 */
export const releaseBatchScript: StoreScript<Array<number | LockScriptError>> = {
  name: 'agentLockReleaseBatch',
  lua: `${LUA_ERROR_TEXT}${LUA_EACH_REQUEST}${LUA_APPEND_AUDIT}
    local auditKey, cap = KEYS[#KEYS], tonumber(ARGV[1])
    local function release(first, last, token, head, tail)
      local released = 0
      for i = first, last do
        local held = redis.call('GET', KEYS[i])
        if held and string.sub(held, 1, ${TOKEN_LENGTH}) == token then
          released = released + redis.call('DEL', KEYS[i])
        end
      end
      local outcome = 'not_owner'
      if released == last - first + 1 then outcome = 'released' end
      appendAudit(auditKey, head .. outcome .. tail, cap)
      return 1, released
    end
    return eachRequest(release, 1, 4, 2)`,
  memory: (ctx, keys, args) => {
    const auditKey = keys[keys.length - 1];
    return eachRequest(keys, args, { firstArg: 1, perRequest: 4, width: 2 }, (resources, fields) => {
      const [token, head, tail] = fields;
      const released = resources.reduce((sum, key) => {
        const held = ctx.get(key);
        return held !== null && held.slice(0, TOKEN_LENGTH) === token ? sum + ctx.del(key) : sum;
      }, 0);
      const outcome = released === resources.length ? 'released' : 'not_owner';
      appendAudit(ctx, auditKey, `${head}${outcome}${tail}`, args[0]);
      return [1, released];
    });
  },
  parse: (reply) =>
    groups(reply, 2).map(([status, value]) =>
      status === -1 ? new LockScriptError(String(value)) : Number(value),
    ),
};

/**
 * KEYS = each request's resources; ARGV = per request: key count, token, ttl ms. Per request:
 * extends every resource, only when every one still holds the token. Replies two values per
 * request: 1, 1 (extended) or 0 (not) | -1, error.
 */
export const extendBatchScript: StoreScript<Array<boolean | LockScriptError>> = {
  name: 'agentLockExtendBatch',
  lua: `${LUA_ERROR_TEXT}${LUA_EACH_REQUEST}
    local function extend(first, last, token, ttl)
      for i = first, last do
        local held = redis.call('GET', KEYS[i])
        if not held or string.sub(held, 1, ${TOKEN_LENGTH}) ~= token then return 1, 0 end
      end
      for i = first, last do redis.call('PEXPIRE', KEYS[i], ttl) end
      return 1, 1
    end
    return eachRequest(extend, 0, 3, 2)`,
  memory: (ctx, keys, args) =>
    eachRequest(keys, args, { firstArg: 0, perRequest: 3, width: 2 }, (resources, [token, ttlMs]) => {
      if (resources.some((key) => ctx.get(key)?.slice(0, TOKEN_LENGTH) !== token)) return [1, 0];
      for (const key of resources) ctx.pexpire(key, Number(ttlMs));
      return [1, 1];
    }),
  parse: (reply) =>
    groups(reply, 2).map(([status, value]) =>
      status === -1 ? new LockScriptError(String(value)) : Number(value) === 1,
    ),
};

function appendAudit(ctx: ScriptContext, key: string, entry: string, cap: string): void {
  if (ctx.lpush(key, entry) > Number(cap) + TRIM_SLACK) ctx.ltrim(key, 0, Number(cap) - 1);
}

interface BatchLayout {
  /** Where the requests start in ARGV (the script's shared arguments come first). */
  firstArg: number;
  /** ARGV entries per request: its key count, then its fields. */
  perRequest: number;
  /** Reply values per request. */
  width: number;
}

/** The memory twin of LUA_EACH_REQUEST: `handle` gets each request's resources and fields, in order. */
function eachRequest(
  keys: string[],
  args: string[],
  { firstArg, perRequest, width }: BatchLayout,
  handle: (resources: string[], fields: string[]) => ScriptReply[],
): ScriptReply[] {
  const replies: ScriptReply[] = [];
  for (let k = 0, a = firstArg; a < args.length; a += perRequest) {
    const [count, ...fields] = args.slice(a, a + perRequest);
    const resources = keys.slice(k, (k += Number(count)));
    replies.push(...attempt(width, () => handle(resources, fields)));
  }
  return replies;
}

/** One request's reply, or [-1, error, 0…] when the store refused it (as the Lua pcall does). */
function attempt(width: number, handle: () => ScriptReply[]): ScriptReply[] {
  try {
    return handle();
  } catch (error) {
    const reply: ScriptReply[] = [-1, error instanceof Error ? error.message : String(error)];
    while (reply.length < width) reply.push(0);
    return reply;
  }
}

/** A flat script reply cut into one group of `width` values per request. */
function groups(reply: ScriptReply, width: number): ScriptReply[][] {
  const flat = Array.isArray(reply) ? reply : [];
  const out: ScriptReply[][] = [];
  for (let i = 0; i + width <= flat.length; i += width) out.push(flat.slice(i, i + width));
  return out;
}

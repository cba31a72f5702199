import type { ScriptContext, StoreScript } from '../storage/store-script';

/**
 * KEYS = tenants hash, WhatsApp index hash, Gmail index hash. ARGV = tenant id, tenant JSON (empty to
 * delete), JSON list of the WhatsApp phone_number_ids to claim, Gmail address to claim (or empty).
 * Refuses (answers the other tenant's id) when a claimed number or address belongs to another tenant;
 * otherwise drops this tenant's old index entries, writes the new ones and the tenant, atomically.
 */
export const saveTenantScript: StoreScript<string | null> = {
  name: 'agentSaveTenant',
  lua: `
    local id = ARGV[1]
    local numbers = cjson.decode(ARGV[3])
    for _, number in ipairs(numbers) do
      local owner = redis.call('HGET', KEYS[2], number)
      if owner and owner ~= id then return owner end
    end
    if ARGV[4] ~= '' then
      local owner = redis.call('HGET', KEYS[3], ARGV[4])
      if owner and owner ~= id then return owner end
    end
    for _, index in ipairs({KEYS[2], KEYS[3]}) do
      local entries = redis.call('HGETALL', index)
      for i = 1, #entries, 2 do
        if entries[i + 1] == id then redis.call('HDEL', index, entries[i]) end
      end
    end
    if ARGV[2] == '' then
      redis.call('HDEL', KEYS[1], id)
      return false
    end
    for _, number in ipairs(numbers) do redis.call('HSET', KEYS[2], number, id) end
    if ARGV[4] ~= '' then redis.call('HSET', KEYS[3], ARGV[4], id) end
    redis.call('HSET', KEYS[1], id, ARGV[2])
    return false`,
  memory: (ctx, [tenants, whatsapp, gmail], [id, json, numbersJson, address]) => {
    const numbers = JSON.parse(numbersJson) as string[];
    const taken = numbers.map((n) => ctx.hget(whatsapp, n)).find((owner) => owner !== null && owner !== id);
    if (taken) return taken;
    const addressOwner = address ? ctx.hget(gmail, address) : null;
    if (addressOwner !== null && addressOwner !== id) return addressOwner;
    for (const index of [whatsapp, gmail]) dropEntriesOf(ctx, index, id);
    if (!json) {
      ctx.hdel(tenants, id);
      return null;
    }
    for (const number of numbers) ctx.hset(whatsapp, number, id);
    if (address) ctx.hset(gmail, address, id);
    ctx.hset(tenants, id, json);
    return null;
  },
  parse: (reply) => (typeof reply === 'string' ? reply : null),
};

function dropEntriesOf(ctx: ScriptContext, index: string, id: string): void {
  for (const [field, owner] of Object.entries(ctx.hgetall(index))) if (owner === id) ctx.hdel(index, field);
}

import type { StoreScript } from '../storage/store-script';

/**
 * KEYS = the record key, the index list; ARGV = record JSON, record ttl ms, dead-letter id, index cap.
 * Writes the record and indexes it in one step, so a record is never stored without being listed.
 */
export const saveDeadLetterScript: StoreScript<void> = {
  name: 'agentSaveDeadLetter',
  lua: `
    redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
    redis.call('LREM', KEYS[2], 0, ARGV[3])
    redis.call('LPUSH', KEYS[2], ARGV[3])
    redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[4]) - 1)
    return 1`,
  memory: (ctx, [record, index], [json, ttlMs, id, cap]) => {
    ctx.set(record, json, Number(ttlMs));
    ctx.lrem(index, id);
    ctx.lpush(index, id);
    ctx.ltrim(index, 0, Number(cap) - 1);
    return 1;
  },
  parse: () => undefined,
};

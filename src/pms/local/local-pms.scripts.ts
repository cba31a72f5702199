import type { ScriptReply, StoreScript } from '../../storage/store-script';

export type BookReply =
  | { outcome: 'booked' }
  | { outcome: 'duplicate'; reference: string }
  | { outcome: 'sold_out'; night: number }
  | { outcome: 'reference_taken' };

/**
 * KEYS = idempotency key, reservation key, one inventory counter per night.
 * ARGV = rooms of the type, reservation JSON, reference, idempotency ttl ms, inventory expiry (epoch ms),
 * reservation ttl ms.
 * Atomically: a known idempotency key answers its reservation; every night must have a free room;
 * then every night is taken, the reservation stored and the key remembered. So the last room is sold
 * once, however many replicas ask at the same moment.
 */
export const bookScript: StoreScript<BookReply> = {
  name: 'agentLocalPmsBook',
  lua: `
    local earlier = redis.call('GET', KEYS[1])
    if earlier then return {2, earlier} end
    if redis.call('EXISTS', KEYS[2]) == 1 then return {3} end
    local rooms = tonumber(ARGV[1])
    for i = 3, #KEYS do
      if tonumber(redis.call('GET', KEYS[i]) or '0') >= rooms then return {0, i - 2} end
    end
    for i = 3, #KEYS do
      redis.call('INCR', KEYS[i])
      redis.call('PEXPIREAT', KEYS[i], ARGV[5])
    end
    redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[6])
    redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])
    return {1}`,
  memory: (
    ctx,
    [idempotencyKey, reservationKey, ...nights],
    [rooms, json, reference, idemTtl, expireAt, reservationTtl],
  ) => {
    const earlier = ctx.get(idempotencyKey);
    if (earlier !== null) return [2, earlier];
    if (ctx.exists(reservationKey)) return [3];
    const soldOut = nights.findIndex((key) => Number(ctx.get(key) ?? '0') >= Number(rooms));
    if (soldOut >= 0) return [0, soldOut + 1];
    for (const key of nights) {
      ctx.incrBy(key, 1);
      ctx.pexpire(key, Number(expireAt) - ctx.now());
    }
    ctx.set(reservationKey, json, Number(reservationTtl));
    ctx.set(idempotencyKey, reference, Number(idemTtl));
    return [1];
  },
  parse: (reply: ScriptReply): BookReply => {
    const [code, value] = reply as [number, string | number | undefined];
    if (code === 1) return { outcome: 'booked' };
    if (code === 2) return { outcome: 'duplicate', reference: String(value) };
    if (code === 3) return { outcome: 'reference_taken' };
    return { outcome: 'sold_out', night: Number(value) };
  },
};

export type CancelReply = 'cancelled' | 'missing' | 'changed';

/**
 * KEYS = reservation key, one inventory counter per night; ARGV = the reservation JSON as read,
 * the cancelled JSON. Gives each night back once: only if the reservation is still exactly what the
 * caller read (so two cancels cannot both free the rooms); the reservation keeps its TTL.
 */
export const cancelScript: StoreScript<CancelReply> = {
  name: 'agentLocalPmsCancel',
  lua: `
    local raw = redis.call('GET', KEYS[1])
    if not raw then return 0 end
    if raw ~= ARGV[1] then return -1 end
    for i = 2, #KEYS do
      if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end
    end
    redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
    return 1`,
  memory: (ctx, [reservationKey, ...nights], [expected, cancelled]) => {
    const raw = ctx.get(reservationKey);
    if (raw === null) return 0;
    if (raw !== expected) return -1;
    for (const key of nights) if (Number(ctx.get(key) ?? '0') > 0) ctx.incrBy(key, -1);
    const ttl = ctx.pttl(reservationKey);
    ctx.set(reservationKey, cancelled, ttl > 0 ? ttl : undefined);
    return 1;
  },
  parse: (reply) => (Number(reply) === 1 ? 'cancelled' : Number(reply) === 0 ? 'missing' : 'changed'),
};

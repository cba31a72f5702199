import { createHash } from 'node:crypto';

/** The conversation lock: one guest's messages are handled one at a time. */
export function conversationLockKey(tenantId: string, channel: string, guestId: string): string {
  return `lock:${tenantId}:conversation:${channel}:${guestId}`;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * One lock per night of a stay (check-in included, check-out excluded), so overlapping stays of the
 * same room type conflict and back-to-back or disjoint ones do not. Dates are YYYY-MM-DD.
 */
export function roomNightLockKeys(
  tenantId: string,
  roomTypeId: string,
  checkIn: string,
  checkOut: string,
): string[] {
  const first = Date.parse(`${checkIn}T00:00:00Z`);
  const last = Date.parse(`${checkOut}T00:00:00Z`);
  if (Number.isNaN(first) || Number.isNaN(last)) throw new Error(`invalid stay ${checkIn}..${checkOut}`);
  const keys: string[] = [];
  for (let night = first; night < last; night += DAY_MS) {
    keys.push(`lock:${tenantId}:room-type:${roomTypeId}:${new Date(night).toISOString().slice(0, 10)}`);
  }
  return keys;
}

const CONVERSATION_KEY = /^(lock:[^:]+:conversation:[^:]+:)(.+)$/;

/** A resource safe to log: the guest id (a phone number or e-mail) of a conversation lock is hashed. */
export function loggableResource(resource: string): string {
  const match = CONVERSATION_KEY.exec(resource);
  if (!match) return resource;
  return `${match[1]}#${createHash('sha256').update(match[2]).digest('hex').slice(0, 12)}`;
}

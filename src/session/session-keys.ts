import { createHash } from 'node:crypto';
import type { SessionIdentity } from './session';

/** The session key (design §6, part of the contract): the store adds KEY_PREFIX in front. */
export function sessionKey({ tenantId, channel, guestId }: SessionIdentity): string {
  return `session:${tenantId}:${channel}:${guestId}`;
}

/** Where unreadable session data is kept for a week, for a developer to look at. */
export function quarantineKey(identity: SessionIdentity, at: Date): string {
  return `session-quarantine:${identity.tenantId}:${identity.channel}:${identity.guestId}:${at.getTime()}`;
}

/** The guest id (a phone number or e-mail) is personal data: logs get a short hash instead. */
export function guestRef(guestId: string): string {
  return createHash('sha256').update(guestId).digest('hex').slice(0, 12);
}

import type { BookingSlots } from './booking-slots';

/** The kinds of a request naming one per room ("una doble y una individual"), this room's first; else null. */
export function kindsAsked(stay: Pick<BookingSlots, 'roomTypeId' | 'nextRoomTypes'>): string[] | null {
  return stay.roomTypeId && stay.nextRoomTypes ? [stay.roomTypeId, ...stay.nextRoomTypes] : null;
}

/** How many rooms of `roomTypeId` the request still needs: all of them, or those of that kind when each room has one. */
export function roomsNeeded(stay: BookingSlots, roomTypeId: string): number {
  const kinds = kindsAsked(stay);
  return kinds ? kinds.filter((kind) => kind === roomTypeId).length : (stay.rooms ?? 1);
}

/**
 * "Una suite y una doble, somos 6": shared evenly (3 and 3), the double could not take its share;
 * by what each kind sleeps (4 and 2) instead. Undefined when the even shares fit, or nothing does.
 */
export function sharesByKind(guests: number, sleeps: readonly number[]): number[] | undefined {
  const even = roomShares({ guests, rooms: sleeps.length });
  if (even.every((share, i) => share <= sleeps[i])) return undefined;
  const shares: number[] = [];
  let left = guests;
  for (const [i, places] of sleeps.entries()) {
    const share = Math.min(places, left - (sleeps.length - i - 1));
    shares.push(share);
    left -= share;
  }
  return left === 0 && shares.every((share) => share >= 1) ? shares : undefined;
}

/** Each room's places, the first (largest) share first: as the guest said them, or the party shared evenly. */
export function roomShares(stay: { guests: number; rooms?: number; roomParties?: number[] }): number[] {
  if (stay.roomParties) return stay.roomParties;
  const shares: number[] = [];
  let left = stay.guests;
  for (let rooms = stay.rooms ?? 1; rooms > 0; rooms--) {
    shares.push(Math.ceil(left / rooms));
    left -= shares[shares.length - 1];
  }
  return shares;
}

/**
 * The places of the room being booked: what the guest said for it, or the party shared evenly among
 * the rooms still to book (the first takes the odd one).
 */
export function partyInRoom(stay: { guests: number; rooms?: number; roomParties?: number[] }): number {
  return stay.roomParties?.[0] ?? Math.ceil(stay.guests / (stay.rooms ?? 1));
}

/** A party as the replies write it: its adults and children when there are children, else how many. */
export function partyValues(
  guests: number,
  children = 0,
): { guests: number; adults: number; children: number } {
  return { guests, adults: guests - children, children };
}

/** A kind of those asked named alone: it goes first, the others kept, each with its share. */
export function firstOfKinds(slots: BookingSlots, named: string): boolean {
  const kinds = kindsAsked(slots);
  const at = kinds?.indexOf(named) ?? -1;
  if (!kinds || at < 0) return false;
  const order = [at, ...kinds.map((_, i) => i).filter((i) => i !== at)];
  [slots.roomTypeId, ...slots.nextRoomTypes] = order.map((i) => kinds[i]);
  if (slots.roomParties?.length === kinds.length) slots.roomParties = order.map((i) => slots.roomParties![i]);
  slots.kindsProposed = undefined;
  return true;
}

import type { Availability, RoomOffer } from '../../pms/pms.types';

/** Rooms of different kinds for a party in several rooms, one per share, and what they cost together. */
export interface RoomMix {
  /** The kind of each room, in the order of the shares (largest first). */
  kinds: string[];
  total: number;
}

/**
 * "2 habitaciones para 5": the cheapest rooms that sleep each share (3 and 2), of any kinds, as many
 * as are left of each. `forFirst` is the PMS's answer for the first (largest) share, `forRest` for the
 * smallest, which lists the smaller kinds too. Null when some share finds no room.
 */
export function cheapestMix(
  shares: readonly number[],
  forFirst: Availability,
  forRest: Availability,
): RoomMix | null {
  const left = new Map(forRest.offers.map((offer) => [offer.roomTypeId, offer.roomsLeft]));
  const kinds: string[] = [];
  let total = 0;
  for (const [i, share] of shares.entries()) {
    const offers = (i === 0 ? forFirst : forRest).offers
      .filter((offer) => offer.maxGuests >= share && (left.get(offer.roomTypeId) ?? 0) > 0)
      .sort((a, b) => a.total - b.total);
    const cheapest = offers[0];
    if (!cheapest) return null;
    kinds.push(cheapest.roomTypeId);
    total += cheapest.total;
    left.set(cheapest.roomTypeId, (left.get(cheapest.roomTypeId) ?? 0) - 1);
  }
  return { kinds, total };
}

/** The cheapest kind that takes every room of the request on its own, with the total of all of them. */
export function cheapestSameKind(
  offers: readonly RoomOffer[],
  rooms: number,
): { offer: RoomOffer; total: number } | null {
  const cheapest = [...offers].sort((a, b) => a.total - b.total)[0];
  return cheapest ? { offer: cheapest, total: cheapest.total * rooms } : null;
}

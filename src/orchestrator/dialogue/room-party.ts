import type { RoomType } from '../../tenants/tenant';
import { readBookingSlots } from '../booking/booking-slots';
import { partyInRoom } from '../booking/room-shares';
import { isBookingFlow } from './booking-readings';
import type { Turn } from './turn';

/** The room that sleeps the most. */
export function largestRoom(turn: Turn): RoomType {
  return [...turn.tenant.roomTypes].sort((a, b) => b.maxGuests - a.maxGuests)[0];
}

/**
 * The party one room must take and the room the booking under way has chosen. The party said now
 * counts first ("what room do you recommend for 4 of us?"), else the booking's: its whole party
 * (`whole`: "can we all fit in one room?") or one room's share of it.
 */
export function partyToHouse(turn: Turn, whole: boolean): { chosen?: string; party?: number } {
  const said = turn.entity('guests')?.value.total;
  const { flow, slots } = turn.state.dialogue;
  if (!isBookingFlow(flow)) return { party: said };
  const booking = readBookingSlots(slots);
  const chosen = booking.roomTypeId;
  if (said !== undefined || booking.guests === undefined) return { party: said, chosen };
  return { party: whole ? booking.guests : partyInRoom({ ...booking, guests: booking.guests }), chosen };
}

/** No room sleeps the party: the largest named, and the party split across rooms offered. */
export function sayNoRoomTakes(turn: Turn, party: number): void {
  const largest = largestRoom(turn);
  turn.say('booking.recommend_split', {
    guests: party,
    room: turn.roomName(largest.id),
    max: largest.maxGuests,
  });
}

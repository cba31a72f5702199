import type { PmsAdapter } from '../../pms/pms-adapter.port';
import type { Reservation } from '../../pms/pms.types';
import { offerHuman } from '../dialogue/fallback';
import type { Turn } from '../dialogue/turn';
import type { Stay } from './booking-slots';
import { partyInRoom } from './room-shares';

// A change of a booking is looked for as a new stay while the booking stands, so the PMS counts the
// guest's own room as taken: with the last room of its kind, only the hotel's team can make the change.

/**
 * The room asked for is not free for the changed stay, and the booking being changed holds it on
 * some of the same nights: the guest hears that the hotel's team has to make this change (nothing is
 * cancelled), and is offered a person. False, with nothing said, otherwise.
 */
export async function answerHeldByOwnBooking(pms: PmsAdapter, turn: Turn, stay: Stay): Promise<boolean> {
  if (!stay.replaces || !stay.roomTypeId) return false;
  const changed = await bookingChanged(pms, turn, stay.replaces);
  if (!changed || !holdsTheRoom(changed, stay) || !(await freeBeyond(pms, turn, changed, stay))) return false;
  offerHuman(
    turn,
    turn.text('booking.change_by_the_team', {
      room: turn.roomName(stay.roomTypeId),
      reference: changed.reference,
      phone: turn.tenant.info.phone,
    }),
  );
  return true;
}

/** The booking being changed; null when the PMS cannot say (the room is then "not free", as for any other stay). */
export async function bookingChanged(
  pms: PmsAdapter,
  turn: Turn,
  reference: string,
): Promise<Reservation | null> {
  try {
    return await pms.getReservation(turn.tenant.id, reference, turn.signal);
  } catch {
    turn.signal.throwIfAborted();
    return null;
  }
}

/**
 * Whether the room is free on the changed stay's nights outside the booking (a night more after it):
 * if another guest holds one of them, the room is simply not free. False when the PMS cannot say.
 */
async function freeBeyond(pms: PmsAdapter, turn: Turn, booking: Reservation, stay: Stay): Promise<boolean> {
  const outside = [
    { checkIn: stay.checkIn, checkOut: booking.checkIn < stay.checkOut ? booking.checkIn : stay.checkOut },
    { checkIn: booking.checkOut > stay.checkIn ? booking.checkOut : stay.checkIn, checkOut: stay.checkOut },
  ].filter((nights) => nights.checkIn < nights.checkOut);
  try {
    for (const nights of outside) {
      const query = { tenantId: turn.tenant.id, ...nights, guests: partyInRoom(stay) };
      const { offers } = await pms.checkAvailability(query, turn.signal);
      if (!offers.some((offer) => offer.roomTypeId === stay.roomTypeId && offer.roomsLeft > 0)) return false;
    }
    return true;
  } catch {
    turn.signal.throwIfAborted();
    return false;
  }
}

function holdsTheRoom(booking: Reservation, stay: Stay): boolean {
  return (
    booking.status !== 'cancelled' &&
    booking.roomTypeId === stay.roomTypeId &&
    booking.checkIn < stay.checkOut &&
    stay.checkIn < booking.checkOut
  );
}

import type { PmsAdapter } from '../../pms/pms-adapter.port';
import type { Reservation } from '../../pms/pms.types';
import { endFlow } from '../dialogue/conversation-state';
import { reservationDetails } from '../dialogue/reservation-lookup';
import type { Turn } from '../dialogue/turn';
import { bookedExtrasOf } from './booked-total';
import { EXTRA_FIELDS, type StayExtras } from './booking-extras';
import type { Stay } from './booking-slots';
import { asksAnExtra, noteExtras } from './extras-for-booking';
import { bookingChanged } from './own-booking-hold';
import { partyInRoom } from './room-shares';

/**
 * A change of a booking that comes back to the booking as it is ("¿y si lo dejamos en 2 noches pero
 * con desayuno?" after saying no to a night more): never a second booking of the same stay. The
 * booking stays, and the extras asked on the way are noted for it, with its new total. False, with
 * nothing said, when the stay is another one (or the PMS cannot say).
 */
export async function keepsTheBooking(pms: PmsAdapter, turn: Turn, stay: Stay): Promise<boolean> {
  if (!stay.replaces || stay.rooms) return false;
  const booked = await bookingChanged(pms, turn, stay.replaces);
  if (!booked || booked.status === 'cancelled' || !isTheSameStay(booked, stay)) return false;
  endFlow(turn.state);
  turn.say('booking.keeps_booked', reservationDetails(turn, booked));
  const extras = extrasNotYetBooked(turn, booked, stay);
  if (asksAnExtra(extras)) noteExtras(turn, booked, extras, true);
  return true;
}

function isTheSameStay(booked: Reservation, stay: Stay): boolean {
  return (
    booked.checkIn === stay.checkIn &&
    booked.checkOut === stay.checkOut &&
    booked.roomTypeId === stay.roomTypeId &&
    booked.guests === partyInRoom(stay)
  );
}

/** The extras taken for the stay that the booking was not made or noted with. */
function extrasNotYetBooked(turn: Turn, booked: Reservation, stay: StayExtras): StayExtras {
  const already = bookedExtrasOf(turn.state, booked.reference);
  return Object.fromEntries(
    EXTRA_FIELDS.filter((extra) => stay[extra] && !already[extra]).map((extra) => [extra, true]),
  );
}

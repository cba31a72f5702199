import { foldText } from '../../common/fold-text';
import type { Reservation } from '../../pms/pms.types';
import type { Turn } from '../dialogue/turn';
import { bookedTogether } from './booked-together';
import { bookedExtrasOf, rememberBookedExtras } from './booked-total';
import { EXTRA_FIELDS, type StayExtras } from './booking-extras';
import type { ExtraCounts } from './extra-counts';
import { extrasLines, extrasStaffNotices } from './extras-lines';
import { pricedStayOf, stayTotalSentence } from './extras-total';
import { sayTotalTogether } from './group-total';

// Breakfast, a parking space or a pet asked for a booking already made: the PMS booking has no place
// for them, so the hotel's staff are told, as for a booking made with them, and the guest hears the price.

/**
 * "En las dos", "en todas", "añade parking a las dos", "for both rooms", "all of them": every room of
 * the request. Not "para los dos", "for both of us" (the people of one room), nor "a las dos de la tarde".
 */
const EVERY_ROOM =
  /\b(?:en (?:las dos|los dos|ambas|ambos|todas|todos|cada una)|(?:a|para) (?:ambas|todas)|(?:anad\w*|agreg\w*|pon\w*|parking|desayuno|mascota|perro)\s+(?:\S+\s+)?a las dos(?!\s+(?:de|y|en punto|menos|horas?|pm|am)\b)|(?:las|los) dos (?:habitaciones|reservas|cuartos)|(?:ambas|todas las|cada) (?:habitacion\w*|reservas?)|(?:both|all|each)(?: of the| the)? (?:rooms?|bookings?|reservations?)|(?:both|all) of them|for (?:both|all|each)$)\b|^\W*(?:both|all|todas|ambas)\W*$/;

/** "Queremos desayuno en las dos", "breakfast for both rooms": the extra is for every room. */
export function saysEveryRoom(text: string): boolean {
  return EVERY_ROOM.test(foldText(text));
}

/** Whether the message asks for any extra. */
export function asksAnExtra(extras: StayExtras): boolean {
  return EXTRA_FIELDS.some((extra) => extras[extra] === true);
}

/**
 * The bookings an extra asked for is meant for, of those found: the one a change was declined for
 * (`declined`), every room of the latest request (or every booking still on) when the guest says
 * all ("queremos desayuno en las dos"), else all that were found.
 */
export function bookingsForExtras(turn: Turn, found: Reservation[], declined: string | null): Reservation[] {
  if (turn.entity('reference')) return found;
  const replaced = found.filter((reservation) => reservation.reference === declined);
  if (replaced.length > 0) return replaced;
  if (found.length < 2 || !saysEveryRoom(turn.message.text ?? '')) return found;
  const onGoing = found.filter((reservation) => reservation.status !== 'cancelled');
  const together = bookedTogether(turn.state);
  const request = onGoing.filter((reservation) => together.includes(reservation.reference));
  return request.length > 1 ? request : onGoing;
}

/** The extras noted for one booking, with their price; `withTotal`: and the booking's total with them. */
export function noteExtras(
  turn: Turn,
  reservation: Reservation,
  extras: StayExtras,
  withTotal: boolean,
): void {
  rememberBookedExtras(turn.state, reservation.reference, extras);
  const stay = pricedStayOf(reservation);
  const lines = extrasLines(turn, extras, stay.nights, stay.guests);
  if (withTotal) lines.push(stayTotalSentence(turn, bookedExtrasOf(turn.state, reservation.reference), stay));
  turn.say('status.extras_noted', { reference: reservation.reference, lines: lines.join('\n') });
  tellTheStaff(turn, reservation, extras);
}

/** The extras noted for every booking (each room of a request), then what they all come to. */
export function noteExtrasForAll(turn: Turn, reservations: Reservation[], extras: StayExtras): void {
  for (const reservation of reservations) {
    rememberBookedExtras(turn.state, reservation.reference, extras);
    tellTheStaff(turn, reservation, extras);
  }
  turn.say('status.extras_noted_all', {
    references: turn.list(reservations.map((reservation) => reservation.reference)),
  });
  sayTotalTogether(
    turn,
    reservations.map((reservation) => ({
      reservation,
      extras: bookedExtrasOf(turn.state, reservation.reference),
    })),
  );
}

function tellTheStaff(turn: Turn, reservation: Reservation, extras: StayExtras & ExtraCounts): void {
  turn.staffNotices.push(
    ...extrasStaffNotices(turn, extras, {
      reference: reservation.reference,
      room: turn.roomName(reservation.roomTypeId),
      checkIn: reservation.checkIn,
      checkOut: reservation.checkOut,
      name: reservation.guestName,
      guests: reservation.guests,
    }),
  );
}

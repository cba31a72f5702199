import { foldText } from '../../common/fold-text';
import type { Reservation } from '../../pms/pms.types';
import { babiesAdded } from '../dialogue/babies-added';
import { cotsNoted, rememberCotsNoted } from '../dialogue/cots-noted';
import { bookedForOthers } from '../dialogue/known-bookings';
import type { Turn } from '../dialogue/turn';
import { roomsBookedWith } from './booked-together';
import { type BookedStay, extrasStaffNotices } from './extras-lines';
import { lateCheckOutNotedTerms } from './late-checkout-aside';
import { specialRequestsIn } from './special-requests';

/**
 * "Por cierto, es nuestro aniversario", "could we have a quiet room?", "quiero late checkout para mi
 * reserva" (`lateCheckOut`, read by asksLateCheckOutForBooking) once booked: noted for the
 * booking (every room of it, when it was booked with others in one request) and the staff told,
 * never promised. "Necesitamos una cuna para el bebé": a cot for the guest's latest own booking, as for a baby
 * said when booking. False, with nothing said, when the message names no such request.
 */
export function noteRequestsAfterBooking(
  turn: Turn,
  found: readonly Reservation[],
  lateCheckOut = false,
): boolean {
  const requests = [
    ...specialRequestsIn(turn.message.text ?? ''),
    ...(lateCheckOut ? (['late_checkout'] as const) : []),
  ];
  const babies = babiesAdded(turn.message.text ?? '') ?? 0;
  const latest = found[found.length - 1];
  if ((requests.length === 0 && babies === 0) || !latest) return false;
  if (requests.length > 0) noteRequests(turn, found, latest, requests);
  if (babies > 0) {
    // A baby sleeps in one room: the guest's own latest booking's, not one made for the in-laws.
    const others = new Set(bookedForOthers(turn.state));
    const own = found.filter((booking) => !others.has(booking.reference)).at(-1) ?? latest;
    // A cot asked again for a baby said when booking: the staff know already.
    if (cotsNoted(turn.state, own.reference) >= babies) {
      turn.say('status.cot_already', { babies, reference: own.reference });
      return true;
    }
    turn.staffNotices.push(...extrasStaffNotices(turn, { infants: babies }, bookedStay(turn, own)));
    rememberCotsNoted(turn.state, own.reference, babies);
    turn.say('status.cot_noted', { babies, reference: own.reference });
  }
  return true;
}

function noteRequests(
  turn: Turn,
  found: readonly Reservation[],
  latest: Reservation,
  requests: ReturnType<typeof specialRequestsIn>,
): void {
  const together = new Set(roomsBookedWith(turn.state, latest.reference));
  const bookings = together.size > 0 ? found.filter(({ reference }) => together.has(reference)) : [latest];
  for (const booking of bookings) {
    // "El 19 es el cumple de mi marido": the staff hear which day of the stay.
    const requestsOn = turn
      .entities('date')
      .find(({ value }) => value.date >= booking.checkIn && value.date <= booking.checkOut)?.value.date;
    turn.staffNotices.push(...extrasStaffNotices(turn, { requests, requestsOn }, bookedStay(turn, booking)));
  }
  const named = requests.map((request) => turn.text('booking.request', { request }));
  turn.say('status.requests_noted', {
    count: bookings.length,
    references: turn.list(bookings.map(({ reference }) => reference)),
    requests: turn.list(named),
  });
  // Its terms, so the guest knows what was asked for.
  const terms = requests.includes('late_checkout') ? lateCheckOutNotedTerms(turn) : null;
  if (terms) turn.sayText(terms);
}

/**
 * "The name should be Jake Black" once booked: the PMS booking keeps its name, so the staff are asked
 * to correct it, and the guest hears so. For the latest of the bookings found; false, with nothing
 * said, when the name is the one it has.
 */
export function noteNameChange(turn: Turn, found: readonly Reservation[]): boolean {
  const to = turn.entity('guest_name')?.value.name ?? '';
  const booking = found[found.length - 1];
  // The name it already has is no change.
  if (!booking || !to || foldText(to) === foldText(booking.guestName)) return false;
  turn.staffNotices.push(turn.staffText('status.rename_staff_notice', { ...bookedStay(turn, booking), to }));
  turn.say('status.rename_noted', { reference: booking.reference, name: to });
  return true;
}

export function bookedStay(turn: Turn, booking: Reservation): BookedStay {
  return {
    reference: booking.reference,
    room: turn.roomName(booking.roomTypeId),
    checkIn: booking.checkIn,
    checkOut: booking.checkOut,
    name: booking.guestName,
  };
}

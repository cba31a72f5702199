import { foldText } from '../../common/fold-text';
import { ADULT_COMPANION, CHILD_COMPANION } from '../../nlp/entities/companions';
import type { Reservation } from '../../pms/pms.types';
import { mentionsBookingName } from './booking-owner';
import type { FlowName } from './conversation-state';
import { bookedForOthers } from './known-bookings';
import type { Turn } from './turn';

/** Who a booking may be said to be for, singular or plural: "mi madre", "mis padres", "my boss". */
const SOMEONE = String.raw`(?:(?:${ADULT_COMPANION}|${CHILD_COMPANION})(?:e?s)?|padres|parents|mama|papa|tio|tia|tios|tias|compis?|coworkers?|primos?|primas?|cousins?|aunt|uncle|in-laws|grandparents|jef[ea]|boss|clientes?|clients?|vecin[oa]s?|neighbou?rs?)`;

/**
 * "Cancela la de mis padres", "la reserva de mi hermano", "cancel my parents' booking", "the one for
 * my sister": a booking said to be someone else's (by who they are, not by the name on it).
 */
const SOMEONE_ELSES = new RegExp(
  String.raw`\b(?:la|el|reserva|habitacion|cuarto)\s+(?:de|para)\s+(?:mis?|nuestr[oa]s?|su|sus)\s+${SOMEONE}\b` +
    String.raw`|\b(?:my|our)\s+${SOMEONE}(?:'s|'|s')?\s+(?:booking|reservation|room|one)\b` +
    String.raw`|\b(?:booking|reservation|room|one)\s+(?:for|of)\s+(?:my|our)\s+${SOMEONE}\b`,
);
/**
 * "La reserva para mi pareja y para mí", "the room for my wife and me": the guest's own too (not "y mi
 * padre", nor "and I will rebook").
 */
const AND_MINE =
  /\b(?:y (?:para )?mi(?![ \t]*[a-z])|y yo|conmigo|and (?:for )?(?:me|myself)\b|and i(?=\s*(?:$|[,.;!?])))/;

export function namesSomeoneElsesBooking(text: string): boolean {
  const folded = foldText(text);
  return SOMEONE_ELSES.test(folded) && !AND_MINE.test(folded);
}

/** Of the bookings pointed at, those this conversation made for someone else ("para mis padres"). */
export function madeForOthers(turn: Turn, reservations: Reservation[]): Reservation[] {
  const others = new Set(bookedForOthers(turn.state));
  return reservations.filter((reservation) => others.has(reservation.reference));
}

/**
 * "Cancela la de mis padres" in a cancellation, with no booking under a name the message says: a
 * booking someone else holds.
 */
export function isForSomeoneElse(turn: Turn, reservations: Reservation[], flow: FlowName): boolean {
  const text = turn.message.text ?? '';
  return (
    flow === 'cancel_reservation' &&
    reservations.length > 0 &&
    !turn.entity('reference') &&
    namesSomeoneElsesBooking(text) &&
    !reservations.some((reservation) => mentionsBookingName(text, reservation.guestName))
  );
}

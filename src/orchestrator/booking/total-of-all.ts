import { foldText } from '../../common/fold-text';
import type { Reservation } from '../../pms/pms.types';

/**
 * "Total for everything?", "¿el total de todo?", "what's the total for both bookings?": every booking
 * of the conversation asked for, not the latest only. Not "all in" / "todo incluido" (one stay's
 * whole price), nor "para los dos" / "for all of us" (the people of one room).
 */
const OF_ALL =
  /\b(?:everything|all(?! in\b| of us\b)|todo(?! incluido\b)|todas)\b|\b(?:both|the two|ambas|ambos|las dos|los dos|todos los)\s+(?:bookings?|reservations?|rooms?|reservas|habitaciones|cuartos)\b/;

/** The codes of every booking still on when the total asked is of them all (two or more); else none. */
export function everyBookingAsked(text: string, reservations: Reservation[]): string[] {
  if (!OF_ALL.test(foldText(text))) return [];
  const onGoing = reservations.filter((reservation) => reservation.status !== 'cancelled');
  return onGoing.length > 1 ? onGoing.map((reservation) => reservation.reference) : [];
}

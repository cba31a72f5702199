import { foldText } from '../../common/fold-text';
import type { Reservation } from '../../pms/pms.types';

/**
 * "Total for everything?", "¿el total de todo?", "what's the total for both bookings?": every booking
 * of the conversation asked for, not the latest only. Not "¿cuánto es en total con todo?" / "total
 * with everything" (one stay's all-in price), "todas las noches" / "all taxes" (one stay's), nor
 * "para los dos" / "for all of us" (the people of one room).
 */
const OF_ALL =
  /\b(?:de todo|for everything|of everything|for it all|of it all|for all of it|cuanto (?:es|sale|seria) todo|how much is everything)\b|\b(?:both|the two|all(?: of)?(?: the| my| our)?|ambas|ambos|las dos|los dos|todas las|todos los|mis dos|my two)\s+(?:bookings?|reservations?|rooms?|reservas|habitaciones|cuartos)\b/;

/** The codes of every booking still on when the total asked is of them all (two or more); else none. */
export function everyBookingAsked(text: string, reservations: Reservation[]): string[] {
  if (!OF_ALL.test(foldText(text))) return [];
  const onGoing = reservations.filter((reservation) => reservation.status !== 'cancelled');
  return onGoing.length > 1 ? onGoing.map((reservation) => reservation.reference) : [];
}

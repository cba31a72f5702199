import { foldText } from '../../common/fold-text';
import type { Reservation } from '../../pms/pms.types';
import { type BookingPlace, namedBookingPlace, NOT_A_BOOKING } from './cancellation-wording';

/** "La primera", "the first one": a booking by its place; not "la primera noche", "the first night". */
const FIRST = new RegExp(
  String.raw`\b(?:(?:la|el|mi) primer[oa]?|the first|my first|first one)\b${NOT_A_BOOKING}`,
);

/**
 * "Cancela la primera" with several bookings in the conversation (oldest first): the first of them,
 * even when it is cancelled already (then said so), never another one still on. Null when the message
 * names no first booking, or there are not several.
 */
export function firstBookingNamed(text: string, reservations: Reservation[]): Reservation | null {
  const folded = foldText(text);
  if (reservations.length < 2 || !FIRST.test(folded)) return null;
  // "La segunda, no la primera", "the one on the 20th, not the first one", "la primera y la
  // segunda": another booking, or more than one, named beside it (left to "which one?").
  if (NOT_FIRST.test(folded) || namedBookingPlace(text) !== null || DAYS_OR_BOTH.test(folded)) return null;
  return reservations[0] ?? null;
}

const NOT_FIRST = /\b(?:no|not|ni) (?:la|el|mi|the|my) (?:primer[oa]?|first)\b/;
/** A day ("the one on the 20th", "the first weekend of January") or more than one booking named. */
const DAYS_OR_BOTH = /\d|\b(?:finde|fin de semana|weekend|semana|week|y la|and the|ambas|both)\b/;

const PLACE_INDEX: Partial<Record<BookingPlace, number>> = { second: 1, third: 2, fourth: 3 };
/** "No la segunda", "not the third one": the place ruled out. */
const NOT_A_PLACE =
  /\b(?:no|not|ni) (?:la|el|mi|the|my) (?:segund[oa]|tercer[oa]?|cuart[oa]|second|third|fourth)\b/;

/**
 * "Cancela la segunda", "cancel the second one" with that many bookings in the conversation (oldest
 * first): that one, as firstBookingNamed does for the first. Null when the place is ruled out, the
 * first (not ruled out) or a day is named beside it, or there is no such booking.
 */
export function bookingAtPlaceNamed(text: string, reservations: Reservation[]): Reservation | null {
  const place = namedBookingPlace(text);
  const index = place ? PLACE_INDEX[place] : undefined;
  if (index === undefined || index >= reservations.length) return null;
  const folded = foldText(text);
  // "La segunda, no la primera" names the second only.
  const firstToo = FIRST.test(folded) && !NOT_FIRST.test(folded);
  if (NOT_A_PLACE.test(folded) || firstToo || DAYS_OR_BOTH.test(folded)) return null;
  return reservations[index];
}

/** "La última (que hice)", "the last one", "my latest booking": the last one made. */
const LAST = new RegExp(
  String.raw`\b(?:(?:la|el|mi) ultim[oa]|the last|my last|last one|(?:la|el|mi) mas reciente|the (?:most recent|latest)|my latest)\b${NOT_A_BOOKING}(?!\s+(?:minute|minuto|momento|moment|hora|hour|chance|oportunidad)\b)`,
);

/**
 * "Cancela la última que hice", "cancel the last one" with several bookings in the conversation
 * (oldest first): the last of them, as firstBookingNamed does for the first. Null when the message
 * names no last booking, another one or a day beside it, or there are not several.
 */
export function lastBookingNamed(text: string, reservations: Reservation[]): Reservation | null {
  const folded = foldText(text);
  if (reservations.length < 2 || !LAST.test(folded)) return null;
  if (FIRST.test(folded) || namedBookingPlace(text) !== null || DAYS_OR_BOTH.test(folded)) return null;
  return reservations.at(-1) ?? null;
}

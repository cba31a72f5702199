import { foldText } from '../../common/fold-text';
import type { Entity, ParseResult } from '../../nlp/nlp.types';
import { asksForBreakfast, extrasDeclined } from '../booking/booking-extras';
import { specialRequestsIn } from '../booking/special-requests';
import type { ConversationState } from './conversation-state';
import { AMENITY_WORDS } from './amenity-words';
import { isDayOfBookedStay } from './day-of-booked-stay';
import { declinedRebook } from './declined-rebook';
import { knownReferences } from './known-bookings';
import type { Routing } from './routing';

/** What makes "con desayuno" part of another stay ("otra doble del 20 al 22 con desayuno"); a party may be breakfast's ("para los dos"). */
export const ANOTHER_STAY: ReadonlySet<Entity['type']> = new Set([
  'date_range',
  'date',
  'no_such_date',
  'nights',
  'rooms',
  'room_type',
]);

/** "No, lo dejamos como estaba", "mejor tal cual", "leave it as it was": the booking kept as it is. */
const KEEPS_IT =
  /^\W*no\b|\b(?:como (?:estaba|esta)|tal (?:cual|como (?:estaba|esta))|lo dejamos|dejalo|dejemoslo|as it (?:was|is)|keep it|leave it)\b/;

/**
 * "Con desayuno" (as the breakfast answer suggests), "and breakfast please", "y el desayuno? lo
 * quiero" with a booking made and no other under way (heard as a new booking, or a breakfast
 * question): for that booking, as "añade desayuno" is. So is "no, lo dejamos como estaba pero con
 * desayuno" once the guest said no to a change of it (heard as a no). Null otherwise.
 */
export function routeBreakfastForBookingMade(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  const declined = declinedRebook(state) !== null;
  const underWay = state.dialogue.flow !== null && !declined;
  if (underWay || knownReferences(state).length === 0) return null;
  // "Con desayuno" alone there may be the stay just declined, with it: the booking only when kept.
  if (declined && !KEEPS_IT.test(foldText(text))) return null;
  if (nlu.entities.some((entity) => ANOTHER_STAY.has(entity.type))) return null;
  return asksForBreakfast(text, nlu) ? { intent: 'reservation_status', via: 'follow_up', nlu } : null;
}

/** A booking made, no other under way, and no other stay named: what the message adds is for that booking. */
export function isForTheBookingMade(nlu: ParseResult, state: ConversationState): boolean {
  if (state.dialogue.flow !== null || knownReferences(state).length === 0) return false;
  return !nlu.entities.some((entity) => ANOTHER_STAY.has(entity.type));
}

/**
 * "Al final no queremos desayuno, quitadlo", "we don't need the parking after all" with a booking made
 * and no other under way (heard as cancelling, or as a new stay): the extra off that booking.
 */
export function routeExtraDroppedFromBookingMade(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  if (!isForTheBookingMade(nlu, state) || extrasDeclined(text, nlu).length === 0) return null;
  return { intent: 'reservation_status', via: 'follow_up', nlu };
}

/** What a message asks of its own that a request noted for the booking would leave unanswered. */
export const ANSWERED_ON_ITS_OWN: ReadonlySet<string> = new Set([
  'location',
  'room_prices',
  'room_photos',
  'late_checkout',
  'cancel_reservation',
  'human_handoff',
]);

/**
 * "Por cierto, es nuestro aniversario", "could we get a quiet room, high floor?" with a booking made and
 * no other under way: a request for that booking, noted for the staff (see requests-after-booking.ts).
 * Not "¿hay habitaciones tranquilas del 5 al 7?" (another stay) nor a question the message asks too.
 */
export function routeRequestForBookingMade(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  if (state.dialogue.flow !== null || knownReferences(state).length === 0) return null;
  if (nlu.intent !== null && ANSWERED_ON_ITS_OWN.has(nlu.intent)) return null;
  // "Es nuestro aniversario, ¿tenéis restaurante?": the question is answered; a request alone often
  // reads as a question about the hotel too ("could we have connecting rooms?").
  const folded = foldText(text);
  if (nlu.entities.some((entity) => entity.type === 'info_topic')) return null;
  if (Object.values(AMENITY_WORDS).some((words) => words.test(folded))) return null;
  // "El 19 es el cumple de mi marido" with 18–20 booked: the day is the request's.
  const ofTheStay = (entity: Entity): boolean => isDayOfBookedStay(entity, state);
  if (nlu.entities.some((entity) => ANOTHER_STAY.has(entity.type) && !ofTheStay(entity))) return null;
  return specialRequestsIn(folded).length > 0
    ? { intent: 'reservation_status', via: 'follow_up', nlu }
    : null;
}

import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { asksToAddAnExtra } from '../booking/booking-extras';
import { asksForConfirmationEmail } from '../booking/confirmation-email';
import { STAY_ENTITIES } from './booking-readings';
import { KEEPS_THEM, statesACancellation } from './cancellation-wording';
import { knownReferences } from './known-bookings';
import type { ConversationState } from './conversation-state';
import {
  ANOTHER_STAY,
  isForTheBookingMade,
  routeBreakfastForBookingMade,
  routeExtraDroppedFromBookingMade,
  routeRequestForBookingMade,
} from './extras-after-booking';
import { routeExtraTaken } from './extras-taken';
import { routeLateCheckOutRequest } from './late-checkout-request';
import { routeParkingForBookingMade } from './parking-after-booking';
import { routePetForBookingMade } from './pet-after-booking';
import type { Routing } from './routing';

/**
 * With a booking made and no other under way: an extra taken off, breakfast or parking asked for loosely ("and breakfast
 * please", "and parking"), a pet said to come ("we're bringing our small dog"), an extra taken after its price ("vale, añádelo"), a late check-out asked for it, or a request no booking
 * promises ("es nuestro aniversario") is for that booking; so are extras asked for a booking named by
 * its code. Null when the message is none of these.
 */
export function routeForBookingMade(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  return (
    routeCancellationOfBookingMade(text, nlu, state) ??
    routeConfirmationEmail(text, nlu, state) ??
    routeExtraDroppedFromBookingMade(text, nlu, state) ??
    routeBreakfastForBookingMade(text, nlu, state) ??
    routeExtraTaken(text, nlu, state) ??
    routeLateCheckOutRequest(text, nlu, state) ??
    routeParkingForBookingMade(text, nlu, state) ??
    routePetForBookingMade(text, nlu, state) ??
    routeRequestForBookingMade(text, nlu, state) ??
    routeExtrasForBookingNamed(text, nlu, state)
  );
}

/**
 * "Hello, booking TU79P3 - we'd like to add breakfast", "reserva TU79P3, queremos añadir parking"
 * (heard as a new booking, or as a hotel question) with no booking under way: the extras for the
 * booking named by its code, as "I have booking TU79P3, can you add parking?" is (QA 30, en H6: a new
 * booking started, "for which dates?").
 */
function routeExtrasForBookingNamed(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  if (state.dialogue.flow !== null || !nlu.entities.some((entity) => entity.type === 'reference'))
    return null;
  if (nlu.entities.some((entity) => ANOTHER_STAY.has(entity.type))) return null;
  return asksToAddAnExtra(text, nlu) ? { intent: 'reservation_status', via: 'follow_up', nlu } : null;
}

/** "Si…", "could I…", "más adelante": a cancellation thought of, not asked for. */
const A_CONDITION = /\b(?:si|if|podria|podriamos|could|can i|can we|puedo|podemos|mas adelante|later)\b/;

/**
 * "Mejor cancélala", "me cambiaron el vuelo, cancélala" with a booking made and none under way (heard
 * as a no, or as a hotel question: "De acuerdo", the booking kept; QA 31, H3): its cancellation, which
 * asks the guest to confirm. Not "cancela el desayuno" (an extra) nor "no la canceles".
 */
function routeCancellationOfBookingMade(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  if (nlu.intent === 'cancel_reservation' || !isForTheBookingMade(nlu, state)) return null;
  const namesAnExtra = nlu.entities.some((entity) => entity.type === 'info_topic');
  if (namesAnExtra || KEEPS_THEM.test(foldText(text)) || !statesACancellation(text)) return null;
  // "¿Podría cancelarla más adelante si hace falta?": a question about cancelling, not a cancellation.
  if (/[?¿]/.test(text) && A_CONDITION.test(foldText(text))) return null;
  return { intent: 'cancel_reservation', via: 'nlu', nlu };
}

/**
 * "Can you send me a confirmation email?", "my email is ann.lee@gmail.com" (heard as the hotel's
 * e-mail, or as nothing) with a booking made and none under way: for that booking's confirmation.
 */
function routeConfirmationEmail(text: string, nlu: ParseResult, state: ConversationState): Routing | null {
  const namesAStay = nlu.entities.some(
    (entity) => STAY_ENTITIES.has(entity.type) || entity.type === 'room_type',
  );
  if (state.dialogue.flow !== null || knownReferences(state).length === 0 || namesAStay) return null;
  const givesEmail = nlu.entities.some((entity) => entity.type === 'email') && !/[?¿]/.test(text);
  return givesEmail || asksForConfirmationEmail(text)
    ? { intent: 'reservation_status', via: 'follow_up', nlu }
    : null;
}

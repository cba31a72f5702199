import type { ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import {
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
 * promises ("es nuestro aniversario") is for that booking. Null when the message is none of these.
 */
export function routeForBookingMade(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  return (
    routeExtraDroppedFromBookingMade(text, nlu, state) ??
    routeBreakfastForBookingMade(text, nlu, state) ??
    routeExtraTaken(text, nlu, state) ??
    routeLateCheckOutRequest(text, nlu, state) ??
    routeParkingForBookingMade(text, nlu, state) ??
    routePetForBookingMade(text, nlu, state) ??
    routeRequestForBookingMade(text, nlu, state)
  );
}

import type { ParseResult } from '../../nlp/nlp.types';
import { asksLateCheckOut, wantsLateCheckOut } from '../booking/late-checkout-aside';
import type { ConversationState } from './conversation-state';
import { takesWhatWasOffered } from './extras-taken';
import { knownReferences } from './known-bookings';
import type { Routing } from './routing';
import { lastAnsweredIntent } from './topic-follow-up';

/**
 * "Quiero late checkout el día 7 para mi reserva", "I'd like a late checkout on the 16th please", or
 * "vale, apúntamelo" right after its terms were given, with a booking made and none under way: a late
 * check-out asked for that booking, noted for the staff.
 */
export function asksLateCheckOutForBooking(text: string, state: ConversationState): boolean {
  if (state.dialogue.flow !== null || knownReferences(state).length === 0) return false;
  if (asksLateCheckOut(text)) return wantsLateCheckOut(text);
  return lastAnsweredIntent(state) === 'late_checkout' && takesWhatWasOffered(text);
}

/** Routes such a request to the booking it is for. */
export function routeLateCheckOutRequest(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  return asksLateCheckOutForBooking(text, state)
    ? { intent: 'reservation_status', via: 'follow_up', nlu }
    : null;
}

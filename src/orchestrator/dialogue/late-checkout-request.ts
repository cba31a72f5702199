import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { asksLateCheckOut } from '../booking/late-checkout-aside';
import type { ConversationState } from './conversation-state';
import { takesWhatWasOffered } from './extras-taken';
import { knownReferences } from './known-bookings';
import type { Routing } from './routing';
import { lastAnsweredIntent } from './topic-follow-up';

/** Words that ask for it, not about it: "quiero", "añade", "I'd like", "para mi reserva". */
const WANTS =
  /\b(?:quiero|queremos|quisiera|quisieramos|me gustaria|nos gustaria|necesit\w*|pido|pedimos|anad\w*|agreg\w*|pon(?:me|nos|lo|la)|apunt\w*|anot\w*|(?:para|en) (?:mi|nuestra) reserva|i'?d like|we'?d like|i would like|we would like|i want|we want|i need|we need|add|book|request|(?:for|on|to) (?:my|our) booking)\b/;
/** A question about it ("¿cuánto cuesta el late checkout?", "how much is late check-out?"): its terms, not a request. */
const ASKS_ABOUT =
  /\b(?:cuanto|precio|cuesta|how much|price|cost|hay|tienen|teneis|do you (?:have|offer)|is there)\b/;

/**
 * "Quiero late checkout el día 7 para mi reserva", "I'd like a late checkout on the 16th please", or
 * "vale, apúntamelo" right after its terms were given, with a booking made and none under way: a late
 * check-out asked for that booking, noted for the staff.
 */
export function asksLateCheckOutForBooking(text: string, state: ConversationState): boolean {
  if (state.dialogue.flow !== null || knownReferences(state).length === 0) return false;
  const folded = foldText(text);
  if (asksLateCheckOut(text)) return WANTS.test(folded) && !ASKS_ABOUT.test(folded);
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

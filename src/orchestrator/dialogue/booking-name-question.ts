import { foldText } from '../../common/fold-text';
import type { ConversationState } from './conversation-state';
import { knownReferences } from './known-bookings';

const NAME_ON_IT =
  /\b(?:a nombre de quien (?:esta|estan|la (?:pusiste|pusisteis|tienes|tienen|hiciste))|(?:con|bajo|a) que nombre (?:esta|estan|la)|whose name is (?:it|the booking|my booking)|(?:what|which) name is (?:it|the booking|my booking) (?:under|in)|under (?:what|which|whose) name is)\b/;

/**
 * "¿A nombre de quién está?", "what name is the booking under?" once a booking is made or looked up
 * here (and none is under way, where the bot asks that itself).
 */
export function asksNameOnBooking(text: string, state: ConversationState): boolean {
  return state.dialogue.flow === null && knownReferences(state).length > 0 && NAME_ON_IT.test(foldText(text));
}

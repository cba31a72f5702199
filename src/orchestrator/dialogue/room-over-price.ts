import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { isBookingFlow } from './booking-readings';
import type { ConversationState } from './conversation-state';

/**
 * "Pues no, es muy cara, la doble estándar", "too expensive, the standard double then" at a room
 * offered or booked: the room named is the guest's choice, and the booking changes to it; the price
 * complaint only explains why. Not "ripoff, 219 for a suite??" of the suite being offered.
 */
export function picksAnotherRoomOverPrice(text: string, nlu: ParseResult, state: ConversationState): boolean {
  if (!isBookingFlow(state.dialogue.flow)) return false;
  const current = state.dialogue.slots.roomTypeId;
  // At the rooms listed, "219 por una suite?? ladrones" names the room complained of, no choice; and
  // "muy caro. y la suite cuánto sería?" asks a price.
  if (typeof current !== 'string' || ASKS_A_PRICE.test(foldText(text))) return false;
  return nlu.entities.some((entity) => entity.type === 'room_type' && entity.value.roomTypeId !== current);
}

const ASKS_A_PRICE = /\b(?:cuanto|precio|how much|price)\b/;

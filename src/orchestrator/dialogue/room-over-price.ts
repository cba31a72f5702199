import type { ParseResult } from '../../nlp/nlp.types';
import { isBookingFlow } from './booking-readings';
import type { ConversationState } from './conversation-state';

/**
 * "Pues no, es muy cara, la doble estándar", "too expensive, the standard double then" at a room
 * offered or booked: the room named is the guest's choice, and the booking changes to it; the price
 * complaint only explains why. Not "ripoff, 219 for a suite??" of the suite being offered.
 */
export function picksAnotherRoomOverPrice(nlu: ParseResult, state: ConversationState): boolean {
  if (!isBookingFlow(state.dialogue.flow)) return false;
  const current = state.dialogue.slots.roomTypeId;
  return nlu.entities.some((entity) => entity.type === 'room_type' && entity.value.roomTypeId !== current);
}

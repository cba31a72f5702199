import { isBookingFlow } from '../dialogue/booking-readings';
import type { ConversationState } from '../dialogue/conversation-state';
import { isStay, readBookingSlots } from './booking-slots';

/**
 * A goodbye or a no at the rooms listed, an offer, the name asked or a summary for a whole stay: no question stands
 * (no later "sí" books), but the stay does, so that "wait, I still want the room" / "al final sí la
 * quiero" picks it up again until the flow idles out. False, with nothing changed, elsewhere.
 */
export function setStayAside(state: ConversationState): boolean {
  const { flow, awaiting, slots } = state.dialogue;
  // At an offer or a summary the question may be gone already: a goodbye is no answer to it
  // (settleAfterRouting), yet the stay is still the one shown (review 29).
  const shown = slots.step === 'summary' || slots.step === 'offer';
  // "Cheers, bye for now" at "whose name?" with the room chosen: the stay is kept too (QA 31, M4:
  // "Goodbye!", and the name sent next not understood).
  const asked =
    awaiting === 'room_type' ||
    awaiting === 'confirmation' ||
    (awaiting === 'guest_name' && typeof slots.roomTypeId === 'string') ||
    (awaiting === null && shown);
  if (!isBookingFlow(flow) || !asked) return false;
  if (!isStay(readBookingSlots(slots))) return false;
  state.dialogue.awaiting = null;
  for (const slot of ['options', 'optionPrices', 'step', 'bookingKey']) delete slots[slot];
  return true;
}

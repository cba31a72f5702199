import { isStay, readBookingSlots } from '../booking/booking-slots';
import { isBookingFlow } from '../dialogue/booking-readings';
import { endFlow } from '../dialogue/conversation-state';
import type { Turn } from '../dialogue/turn';

/**
 * A goodbye ("adiós", "thanks, bye"): the flow ends. At rooms, an offer or a summary for a whole stay,
 * no question stands (no later "sí" books), but the stay does, so that "wait, I still want the room"
 * picks it up again (until the flow idles out).
 */
export function takeLeave(turn: Turn): void {
  if (!leavesAStayPriced(turn)) {
    endFlow(turn.state);
    turn.say('goodbye', { name: turn.nameOrNone });
    return;
  }
  const { dialogue } = turn.state;
  dialogue.awaiting = null;
  for (const slot of ['options', 'optionPrices', 'step', 'bookingKey']) delete dialogue.slots[slot];
  turn.say('goodbye.stay_kept', { name: turn.nameOrNone });
}

function leavesAStayPriced(turn: Turn): boolean {
  const { flow, awaiting, slots } = turn.state.dialogue;
  return (
    isBookingFlow(flow) &&
    (awaiting === 'room_type' || awaiting === 'confirmation') &&
    isStay(readBookingSlots(slots))
  );
}

import { addsWhatWasOffered, extrasTakenFor } from '../dialogue/extras-taken';
import type { Turn } from '../dialogue/turn';
import { mergeStayExtras } from './booking-extras';
import type { BookingSlots } from './booking-slots';

/**
 * The extras the message names for the stay ("con parking", "sin el perro"), and the one the last
 * answer was about when the message adds it ("¿tienen parking?", then "ponlo también").
 */
export function mergeExtrasOf(turn: Turn, slots: BookingSlots): void {
  mergeStayExtras(turn, slots);
  if (addsWhatWasOffered(turn.message.text ?? '', turn.nlu, turn.state))
    Object.assign(slots, extrasTakenFor(turn));
}

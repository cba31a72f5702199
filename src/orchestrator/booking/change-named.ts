import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import type { Turn } from '../dialogue/turn';
import { type BookingSlots, writeBookingSlots } from './booking-slots';

// The part of a booking the guest wants changed, named after their no to its summary, before its new
// value: "las fechas", "yes, the dates", "the room", "el número de personas" (QA 28, E3, S28: the
// booking was dropped, or the same question asked again).

const PARTS: ReadonlyArray<[RegExp, (slots: BookingSlots) => BookingSlots]> = [
  [
    /\b(?:(?:las|the|other|otras)\s+)?(?:fechas?|dates?|dias|days)\b/,
    (slots) => ({ ...slots, checkIn: undefined, checkOut: undefined, nights: undefined }),
  ],
  [
    /\b(?:(?:la|el|the|otra|another)\s+)?(?:habitacion|cuarto|hab|room)(?:\s+type)?\b|\btipo de habitacion\b/,
    (slots) => ({ ...slots, roomTypeId: undefined, nextRoomTypes: undefined }),
  ],
  [
    /\b(?:(?:el\s+)?numero de (?:personas|huespedes)|(?:las\s+)?personas|the number of (?:guests|people)|(?:the\s+)?(?:guests|people))\b/,
    (slots) => ({ ...slots, guests: undefined, children: undefined, infants: undefined }),
  ],
  [/\b(?:(?:el|the)\s+)?(?:nombre|name)\b/, (slots) => ({ ...slots, guestName: undefined })],
];
/** An answer naming a part, not a sentence about something else. */
const LONGEST_ANSWER = 40;

/**
 * The part named (and only one), taken out of the booking so that the flow asks for it again: true
 * when the guest was asked. Not when the message brings the new value itself ("the 11th to the 14th"),
 * which the booking's follow-up reads.
 */
/** Only one part of the booking named, in a short answer with nothing new in it: "las fechas", "the room". */
export function namesAPartToChange(text: string, nlu: ParseResult): boolean {
  return partNamed(text, nlu) !== null;
}

function partNamed(text: string, nlu: ParseResult): ((slots: BookingSlots) => BookingSlots) | null {
  const folded = foldText(text);
  if (nlu.entities.length > 0 || folded.length > LONGEST_ANSWER) return null;
  const named = PARTS.filter(([words]) => words.test(folded));
  return named.length === 1 ? named[0][1] : null;
}

export async function askTheChangeNamed(
  turn: Turn,
  slots: BookingSlots,
  goOn: (turn: Turn) => Promise<void>,
): Promise<boolean> {
  const without = partNamed(turn.message.text ?? '', turn.nlu);
  if (!without) return false;
  writeBookingSlots(turn, { ...without(slots), step: undefined, bookingKey: undefined });
  turn.state.dialogue.awaiting = null;
  await goOn(turn);
  return true;
}

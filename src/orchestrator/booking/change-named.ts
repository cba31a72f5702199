import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import type { Turn } from '../dialogue/turn';
import { type BookingSlots, writeBookingSlots } from './booking-slots';

// The part of a booking the guest wants changed, named after their no to its summary, before its new
// value: "las fechas", "yes, the dates", "the room", "el número de personas" (QA 28, E3, S28: the
// booking was dropped, or the same question asked again).

/**
 * Only the part, perhaps after a yes or a no, or "change the …": "las fechas", "yes, the dates", "no, el
 * nombre", "cambiar la habitación"; not "the dates are fine", "nada, la habitación está perfecta"
 * (review 28, 6).
 */
const justThe = (part: string): RegExp =>
  new RegExp(
    '^\\W*(?:(?:yes|si|no|ok|vale|pues|bueno|well|sure|claro)\\W+)*(?:(?:change|cambiar|cambia|cambiame|modify|modificar)\\s+)?' +
      `(?:(?:the|las|la|el|los|other|otras|otra|another)\\s+)?${part}\\W*(?:(?:please|pls|por favor|porfa)\\W*)?$`,
  );

const PARTS: ReadonlyArray<[RegExp, (slots: BookingSlots) => BookingSlots]> = [
  [
    justThe('(?:fechas?|dates?|dias|days)'),
    (slots) => ({ ...slots, checkIn: undefined, checkOut: undefined, nights: undefined }),
  ],
  [
    justThe('(?:habitacion|cuarto|hab|room(?:\\s+type)?|tipo de habitacion)'),
    (slots) => ({ ...slots, roomTypeId: undefined, nextRoomTypes: undefined }),
  ],
  [
    justThe('(?:numero de (?:personas|huespedes)|personas|number of (?:guests|people)|guests|people)'),
    (slots) => ({ ...slots, guests: undefined, children: undefined, infants: undefined }),
  ],
  [justThe('(?:nombre|name)'), (slots) => ({ ...slots, guestName: undefined })],
];

/** Only one part of the booking named, in an answer with nothing new in it: "las fechas", "the room". */
export function namesAPartToChange(text: string, nlu: ParseResult): boolean {
  return partNamed(text, nlu) !== null;
}

function partNamed(text: string, nlu: ParseResult): ((slots: BookingSlots) => BookingSlots) | null {
  if (nlu.entities.length > 0) return null;
  const folded = foldText(text);
  const named = PARTS.filter(([words]) => words.test(folded));
  return named.length === 1 ? named[0][1] : null;
}

/**
 * The part named (and only one), taken out of the booking so that the flow asks for it again: true
 * when the guest was asked. Not when the message brings the new value itself ("the 11th to the 14th"),
 * which the booking's follow-up reads.
 */
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

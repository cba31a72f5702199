import { foldText } from '../../common/fold-text';
import { stayMovedByDays } from '../dialogue/stay-moved-by-days';
import type { Turn } from '../dialogue/turn';
import type { BookingSlots } from './booking-slots';

// A stay being booked, moved or shortened in words that name no day of it.

/**
 * "We'll arrive one day later", "nos vamos un día antes" once the stay is known: that end of it, moved
 * by the days said (stayMovedByDays). Null when no end is moved by days.
 */
export function dayShiftedStay(
  turn: Turn,
  slots: BookingSlots,
): { checkIn: string; checkOut: string } | null {
  // Only a stay the guest was asked about: a booking moved this turn (rebooking) was moved already.
  if (!slots.checkIn || !slots.checkOut || turn.state.dialogue.awaiting === null) return null;
  const moved = stayMovedByDays(turn.message.text ?? '', {
    checkIn: slots.checkIn,
    checkOut: slots.checkOut,
  });
  if (!moved) return null;
  // "Nos vamos dos días antes" from a two-night stay leaves none: nothing moves (nor is "dos días" a day).
  if (moved.checkOut <= moved.checkIn) return { checkIn: slots.checkIn, checkOut: slots.checkOut };
  return { checkIn: moved.checkIn, checkOut: moved.checkOut };
}

/** What takes back a number said before it: "3 nights? I meant 2", "3 noches, perdón, 2". */
const TAKEN_BACK =
  /\b(?:meant|mean|i mean|sorry|actually|rather|instead|no|not|quise decir|queria decir|quiero decir|digo|perdon|mejor|o sea)\b/;

/**
 * The nights meant when several are said: the last, when words that take a number back come between
 * ("wait, I said 3 nights? I meant 2 nights"); else the first.
 */
export function nightsMeant(turn: Turn): number | undefined {
  const said = turn.entities('nights');
  if (said.length < 2) return said[0]?.value.nights;
  const last = said[said.length - 1];
  const between = foldText(turn.message.text ?? '').slice(said[0].end, last.start);
  return (TAKEN_BACK.test(between) ? last : said[0]).value.nights;
}

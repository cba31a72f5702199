import { weekdayOfIso } from '../../nlp/entities/calendar';
import { namesAMonth } from '../../nlp/entities/lone-month';
import type { Turn } from '../dialogue/turn';
import type { BookingSlots } from './booking-slots';
import { inTheStaysMonth, inTheStaysWeek } from './stay-changes';

// "Mejor el finde del 22 al 24" for a stay in January: the NLU reads the days as the next ones from
// today (December), where the 22nd is a Tuesday, and warns of it; the stay takes them in January
// (booking-merge.ts), where the 22nd is a Friday. The warning follows the days the stay takes, or
// goes when they are the weekday said, before the reply tells it.

/**
 * The stay's day whose month days said alone fall in: none when the message names a month ("mejor en
 * febrero, del 11 al 13" placed the days already), else the stay's arrival, or the period's start.
 */
export function stayMonthFor(turn: Turn, slots: BookingSlots): string | undefined {
  return namesAMonth(turn.message.text ?? '') ? undefined : (slots.checkIn ?? slots.periodFrom);
}

/** The weekday warnings of the message, about the days the stay will take in place of those read. */
export function warnOfDaysMeant(turn: Turn, slots: BookingSlots): void {
  const stayMonth = stayMonthFor(turn, slots);
  const range = turn.entity('date_range');
  if (range) {
    const said = { ...range.value, text: range.text };
    const stay = inTheStaysMonth(
      inTheStaysWeek(said, slots.checkIn ?? slots.periodFrom),
      range.text,
      stayMonth,
    );
    moveWarnings(turn, range.value.checkIn, stay.checkIn);
    moveWarnings(turn, range.value.checkOut, stay.checkOut);
  }
  for (const day of turn.entities('date')) {
    moveWarnings(
      turn,
      day.value.date,
      inTheStaysMonth({ checkIn: day.value.date }, day.text, stayMonth).checkIn,
    );
  }
}

/** Moves each warning about day `read` to day `meant`; drops it when `meant` is the weekday said. */
function moveWarnings(turn: Turn, read: string, meant: string): void {
  if (read === meant) return;
  for (const warning of turn.entities('weekday_mismatch')) {
    if (warning.value.date !== read) continue;
    if (weekdayOfIso(meant) === warning.value.weekday) turn.setAside((entity) => entity === warning);
    else turn.reread(warning, { ...warning, value: { ...warning.value, date: meant } });
  }
}

import { foldText } from '../../common/fold-text';
import type { Entity } from '../nlp.types';
import {
  addDays,
  type CalendarDate,
  compareDates,
  dayNumberedFrom,
  fromIsoDate,
  isValidDate,
  toIsoDate,
} from './calendar';
import { namesDaysOnly } from './days-only';

/**
 * Words that take back what was just said: "del 5 al 7, no perdón, del 6 al 8", "the 12th, I mean the
 * 13th", "5th-8th of Feb? Actually wait, make that 6th-9th". Not a bare "no": "¿del 24 al 26? si no,
 * del 27 al 29" offers both; nor "o sea" or a bare "wait", which explain the days ("del 10 al 12, o sea
 * de jueves a sábado", "dec 20 to 22, wait, we arrive late on the 20th").
 */
const CORRECTION =
  /\b(?:perdon|perdona|digo|quiero decir|quise decir|mejor dicho|bueno no|no,? mejor|espera,? mejor|sorry|i mean|i meant|actually|make it|make that|no wait|wait no|or rather)\b/;

/**
 * The days a guest corrected in the same message give way to the days said after the correction; those,
 * said with no month ("make that 6th-9th" after "5th-8th of Feb"), are days of the corrected days' month.
 */
export function withoutCorrected(text: string, dates: readonly Entity[], today: CalendarDate): Entity[] {
  const corrects = (date: Entity, next: Entity | undefined): next is Entity =>
    next !== undefined &&
    next.start >= date.end &&
    CORRECTION.test(foldText(text.slice(date.end, next.start)));
  return dates.flatMap((date, i) => {
    if (corrects(date, dates[i + 1])) return [];
    const corrected = i > 0 && corrects(dates[i - 1], date) ? dates[i - 1] : undefined;
    return [corrected && namesDaysOnly(date.text) ? inMonthOf(date, corrected, today) : date];
  });
}

function firstDay(date: Entity): string | undefined {
  if (date.type === 'date_range') return date.value.checkIn;
  return date.type === 'date' ? date.value.date : undefined;
}

/** The date or the stay moved to the month of `corrected`'s first day; unchanged where that is past or no day. */
function inMonthOf(date: Entity, corrected: Entity, today: CalendarDate): Entity {
  const [from, month] = [firstDay(date), firstDay(corrected)];
  if (!from || !month) return date;
  const { year, month: monthNumber } = fromIsoDate(month);
  const checkIn = { year, month: monthNumber, day: fromIsoDate(from).day };
  if (!isValidDate(checkIn) || compareDates(checkIn, today) < 0) return date;
  if (date.type === 'date') return { ...date, value: { date: toIsoDate(checkIn) } };
  if (date.type !== 'date_range') return date;
  const checkOut = dayNumberedFrom(addDays(checkIn, 1), fromIsoDate(date.value.checkOut).day);
  if (!isValidDate(checkOut)) return date;
  return { ...date, value: { checkIn: toIsoDate(checkIn), checkOut: toIsoDate(checkOut) } };
}

import { addMonths, type CalendarDate, compareDates, nextDayOfMonth } from './calendar';
import type { DateMention } from './date-mention';

/**
 * "Para Nochevieja, del 30 al 2", "en Reyes, del 5 al 7": days said without their month around a
 * holiday named in the same message are the days around that holiday, not the next 30th and 2nd.
 * The range moves to the month (the holiday's or the one before) where its days hold the holiday,
 * and the holiday, then inside the stay, is no day of its own. Anything else is left as found.
 */
export function anchorToHoliday(mentions: readonly DateMention[]): DateMention[] {
  // "Para Nochevieja, llegamos el 30 y nos vamos el 2 de enero": a holiday inside a stay said in full is its occasion.
  const stays = mentions.filter((mention) => mention.checkOut);
  const inAStay = (mention: DateMention): boolean =>
    mention.isHoliday &&
    !mention.checkOut &&
    stays.some((stay) => holds(stay.checkIn, stay.checkOut as CalendarDate, mention.checkIn));
  if (mentions.some(inAStay)) return mentions.filter((mention) => !inAStay(mention));
  const holidays = mentions.filter((mention) => mention.isHoliday && !mention.checkOut);
  const ranges = mentions.filter((mention) => mention.dayOnly && mention.checkOut);
  if (holidays.length !== 1 || ranges.length !== 1) return [...mentions];
  const [holiday] = holidays;
  const [range] = ranges;
  if (holds(range.checkIn, range.checkOut as CalendarDate, holiday.checkIn)) return [...mentions];
  for (const monthsBack of [0, -1]) {
    const checkIn = addMonths({ ...holiday.checkIn, day: range.checkIn.day }, monthsBack);
    const checkOut = checkIn && nextDayOfMonth(checkIn, range.checkOut?.day ?? 0);
    if (checkIn && checkOut && holds(checkIn, checkOut, holiday.checkIn)) {
      return mentions
        .filter((mention) => mention !== holiday)
        .map((mention) => (mention === range ? { ...range, checkIn, checkOut } : mention));
    }
  }
  return [...mentions];
}

function holds(checkIn: CalendarDate, checkOut: CalendarDate, day: CalendarDate): boolean {
  return compareDates(checkIn, day) <= 0 && compareDates(day, checkOut) < 0;
}

import { foldText } from '../../common/fold-text';
import { addDays, addMonths, type CalendarDate, compareDates, daysBetween, isValidDate } from './calendar';
import { WEEKDAY_ALONE } from './month-and-weekday-names';
import type { DateMention } from './date-mention';

const LEAVING_WORDS =
  // "In on the 2nd, out on the 4th" (QA 27, E18), "and out 22/12" (QA 31, M3); "out" only before "on",
  // "the" or a day's number ("about the 4th" is none).
  "(?:check[ -]?out|checking out|(?<![a-z'])out(?=\\W+(?:on|the)\\b)|(?<=\\b(?:and|&)\\s)out(?=\\s+\\d|\\s+$)|(?:go(?:ing)?|fly(?:ing)?|head(?:ing)?) (?:home|back)|leav(?:e|ing)|depart(?:ing|ure)?|until|till|salida|saliendo|salimos|saldriamos|saldremos|salgo|me voy|nos vamos|irnos|irme|marcharnos|marcharme|me iria|nos iriamos|me ire|nos iremos|volvemos|volveriamos|regresamos|regresariamos|hasta)";
/** Words just before a day that make it the day of leaving: "check out on the 14th", "me voy el 14". */
const LEAVING_CUE = new RegExp(`${LEAVING_WORDS}\\W+(?:\\w+\\W+){0,2}$`);
/** The same words heading a day's own text (a dotted day keeps its cue: "me voy el 5.1"). */
const LEAVING_START = new RegExp(`^${LEAVING_WORDS}\\b`);
/** The longest stay two days said apart (or written the wrong way round) are read as. */
export const LONGEST_PAIRED_STAY = 30;

/**
 * "Llego el 3 y me voy el 6 de enero": a day said without its month is of the departure's month, if
 * it is before it; "arriving the 30th leaving the 2nd jan", of the month before. A weekday of leaving
 * ("llegamos el 10 y nos vamos el domingo") has no month of its own: it follows the arrival.
 */
function inMonthOf(text: string, arrival: DateMention, departure: DateMention): DateMention {
  if (!arrival.dayOnly || departure.dayOnly || isWeekdayAlone(text, departure)) return arrival;
  const sameMonth = { ...departure.checkIn, day: arrival.checkIn.day };
  if (isValidDate(sameMonth) && compareDates(sameMonth, departure.checkIn) < 0)
    return { ...arrival, checkIn: sameMonth };
  const monthBefore = addMonths({ ...departure.checkIn, day: 1 }, -1);
  const checkIn = monthBefore && { ...monthBefore, day: arrival.checkIn.day };
  return checkIn && isValidDate(checkIn) && compareDates(checkIn, arrival.checkIn) > 0
    ? { ...arrival, checkIn }
    : arrival;
}

/** "Arriving Friday, leaving Sunday": a weekday of leaving is the first such day after the arrival. */
function departureAfterArrival(text: string, arrival: DateMention, departure: DateMention): DateMention {
  if (!isWeekdayAlone(text, departure)) return departure;
  let checkIn = departure.checkIn;
  while (compareDates(checkIn, arrival.checkIn) <= 0) checkIn = addDays(checkIn, 7);
  return { ...departure, checkIn };
}

function isWeekdayAlone(text: string, mention: DateMention): boolean {
  return WEEKDAY_ALONE.test(text.slice(mention.start, mention.end).trim());
}

/**
 * "Llegar el 15 de enero, irnos el domingo 17": a day of leaving said without its month is in the
 * arrival's month (or the next, if that day is not after the arrival), not the next 17th from today.
 */
function departureInMonthOf(arrival: DateMention, departure: DateMention): DateMention {
  if (!departure.dayOnly || arrival.dayOnly) return departure;
  const day = departure.checkIn.day;
  const sameMonth = { ...arrival.checkIn, day };
  if (isValidDate(sameMonth) && compareDates(sameMonth, arrival.checkIn) > 0) {
    return { ...departure, checkIn: sameMonth };
  }
  const nextMonth = addMonths({ ...arrival.checkIn, day: 1 }, 1);
  const checkIn = nextMonth && { ...nextMonth, day };
  return checkIn && isValidDate(checkIn) ? { ...departure, checkIn } : departure;
}

/**
 * Two days alone, the later one said to be the day of leaving ("arriving Dec 12, leaving Dec 14",
 * "entrada el 12, salida el 14"): one stay. Two days without that ("the 12th or the 14th?") stay apart.
 */
export function pairArrivalAndDeparture(
  text: string,
  singles: DateMention[],
): [DateMention, DateMention] | null {
  // "Vamos al musical el sábado 12, llegaríamos el viernes 11 y nos iríamos el domingo 13": an event's
  // day beside the stay's two, before or after them.
  if (singles.length === 3) {
    const sorted = [...singles].sort((a, b) => a.start - b.start);
    // "Leaving dec 13 or dec 14": one day or another, which the guest is asked.
    const gaps = [text.slice(sorted[0].end, sorted[1].start), text.slice(sorted[1].end, sorted[2].start)];
    if (gaps.some((gap) => /^\W*(?:or|o|u)\W*$/i.test(gap))) return null;
    return (
      pairArrivalAndDeparture(text, sorted.slice(1)) ?? pairArrivalAndDeparture(text, sorted.slice(0, 2))
    );
  }
  if (singles.length !== 2) return null;
  const [said, saidDeparture] = [...singles].sort((a, b) => a.start - b.start);
  const arrival = inMonthOf(text, said, saidDeparture);
  const departure = departureAfterArrival(text, arrival, departureInMonthOf(arrival, saidDeparture));
  const nights = daysBetween(arrival.checkIn, departure.checkIn);
  if (nights < 1 || nights > LONGEST_PAIRED_STAY) return null;
  const before = foldText(text.slice(Math.max(arrival.end, departure.start - 40), departure.start));
  const own = foldText(text.slice(departure.start, departure.end));
  return LEAVING_CUE.test(before) || LEAVING_START.test(own) ? [arrival, departure] : null;
}

/** "Nochebuena y Navidad", "Christmas Eve and Christmas Day": two holidays in a row are their nights. */
export function holidayNights(text: string, singles: DateMention[]): [DateMention, DateMention] | null {
  if (singles.length !== 2 || !singles.every((mention) => mention.isHoliday)) return null;
  const [first, second] = [...singles].sort((a, b) => a.start - b.start);
  const between = foldText(text.slice(first.end, second.start));
  const joined = /^\s*(?:y|e|and|&)\s+(?:(?:el|la|the)\s+)?$/.test(between);
  return joined && daysBetween(first.checkIn, second.checkIn) === 1 ? [first, second] : null;
}

/**
 * "Del 3 al 3 de diciembre" (QA 28, S16: a stay of a year, over 30 nights): the same day said twice,
 * no year written, is that day alone; the guest is asked until when.
 */
export function isTheSameDayTwice(text: string, { checkIn, checkOut }: DateMention): boolean {
  if (!checkOut || /\b\d{4}\b/.test(text)) return false;
  return (
    checkOut.year === checkIn.year + 1 && checkOut.month === checkIn.month && checkOut.day === checkIn.day
  );
}

/**
 * "Dec 15 to Dec 12": chrono moves the end a year on (a stay of a year); the guest wrote the two days
 * of one stay the wrong way round. Any other pair is kept as read.
 */
export function inOrder(checkIn: CalendarDate, checkOut: CalendarDate): [CalendarDate, CalendarDate] {
  const yearEarlier = { ...checkOut, year: checkOut.year - 1 };
  const nightsBack = daysBetween(yearEarlier, checkIn);
  const isReversed = isValidDate(yearEarlier) && nightsBack >= 1 && nightsBack <= LONGEST_PAIRED_STAY;
  return isReversed ? [yearEarlier, checkIn] : [checkIn, checkOut];
}

import {
  type CalendarDate,
  dayNumberedFrom,
  fromUtcDate,
  isoDaysBetween,
  isValidDate,
  shiftIsoDate,
} from '../../nlp/entities/calendar';
import type { Turn } from '../dialogue/turn';
import type { BookingSlots } from './booking-slots';

export function nightsOf(slots: { checkIn: string; checkOut: string }): number {
  return isoDaysBetween(slots.checkIn, slots.checkOut);
}

/**
 * The stay with its arrival moved to `date`: the departure kept when it is still after it, else the
 * whole stay moved with its nights ("quise decir el 20" of a stay from the 12th to the 14th: the 20th to the 22nd).
 */
export function arrivalMovedTo(
  stay: { checkIn: string; checkOut: string },
  date: string,
): { checkIn: string; checkOut: string } {
  const checkOut = date < stay.checkOut ? stay.checkOut : shiftIsoDate(date, nightsOf(stay));
  return { checkIn: date, checkOut };
}

/**
 * The day a lone date names as the departure of an arrival with none yet: the first day after it with
 * that day of the month (the 5th after 3 January), possibly one the month lacks (29 February 2027
 * after the 27th), which is never moved a month on. Null when the date is no answer to "until when?".
 */
export function departureOf(slots: BookingSlots, date: string): CalendarDate | null {
  if (slots.checkIn === undefined || slots.checkOut) return null;
  if (date > slots.checkIn) return fromUtcDate(new Date(`${date}T00:00:00Z`));
  const dayAfter = fromUtcDate(new Date(`${shiftIsoDate(slots.checkIn, 1)}T00:00:00Z`));
  return dayNumberedFrom(dayAfter, Number(date.slice(8, 10)));
}

/** The departure the guest just named, when its month lacks that day ("hasta el 29" after 27 February 2027). */
export function missingDeparture(
  turn: Turn,
  slots: BookingSlots,
): { day: number; month: number; year?: number } | null {
  const date = turn.entity('date')?.value.date;
  if (!date || turn.entity('date_range') || turn.entity('nights')) return null;
  const until = departureOf(slots, date);
  if (!until || isValidDate(until)) return null;
  // 2000 had every day a month can have: a day missing only this year is 29 February.
  const isLeapDay = isValidDate({ ...until, year: 2000 });
  return { day: until.day, month: until.month, year: isLeapDay ? until.year : undefined };
}

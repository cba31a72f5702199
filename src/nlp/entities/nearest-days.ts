import { addDays, addMonths, type CalendarDate, isValidDate, weekdayOf } from './calendar';

/** The first `weekday` strictly after `today` (0 = Sunday). */
export function upcomingWeekday(today: CalendarDate, weekday: number): CalendarDate {
  return addDays(today, ((weekday - weekdayOf(today) + 6) % 7) + 1);
}

/** The last day numbered `day` before `end` (within a month), e.g. the 28th before 2 January. */
export function dayBefore(end: CalendarDate, day: number): CalendarDate | null {
  if (day < end.day) return { ...end, day };
  const previous = addMonths({ ...end, day: 1 }, -1);
  const candidate = previous && { ...previous, day };
  return candidate && isValidDate(candidate) ? candidate : null;
}

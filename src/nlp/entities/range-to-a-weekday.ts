import type { Refiner } from 'chrono-node';
import { type CalendarDate, compareDates, isValidDate } from './calendar';
import { todayOf } from './date-parser-context';
import { setDate } from './date-refiners';
import { upcomingWeekday } from './nearest-days';

/**
 * "December 10th to Sunday": chrono's own range reads the weekday from today and puts the day a year
 * back to come before it (10 December 2025 to 29 November). The day is its next date, and the weekday
 * the first after it.
 */
export const rangeToAWeekday: Refiner = {
  refine: (context, results) => {
    for (const { start, end } of results) {
      if (!end?.isCertain('weekday') || end.isCertain('day') || start.isCertain('year')) continue;
      const [month, day, weekday] = [start.get('month'), start.get('day'), end.get('weekday')];
      if (!start.isCertain('day') || !start.isCertain('month') || !month || !day || weekday === null)
        continue;
      const today = todayOf(context);
      let checkIn: CalendarDate = { year: today.year, month, day };
      if (!isValidDate(checkIn)) continue;
      if (compareDates(checkIn, today) < 0) checkIn = { ...checkIn, year: today.year + 1 };
      setDate(start, checkIn);
      setDate(end, upcomingWeekday(checkIn, weekday));
    }
    return results;
  },
};

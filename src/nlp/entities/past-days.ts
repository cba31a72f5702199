import type { Refiner } from 'chrono-node';
import { compareDates, fromComponents } from './calendar';
import { todayOf } from './date-parser-context';

/**
 * Drops a day gone by that is named in words alone: "ayer", "anoche", "el lunes pasado", "yesterday",
 * "last night". No stay starts on it ("¿quién ganó el Madrid ayer?" is small talk, not an arrival). A
 * past day said with its numbers ("del 20 al 22 de noviembre de 2026") stays, so the guest hears that
 * the arrival cannot be in the past.
 */
export const dropDaysGoneBy: Refiner = {
  refine: (context, results) =>
    results.filter((result) => {
      const day = fromComponents(result.start);
      return !day || /\d/.test(result.text) || compareDates(day, todayOf(context)) >= 0;
    }),
};

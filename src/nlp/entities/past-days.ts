import type { Refiner } from 'chrono-node';
import { compareDates, fromComponents } from './calendar';
import { todayOf } from './date-parser-context';

/**
 * Drops a day gone by that is named in words alone: "ayer", "anoche", "el lunes pasado", "yesterday",
 * "last night", "last weekend". No stay starts on it ("¿quién ganó el Madrid ayer?" is small talk, not an arrival). A
 * past day said with its numbers ("del 20 al 22 de noviembre de 2026") stays, so the guest hears that
 * the arrival cannot be in the past.
 */
export const dropDaysGoneBy: Refiner = {
  refine: (context, results) =>
    results.filter((result) => {
      const day = fromComponents(result.start);
      if (!day || /\d/.test(result.text)) return true;
      const before = context.text.slice(0, result.index);
      const after = context.text.slice(result.index + result.text.length);
      const saidGoneBy = LAST_BEFORE.test(before) || LAST_IN.test(result.text) || GONE_BY_AFTER.test(after);
      return !saidGoneBy && compareDates(day, todayOf(context)) >= 0;
    }),
};

// The weekday or weekend said to be gone by, which the refiners that read a weekday as the next one
// would otherwise put ahead: "el lunes pasado", "el finde anterior", "last Monday", "this past weekend".
const LAST_BEFORE = /\b(?:last|past)\s+$/i;
const LAST_IN = /^(?:last|past)\b/i;
const GONE_BY_AFTER = /^\s+(?:pasad[oa]s?(?!\s+ma[nñ]ana)|anterior(?:es)?)\b/i;

import type { Refiner } from 'chrono-node';
import { addDays, compareDates, fromComponents, isValidDate } from './calendar';
import { TAG_TONIGHT, todayOf } from './date-parser-context';
import { NIGHT_AFTER } from './date-refiners';
import { ENGLISH_MONTH, WEEKDAY_ALONE } from './month-and-weekday-names';

// Refiners of what chrono reads around a day: "friday night" is a night, "8 december, 2 adults" is the 8th.

const MONTH_THEN_DAY = new RegExp(`^(${ENGLISH_MONTH}),?\\s+\\d{1,2}$`, 'i');
const COUNTED_AFTER =
  /^\s+(?:adults?|people|persons?|guests?|pax|ppl|kids?|children|nights?|rooms?|of us|personas?|adultos?|noches?|habitaciones)\b/i;
const DAY_BEFORE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;

/**
 * "Leaving 8 december, 2 adults": chrono reads "december, 2" (a month, then its day) over "8
 * december"; the day is the one before the month, and the number after it counts something else.
 */
export const dayBeforeMonth: Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const month = MONTH_THEN_DAY.exec(result.text);
      const before = month && !result.end ? DAY_BEFORE.exec(context.text.slice(0, result.index)) : null;
      // Only when the number after the month counts something ("…, 2 adults"): "1 january, 5" may be the 5th.
      const after = context.text.slice(result.index + result.text.length);
      if (!month || !before || !COUNTED_AFTER.test(after)) continue;
      const text = context.text.slice(before.index, result.index) + month[1];
      const day = Number(before[1]);
      const monthNumber = result.start.get('month') ?? 1;
      const today = todayOf(context);
      const date = { year: today.year, month: monthNumber, day };
      if (!isValidDate(date)) continue;
      result.index = before.index;
      result.text = text;
      result.start.assign('day', day);
      if (!result.start.isCertain('year'))
        result.start.imply('year', compareDates(date, today) < 0 ? today.year + 1 : today.year);
    }
    return results;
  },
};

/** "La noche del viernes", "the night of friday": the words before it. */
const NIGHT_BEFORE = /\b(?:la\s+noche\s+del?|the\s+night\s+of)\s+$/i;
/** Arriving that night ("llegamos el viernes por la noche", "arriving friday night"): a time, not a stay. */
const ARRIVAL_BEFORE =
  /\b(?:lleg\w*|arriv\w*|get(?:ting)?\s+in|check(?:ing)?[ -]?in|entrada|entramos|salimos|leav\w*|depart\w*|until|till|hasta|al|to)\s+(?:(?:on|el|the|del|este|this|next)\s+)*$/i;
const DEPARTURE_NEXT =
  /^\s*[,;]?\s*(?:(?:and|y)\s+)?(?:leav\w*|depart\w*|check(?:ing)?[ -]?out|out\s+on|salimos|salgo|salida|nos\s+vamos|hasta|until|till|to|al)\b/i;

/** "La noche del 12", "the night of the 12th", "la noche del 12 de diciembre": a day named by its night. */
const DAY_NUMBER = /^(?:del?\s+|the\s+|\p{L}+\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:de\s+|of\s+)?\p{L}+)?$/iu;
/** "Llegamos la noche del 12": the arrival's day, the stay's length not said. */
const ARRIVING_EARLIER =
  /\b(?:lleg\w*|arriv\w*|get(?:ting)?\s+in|entramos|entrada|check(?:ing)?[ -]?(?:in|out)|nos\s+vamos|salimos|salgo|salida|leav\w*|depart\w*)\b[^.,;!?]*$/i;
/** "Desde el 10 hasta la noche del 12", "from the 10th to the night of the 12th": the stay's end (review 29). */
const END_OF_A_RANGE = /\b(?:hasta|al?|to|until|till|through)\s+(?:la\s+noche|the\s+night\s+of)\b[^.,;!?]*$/i;
const NIGHT_OF = /\b(?:la\s+noche(?:\s+del?)?|the\s+night\s+of(?:\s+the)?)\s+$/i;
/** "La noche del 12 y la del 13", "the night of the 12th to the 14th": more than that night. */
const ANOTHER_DAY_NEXT = /^\s*(?:y|e|and|al?|to|hasta|until|-|–)\s/i;

function isNightOfADay(text: string, before: string, rest: string): boolean {
  return (
    DAY_NUMBER.test(text) &&
    NIGHT_OF.test(before) &&
    !ANOTHER_DAY_NEXT.test(rest) &&
    !ARRIVING_EARLIER.test(before) &&
    !END_OF_A_RANGE.test(before)
  );
}

/**
 * "Friday night", "el sábado por la noche", "la noche del viernes", "la noche del 12": that night,
 * one unless the guest says how many (as "tonight"); not a day a stay starts or ends on at night
 * ("arriving friday night").
 */
export const nightOfAWeekday: Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const before = context.text.slice(0, result.index);
      const rest = context.text.slice(result.index + result.text.length);
      const text = result.text.trim();
      const ofADay = isNightOfADay(text, before, rest);
      if (result.end || (!WEEKDAY_ALONE.test(text) && !ofADay)) continue;
      const after = ofADay ? null : NIGHT_AFTER.exec(rest);
      if ((!after && !ofADay && !NIGHT_BEFORE.test(before)) || ARRIVAL_BEFORE.test(before)) continue;
      // "Friday night, leaving Sunday": the first night of a stay whose end is said next.
      if (DEPARTURE_NEXT.test(rest.slice(after?.[0].length ?? 0))) continue;
      if (after) result.text += after[0];
      const day = fromComponents(result.start);
      if (!day) continue;
      const next = addDays(day, 1);
      result.end = result.start.clone();
      for (const key of ['year', 'month', 'day'] as const) result.end.assign(key, next[key]);
      result.addTag(TAG_TONIGHT);
    }
    return results;
  },
};

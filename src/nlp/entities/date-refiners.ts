import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import {
  addMonths,
  type CalendarDate,
  compareDates,
  daysBetween,
  fromComponents,
  isValidDate,
} from './calendar';
import { TAG_DAY_ONLY, TAG_TONIGHT, TAG_WEEKEND, todayOf } from './date-parser-context';
import { ENGLISH_WEEKDAY, SPANISH_WEEKDAY } from './month-and-weekday-names';
import { upcomingWeekday } from './nearest-days';

const OUR_TAG = /^agente\//;
/** "Friday night", "el sábado por la noche": the words after a weekday that make it a night. */
export const NIGHT_AFTER = /^\s+(?:(?:por|en)\s+la\s+)?(?:night|nite|noche)\b/i;

function hasTag(result: ParsingResult, pattern: RegExp): boolean {
  return [...result.tags()].some((tag) => pattern.test(tag));
}

export function setDate(components: ParsingComponents, date: CalendarDate): void {
  for (const key of ['year', 'month', 'day'] as const) {
    if (components.isCertain(key)) components.assign(key, date[key]);
    else components.imply(key, date[key]);
  }
}

/**
 * chrono reads "12 de diciembre, 3 noches" as 12 December 2003: a one- or two-digit "year" followed by
 * a word is a count of something else, so the year goes back to the next such date.
 */
export const countReadAsYear: Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const suffix = /(?:,\s*|\s+)\d{1,2}$/.exec(result.text);
      const after = context.text.slice(result.index + result.text.length);
      if (!suffix || !result.start.isCertain('year') || !/^\s+\p{L}/u.test(after)) continue;
      result.text = result.text.slice(0, suffix.index);
      result.start.delete('year');
      const today = todayOf(context);
      const thisYear = {
        year: today.year,
        month: result.start.get('month') ?? 1,
        day: result.start.get('day') ?? 1,
      };
      const year = compareDates(thisYear, today) < 0 ? today.year + 1 : today.year;
      result.start.imply('year', year);
      // "12 a 14 de diciembre, 2 pax": the range's end had the same "year".
      const end = result.end;
      if (end?.isCertain('year')) {
        end.delete('year');
        const crossesYear = (end.get('month') ?? 1) < (result.start.get('month') ?? 1);
        end.imply('year', crossesYear ? year + 1 : year);
      }
    }
    return results;
  },
};

function isPrecededBy(context: ParsingContext, result: ParsingResult, pattern: RegExp): boolean {
  return pattern.test(context.text.slice(0, result.index));
}

const CHILD_WORDS =
  '(?:beb[eé]s?|beba|nen[ea]s?|niñ[oa]s?|nin[oa]s?|hij[oa]s?|peque\\w*|babies|baby|child|kids?|son|daughter|infant)';

/** A span of months said of a child: "bebé de 8 meses", "baby of 10 months", "a 10 month old". */
function isAnAge(context: ParsingContext, result: ParsingResult): boolean {
  const after = context.text.slice(result.index + result.text.length);
  return (
    isPrecededBy(context, result, new RegExp(`\\b${CHILD_WORDS}\\s+(?:(?:de|of)\\s+)?$`, 'i')) ||
    /^[\s-]*old\b/i.test(after)
  );
}

/**
 * Keeps what names a day. Drops a month alone ("en diciembre"), a time alone ("a las 5"), times relative
 * to now ("en 2 horas"), years from now (an age: "de 6 años"), bare weekday abbreviations ("vistas al mar" is not a Tuesday, "sun" not a
 * Sunday) and "mañana" that means the morning ("por la mañana").
 */
export const keepOnlyDays: Refiner = {
  refine: (context, results) =>
    results.filter((result) => {
      const start = result.start;
      const tags = result.tags();
      if (tags.has('result/relativeDateAndTime')) return false;
      // "un niño de 6 años", "a 6 year old": an age, not a stay in six years' time (nobody books that far).
      if (/\b(?:a[ñn]os?|years?|yrs?)\b/i.test(result.text) && !start.isCertain('day')) return false;
      // "un bebé de 8 meses", "our 10-month-old": an age too (while "dentro de 2 meses" is a date).
      if (/\b(?:mes(?:es)?|months?)\b/i.test(result.text) && isAnAge(context, result)) return false;
      if (start.isOnlyWeekdayComponent() && /^\p{L}{1,4}\.?$/u.test(result.text)) return false;
      // "The December long weekend", "el finde largo": a holiday period, not this weekend.
      if (/^(?:weekend|finde)$/i.test(result.text) && isPrecededBy(context, result, /\blong\s+$/i))
        return false;
      // "For 2 w breakfast": "w" is "with", not weeks (QA 32, H4: a stay two weeks on, the party lost).
      const after = context.text.slice(result.index + result.text.length);
      if (/\d\s*w$/i.test(result.text) && /^\s*\/?\s*\p{L}/u.test(after)) return false;
      // "Actually we are 4 now", "ahora somos 3": the moment of speaking, not the day of a stay.
      if (/^(?:right\s+)?now$|^ahora(?:\s+mismo)?$/i.test(result.text)) return false;
      if (
        /^ma[ñn]ana$/i.test(result.text) &&
        isPrecededBy(context, result, /\b(?:la|esta|una|cada|toda|media)\s+$/i)
      ) {
        return false;
      }
      return (
        start.isCertain('day') ||
        start.isCertain('weekday') ||
        tags.has('result/relativeDate') ||
        hasTag(result, OUR_TAG)
      );
    }),
};

/** Spanish "el próximo viernes" is the first Friday ahead; chrono takes the one after it, as for English. */
export const nearestProximoWeekday: Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const weekday = result.start.get('weekday');
      if (!result.start.isOnlyWeekdayComponent() || weekday === null) continue;
      if (!/^pr[oó]xim[oa]\s/i.test(result.text)) continue;
      setDate(result.start, upcomingWeekday(todayOf(context), weekday));
    }
    return results;
  },
};

/** Longer than this, "del 25 al 5 de enero" is not read as from the 25th of the month before. */
const LONGEST_STAY_ACROSS_MONTHS = 21;

/** Gives a range's ends the parts the guest left out and puts the end after the start. */
function orderRangeEnds(from: ParsingComponents, to: ParsingComponents): [CalendarDate, CalendarDate] | null {
  let start = fromComponents(from);
  let end = fromComponents(to);
  if (!start || !end) return null;
  const startHasMonth = from.isCertain('month') || from.isCertain('weekday');
  const endHasMonth = to.isCertain('month') || to.isCertain('weekday');
  if (!startHasMonth && to.isCertain('month')) {
    // "del 30 al 2 de enero": the start's month is the end's, or the one before it. "del 28 al 27 de
    // diciembre" is no month-long stay from November: the guest wrote the two days the wrong way round.
    const sameMonth: CalendarDate = { ...end, day: start.day };
    if (isValidDate(sameMonth) && compareDates(sameMonth, end) < 0) start = sameMonth;
    else {
      // "Del 31 al 2 de mayo": the month before has no 31st, and the stay is not read as 2 to 31 May.
      const monthBefore = addMonths(sameMonth, -1);
      if (!monthBefore) return null;
      const isSwapped = isValidDate(sameMonth) && daysBetween(monthBefore, end) > LONGEST_STAY_ACROSS_MONTHS;
      [start, end] = isSwapped ? [end, sameMonth] : [monthBefore, end];
    }
  } else if (!endHasMonth && from.isCertain('month')) {
    // "Del 29 de abril al 31" names 31 April, not 31 May.
    const sameMonth: CalendarDate = { ...start, day: end.day };
    if (!isValidDate(sameMonth)) return null;
    end = compareDates(sameMonth, start) > 0 ? sameMonth : addMonths(sameMonth, 1);
  }
  if (!start || !end) return null;
  if (compareDates(end, start) <= 0) end = rollForward(start, end, to);
  return end && compareDates(end, start) > 0 ? [start, end] : null;
}

function rollForward(start: CalendarDate, end: CalendarDate, to: ParsingComponents): CalendarDate | null {
  // "Del 10 de diciembre al domingo": the first Sunday after the 10th, however many weeks from today.
  const weekday = to.get('weekday');
  if (to.isOnlyWeekdayComponent() && weekday !== null) return upcomingWeekday(start, weekday);
  if (!to.isCertain('month')) return addMonths(end, 1);
  if (!to.isCertain('year')) return { ...end, year: end.year + 1 };
  return null;
}

interface RangeConnectors {
  /** Words that always join two dates into a stay ("al", "hasta el", "to", "and out on the"). */
  always: RegExp;
  /** "y" / "and": a range only after "entre" / "between"; "el viernes y el sábado" are two nights. */
  afterBetween: RegExp;
  between: RegExp;
}

/** Joins "<date> al <date>" (and its kin) into one result with a start and an end. */
export function mergeRanges(connectors: RangeConnectors): Refiner {
  const canJoin = (context: ParsingContext, first: ParsingResult, second: ParsingResult): boolean => {
    const isWholeStay = (result: ParsingResult): boolean =>
      result.tags().has(TAG_WEEKEND) || result.tags().has(TAG_TONIGHT);
    if (first.end || second.end || isWholeStay(first) || isWholeStay(second)) return false;
    // A lone day carries its article ("al 15"), which is part of the connector.
    const article = second.tags().has(TAG_DAY_ONLY) ? (/^\D*/.exec(second.text)?.[0] ?? '') : '';
    // "Friday night to Sunday", "el viernes por la noche hasta el domingo": the night is the first day's.
    const between = context.text
      .slice(first.index + first.text.length, second.index)
      .replace(NIGHT_AFTER, ' ')
      .concat(article);
    if (connectors.always.test(between)) return true;
    return connectors.afterBetween.test(between) && isPrecededBy(context, first, connectors.between);
  };
  return {
    refine: (context, results) => {
      const merged: ParsingResult[] = [];
      for (let i = 0; i < results.length; i++) {
        const first = results[i];
        const second = results[i + 1];
        const ends =
          second && canJoin(context, first, second) ? orderRangeEnds(first.start, second.start) : null;
        if (!second || !ends) {
          merged.push(first);
          continue;
        }
        setDate(first.start, ends[0]);
        setDate(second.start, ends[1]);
        const end = second.index + second.text.length;
        const range = context.createParsingResult(first.index, end, first.start, second.start);
        merged.push(range.addTags(first.tags()).addTags(second.tags()));
        i++;
      }
      return merged;
    },
  };
}

// The second day may come with its weekday or "día": "del lunes 7 al miércoles 9", "al día 15".
const SPANISH_DAY_WORD = `(?:\\s+(?:d[ií]a|${SPANISH_WEEKDAY}))?`;

export const SPANISH_CONNECTORS: RangeConnectors = {
  always: new RegExp(
    '^\\s*(?:-|–|(?:al|a|(?:hasta|asta)(?:\\s+el)?|[ye]\\s+(?:salgo|salimos|salida|salir|me\\s+voy|nos\\s+vamos|irnos|irme|me\\s+marcho|nos\\s+marchamos|marcharnos|marcharme|hasta)(?:\\s+el)?)' +
      `${SPANISH_DAY_WORD})\\s*$`,
    'i',
  ),
  afterBetween: new RegExp(`^\\s*y(?:\\s+el)?${SPANISH_DAY_WORD}\\s*$`, 'i'),
  between: /\bentre\s+(?:el\s+)?(?:d[ií]a\s+)?$/i,
};

export const ENGLISH_CONNECTORS: RangeConnectors = {
  // The second day may come with its weekday: "Fri 11 Dec - Sun 13 Dec".
  always: new RegExp(
    '^\\s*(?:-|–|to|until|till|through|thru|(?:to|until|till|through)\\s+the|and\\s+(?:out|leaving|leave|checking\\s+out|check\\s+out|departing|depart)\\s+on(?:\\s+the)?)' +
      `(?:\\s+${ENGLISH_WEEKDAY})?\\s*$`,
    'i',
  ),
  afterBetween: /^\s*and(?:\s+the)?\s*$/i,
  between: /\bbetween\s+(?:the\s+)?$/i,
};

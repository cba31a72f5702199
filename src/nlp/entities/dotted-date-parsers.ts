import type { Parser } from 'chrono-node';
import { type CalendarDate, isValidDate, nextOccurrence } from './calendar';
import { continuesANumber, dateResult, TAG_DOTTED, todayOf } from './date-parser-context';
import { dayBefore } from './nearest-days';

// "14.12-16.12", "del 14.12 al 16.12", "1.5.2027": days written with dots, the European way. A day
// without its year is read only in a range of two such days or after a word that introduces a day (a
// lone "14.50" is a price), and that word stays in the result's text: chrono drops results that read
// as a decimal number.
// Each number whole: "12.30h" must not be read as "12.3" once "12.30" is refused as a time.
const DOTTED = '(\\d{1,2})\\.(\\d{1,2})(?!\\d)(?:\\.(\\d{4}|\\d{2})(?!\\d))?';
const NOT_A_NUMBER_GOING_ON = '(?![\\d.,]\\d|\\s*(?:€|eur|hs?\\b|hrs?\\b|horas?|%))';
// The first day may leave its month to the second: "del 14 al 16.12", "14-16.12".
const FIRST_DAY = '(\\d{1,2})(?:\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2}))?)?';
const DOTTED_RANGE = new RegExp(
  `${FIRST_DAY}\\s*(?:[–-]|al|a|hasta|to|till|until|through)\\s*(?:el\\s+|the\\s+)?${DOTTED}${NOT_A_NUMBER_GOING_ON}`,
  'i',
);
const DOTTED_DAY = new RegExp(
  '(?:\\b(?:el|del|desde|hasta|d[ií]a|on|from|until|till|arrive|arriving|leave|leaving|llego|llegamos|llegada|entrada|' +
    'salgo|salimos|salida|me voy|nos vamos|check[ -]?in|check[ -]?out)\\s+(?:el\\s+|the\\s+|on\\s+)?)?' +
    `${DOTTED}${NOT_A_NUMBER_GOING_ON}`,
  'i',
);

/**
 * One day from its dotted numbers: day first, except that an English "12.14" can only be December
 * 14th (an American writing dots may put the month first). The next such day when no year is given.
 */
export function dottedDate(
  today: CalendarDate,
  [first, second, yearText]: Array<string | undefined>,
  monthMayLead: boolean,
): CalendarDate | null {
  const swap = monthMayLead && Number(second) > 12 && Number(first) <= 12;
  const day = Number(swap ? second : first);
  const month = Number(swap ? first : second);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = yearText && (yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText));
  const date = year ? { year, month, day } : nextOccurrence(today, month, day);
  return isValidDate(date) ? date : null;
}

function dottedRangeParser(monthMayLead: boolean): Parser {
  return {
    pattern: () => DOTTED_RANGE,
    extract: (context, match) => {
      if (continuesANumber(context, match)) return null;
      const today = todayOf(context);
      const [text, day, month, year, ...end] = match;
      // A first day without its month only after "del"/"from" or before a hyphen ("somos 2 a 14.12" is no range).
      const before = context.text.slice(0, match.index ?? 0);
      if (!month && !/^\d{1,2}\s*[–-]/.test(text) && !/\b(?:del|desde|entre|from)\s+$/i.test(before))
        return null;
      const checkOut = month ? null : dottedDate(today, end, monthMayLead);
      // "del 14 al 16.12": the first day in the second's month (or the one before: "28-2.1").
      const checkIn = month
        ? dottedDate(today, [day, month, year], monthMayLead)
        : checkOut && dayBefore(checkOut, Number(day));
      // "14.12-16.12" stays in one year; the end falls after the start ("28.12-2.1" crosses it).
      const last = checkOut ?? (checkIn && dottedDate(checkIn, end, monthMayLead));
      if (!checkIn || !last) return null;
      return dateResult(context, match.index ?? 0, match[0], TAG_DOTTED, checkIn, last);
    },
  };
}

function dottedDayParser(monthMayLead: boolean): Parser {
  return {
    pattern: () => DOTTED_DAY,
    extract: (context, match) => {
      const [text, first, second, yearText] = match;
      const cued = !/^\d/.test(text);
      if ((!cued && !yearText) || continuesANumber(context, match)) return null;
      const date = dottedDate(todayOf(context), [first, second, yearText], monthMayLead);
      return date ? dateResult(context, match.index ?? 0, text, TAG_DOTTED, date) : null;
    },
  };
}

// Only English lets the month lead ("12.14" is December 14th there).
export const SPANISH_DOTTED_RANGE_PARSER = dottedRangeParser(false);
export const SPANISH_DOTTED_DAY_PARSER = dottedDayParser(false);
export const ENGLISH_DOTTED_RANGE_PARSER = dottedRangeParser(true);
export const ENGLISH_DOTTED_DAY_PARSER = dottedDayParser(true);

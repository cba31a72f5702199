import type { Parser } from 'chrono-node';
import { addDays, isValidDate, nextDayOfMonth, nextOccurrence } from './calendar';
import { continuesANumber, dateResult, TAG_DAY_ONLY, todayOf } from './date-parser-context';
import {
  ENGLISH_MONTH,
  ENGLISH_MONTHS,
  monthIndex,
  SPANISH_MONTH_OR_ABBREVIATION,
  SPANISH_MONTH_PREFIXES,
} from './month-and-weekday-names';
import { dayBefore } from './nearest-days';
import { talksOfHoursOrAges } from './day-number-parsers';

// "12 al 14 dic", "12 a 14 de diciembre", "los días 22 al 24 de enero de 2027" with no "del" before it
// (WhatsApp style, and e-mails): chrono.es reads only "14 dic", and the first day, a bare number, is no
// date on its own.
const BARE_SPANISH_RANGE = new RegExp(
  `\\b(\\d{1,2})\\s+(?:al|a|hasta)\\s+(?:el\\s+)?(\\d{1,2})\\s+(?:de\\s+)?(${SPANISH_MONTH_OR_ABBREVIATION})(?![a-zñ])(?:\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b)?`,
  'i',
);
const NOT_A_BARE_RANGE_AFTER = /\b(?:somos|seremos|ser[ií]amos|para|pa|del|desde|entre|el|al|de)\s+$/i;

function bareSpanishRangeParser(): Parser {
  return {
    pattern: () => BARE_SPANISH_RANGE,
    extract: (context, match) => {
      // "somos 2 a 14 dic" is a party and a day (chrono's own reading of it as a range is cut down by
      // `cutPartyOffRange`); "del 12 al 14" is chrono's and the refiners'. "Iremos 12 al 14 de
      // diciembre" is a stay (party-beside-stays.ts keeps its 12 from being a party).
      const before = context.text.slice(0, match.index ?? 0);
      if (continuesANumber(context, match) || NOT_A_BARE_RANGE_AFTER.test(before)) return null;
      const [text, first, last, monthName, year] = match;
      const month = monthIndex(monthName.replace(/^set/i, 'sep'), SPANISH_MONTH_PREFIXES);
      if (month === null) return null;
      const checkOut = year
        ? { year: Number(year), month, day: Number(last) }
        : nextOccurrence(todayOf(context), month, Number(last));
      // "del 30 al 2 de enero": the first day is the last such day before the second.
      const checkIn = isValidDate(checkOut) ? dayBefore(checkOut, Number(first)) : null;
      if (!checkIn) return null;
      return dateResult(context, match.index ?? 0, text, 'agente/bareRange', checkIn, checkOut);
    },
  };
}

// "entre los días 12 y 14 (de diciembre)", "between December 12 and 14": chrono reads only one end.
const BETWEEN_SPANISH_DAYS = new RegExp(
  `\\bentre\\s+(?:los\\s+)?d[ií]as\\s+(\\d{1,2})\\s+y\\s+(?:el\\s+)?(\\d{1,2})(?:\\s+(?:de\\s+)?(${SPANISH_MONTH_OR_ABBREVIATION})(?![a-zñ]))?(?![\\d:/.,]\\d)`,
  'i',
);
const BETWEEN_ENGLISH_DAYS = new RegExp(
  `\\bbetween\\s+(${ENGLISH_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:/.,]\\d)`,
  'i',
);

// "23rd to 27th", "from 23rd to 27th": two ordinal days with no month and no article, which chrono
// reads as nothing (with "the" before each, or a month after, it reads them itself).
const ENGLISH_ORDINAL_DAYS = new RegExp(
  '\\b(\\d{1,2})(?:st|nd|rd|th)\\s*(?:-|–|to|until|till|through|thru)\\s*(\\d{1,2})(?:st|nd|rd|th)\\b' +
    `(?![:/.,]\\d|\\s*(?:of\\s+)?${ENGLISH_MONTH})`,
  'i',
);

interface BetweenDays {
  first: number;
  last: number;
  /** The month named (null: a word that is no month), and whether it is the first day's. */
  month?: number | null;
  monthLeads?: boolean;
}

function betweenDaysParser(pattern: RegExp, read: (match: RegExpMatchArray) => BetweenDays): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const { first, last, month, monthLeads = false } = read(match);
      if (month === null) return null;
      const today = todayOf(context);
      const named = month === undefined ? null : nextOccurrence(today, month, monthLeads ? first : last);
      if (named && !isValidDate(named)) return null;
      // A month after the last day fixes both ("entre los días 30 y 2 de enero" starts in December).
      const arrival =
        named && !monthLeads ? dayBefore(named, first) : (named ?? nextDayOfMonth(today, first));
      const checkOut = named && !monthLeads ? named : arrival && nextDayOfMonth(addDays(arrival, 1), last);
      if (!arrival || !checkOut || !isValidDate(checkOut)) return null;
      // The years implied, not stated: a trailing day number is no year ("y 14 para 2").
      const result = context.createParsingResult(match.index ?? 0, match[0], {
        day: arrival.day,
        month: arrival.month,
      });
      result.start.imply('year', arrival.year);
      result.end = context.createParsingComponents({ day: checkOut.day, month: checkOut.month });
      result.end.imply('year', checkOut.year);
      return result.addTag('agente/betweenDays');
    },
  };
}

export const BARE_SPANISH_RANGE_PARSER = bareSpanishRangeParser();

export const SPANISH_BETWEEN_DAYS_PARSER = betweenDaysParser(
  BETWEEN_SPANISH_DAYS,
  ([, first, last, month]) => ({
    first: Number(first),
    last: Number(last),
    month: month ? monthIndex(month.replace(/^set/i, 'sep'), SPANISH_MONTH_PREFIXES) : undefined,
  }),
);

export const ENGLISH_BETWEEN_DAYS_PARSER = betweenDaysParser(
  BETWEEN_ENGLISH_DAYS,
  ([, month, first, last]) => ({
    first: Number(first),
    last: Number(last),
    month: monthIndex(month, ENGLISH_MONTHS),
    monthLeads: true,
  }),
);

export const ENGLISH_ORDINAL_DAYS_PARSER = betweenDaysParser(ENGLISH_ORDINAL_DAYS, ([, first, last]) => ({
  first: Number(first),
  last: Number(last),
}));

// "For xmas, 24 to 26", "new year's eve, 30-2": two bare day numbers, a stay only beside a holiday
// named in the same message (else "24 to 26" may be anything: a price, an age, a count).
const ENGLISH_BARE_DAYS = new RegExp(
  '\\b(\\d{1,2})\\s*(?:-|–|to|until|till)\\s*(\\d{1,2})\\b' +
    `(?![:/.,]\\d|\\s*(?:of\\s+)?${ENGLISH_MONTH}|\\s*(?:€|\\$|%|euros?|eur\\b|pounds?|dollars?|people|persons?|guests?|adults?|kids?|children|nights?|days?|years?|yrs?|yo\\b|am\\b|pm\\b|h\\b|hours?|mins?|minutes?|rooms?))`,
  'i',
);
const HOLIDAY_NAMED = /\b(?:christmas|xmas|new\s+year'?s?|nye|easter|boxing\s+day|valentine'?s)\b/i;
/**
 * "What about 11-13 instead?", "how about 11 to 13", "sorry i meant 6-9": other days offered in place of
 * the stay's (QA 27, E2; QA 29, H1), the offer's words next to the days (not "we'd rather check in
 * around 3-4", "how about a group of 10 to 12").
 */
const DAYS_OFFERED_BEFORE = /\b(?:(?:what|how) about|i meant|i mean|make (?:it|that))\s+(?:the\s+)?$/i;
const DAYS_OFFERED_AFTER = /^\s*instead\b/i;
/**
 * "A room from 3 to 5?": "from" before the days makes them a stay (QA 27, E18), unless hours or ages
 * are talked of just before ("check in from 3 to 5", "breakfast is served from 7 to 10", "kids aged
 * from 3 to 5").
 */
function daysFromAStay(before: string): boolean {
  return /\bfrom\s+$/i.test(before) && !talksOfHoursOrAges(before);
}

/**
 * Days with no month: anchorToHoliday places them around the holiday named; offered in place of
 * others, the booking places them in the stay's month (booking-merge.ts).
 */
export const ENGLISH_BARE_DAYS_BY_A_HOLIDAY_PARSER: Parser = {
  pattern: () => ENGLISH_BARE_DAYS,
  extract: (context, match) => {
    const before = context.text.slice(0, match.index ?? 0);
    const after = context.text.slice((match.index ?? 0) + match[0].length);
    const offered = DAYS_OFFERED_BEFORE.test(before) || DAYS_OFFERED_AFTER.test(after);
    const fromAStay = !offered && daysFromAStay(before);
    if (!HOLIDAY_NAMED.test(context.text) && !offered && !fromAStay) return null;
    const today = todayOf(context);
    const arrival = nextDayOfMonth(today, Number(match[1]));
    const checkOut = arrival && nextDayOfMonth(addDays(arrival, 1), Number(match[2]));
    if (!arrival || !checkOut || !isValidDate(checkOut)) return null;
    // "From 3 to 5" holds its "from", so that it outlasts the day-only reading of "from 3".
    const from = fromAStay ? (/\bfrom\s+$/i.exec(before)?.[0] ?? '') : '';
    const result = context.createParsingResult((match.index ?? 0) - from.length, from + match[0], {
      day: arrival.day,
    });
    result.start.imply('month', arrival.month).imply('year', arrival.year);
    result.end = context.createParsingComponents({ day: checkOut.day });
    result.end.imply('month', checkOut.month).imply('year', checkOut.year);
    return result.addTag(TAG_DAY_ONLY);
  },
};

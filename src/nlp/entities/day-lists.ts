import type { Parser } from 'chrono-node';
import { addDays, isValidDate, nextOccurrence } from './calendar';
import {
  dateResult,
  ENGLISH_MONTH,
  ENGLISH_MONTHS,
  monthIndex,
  SPANISH_MONTH_OR_ABBREVIATION,
  SPANISH_MONTH_PREFIXES,
  todayOf,
} from './date-parsers';

export const TAG_DAY_LIST = 'agente/dayList';

// "los días 3, 4 y 5 de diciembre", "las noches del 3 y 4 de dic", "the 3rd, 4th and 5th of December",
// "December 3, 4 and 5": chrono reads only the last day, which became the arrival.
const SPANISH_DAY_LIST = new RegExp(
  `\\b(?:(noches?)\\s+(?:del?\\s+(?:los\\s+)?)?|d[ií]as\\s+)?(\\d{1,2}(?:\\s*,\\s*\\d{1,2})*)\\s*,?\\s+[ye]\\s+(?:el\\s+)?(\\d{1,2})\\s+(?:de\\s+)?(${SPANISH_MONTH_OR_ABBREVIATION})(?![a-zñ])`,
  'i',
);
const ORDINAL = '(?:st|nd|rd|th)?';
const ENGLISH_DAY_LIST = new RegExp(
  `\\b(?:(nights?)\\s+(?:of\\s+)?)?(?:the\\s+)?(\\d{1,2}${ORDINAL}(?:\\s*,\\s*(?:the\\s+)?\\d{1,2}${ORDINAL})*)\\s*,?\\s+and\\s+(?:the\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${ENGLISH_MONTH})` +
    `|\\b(?:(nights?)\\s+(?:of\\s+)?)?(${ENGLISH_MONTH})\\s+(\\d{1,2}${ORDINAL}(?:\\s*,\\s*\\d{1,2}${ORDINAL})*)\\s*,?\\s+and\\s+(\\d{1,2})${ORDINAL}\\b`,
  'i',
);

// "somos 2 y 3 de diciembre", "we are 2 and 3 December": a party, then a day. "Entre el 12 y el 13"
// is an arrival and a departure (the range refiner's).
const NOT_A_LIST_AFTER =
  /\b(?:somos|seremos|vamos|iremos|para|pa|we\s+are|we're|for|party\s+of)\s+$|\b(?:entre|between)\s+(?:el\s+|los\s+|the\s+)?(?:d[ií]as?\s+)?$/i;

/**
 * Listed nights ("las noches del 3, 4 y 5") make a stay to the morning after the last; listed days
 * may or may not count the day of leaving, so only the arrival is read and the bot asks until when.
 */
function dayListParser(
  pattern: RegExp,
  read: (
    match: RegExpMatchArray,
  ) => [nights: string | undefined, listed: string, last: string, month: string],
  months: readonly string[],
): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      if (NOT_A_LIST_AFTER.test(context.text.slice(0, match.index ?? 0))) return null;
      const [nights, listed, last, monthName] = read(match);
      const month = monthIndex(monthName.replace(/^set/i, 'sep'), months);
      const days = [...(listed.match(/\d{1,2}/g) ?? []), last].map(Number);
      if (month === null) return null;
      // Counted back from the last day, so that "30, 31 y 1 de enero" starts in December.
      const lastDay = nextOccurrence(
        addDays(todayOf(context), days.length - 1),
        month,
        days[days.length - 1],
      );
      const checkIn = addDays(lastDay, 1 - days.length);
      // Only days that follow each other make a stay ("el 3 y el 10" are two dates).
      if (!isValidDate(lastDay) || days.some((day, i) => addDays(checkIn, i).day !== day)) return null;
      const checkOut = nights ? addDays(checkIn, days.length) : undefined;
      return dateResult(context, match.index ?? 0, match[0], TAG_DAY_LIST, checkIn, checkOut);
    },
  };
}

export const SPANISH_DAY_LIST_PARSER = dayListParser(
  SPANISH_DAY_LIST,
  ([, nights, listed, last, month]) => [nights, listed, last, month],
  SPANISH_MONTH_PREFIXES,
);

export const ENGLISH_DAY_LIST_PARSER = dayListParser(
  ENGLISH_DAY_LIST,
  (match) =>
    match[3] !== undefined
      ? [match[1], match[2], match[3], match[4]]
      : [match[5], match[7], match[8], match[6]],
  ENGLISH_MONTHS,
);

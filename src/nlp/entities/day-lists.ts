import type { Parser } from 'chrono-node';
import { foldText } from '../../common/fold-text';
import { addDays, type CalendarDate, isValidDate, nextOccurrence, weekdayOf } from './calendar';
import { dateResult, todayOf } from './date-parser-context';
import {
  ENGLISH_MONTH,
  ENGLISH_WEEKDAY,
  ENGLISH_MONTHS,
  monthIndex,
  SPANISH_MONTH_OR_ABBREVIATION,
  SPANISH_MONTH_PREFIXES,
} from './month-and-weekday-names';
import { upcomingWeekday } from './nearest-days';

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

/** "Entre el 12 y el 13": an arrival and a departure (the range refiner's), no list. */
const BETWEEN = /\b(?:entre|between)\s+(?:el\s+|los\s+|the\s+)?(?:d[ií]as?\s+)?$/i;
/** "A room for Thursday and Friday", "para el jueves y viernes": the days are the nights of the stay. */
const FOR_THE_DAYS =
  /\b(?:rooms?|habitaci[oó]n\w*|hab|cuartos?|book\w*|reserv\w*|stay\w*|quedarnos|dormir)\b[^.?!]*\b(?:para|pa|for)\s+$/i;
// "somos 2 y 3 de diciembre", "we are 2 and 3 December": a party, then a day; or the days between.
const NOT_A_LIST_AFTER = new RegExp(
  `\\b(?:somos|seremos|vamos|iremos|ser[ií]amos|ir[ií]amos|we\\s+are|we're|we(?:'d|\\s+would)\\s+be|para|pa|for|party\\s+of)\\s+$|${BETWEEN.source}`,
  'i',
);

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

// "el viernes y el sábado por la noche", "Friday and Saturday night": weekdays that follow each other.
const SPANISH_WEEKDAY_NAME = '(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)';
const SPANISH_NIGHT = '(?:\\s+(?:por\\s+la\\s+)?noches?)?';
const SPANISH_WEEKDAY_LIST = new RegExp(
  `\\b(?:(?:este|el|las\\s+noches\\s+del?|noches\\s+del?)\\s+)?${SPANISH_WEEKDAY_NAME}${SPANISH_NIGHT}` +
    `(?:\\s*,\\s*(?:el\\s+)?${SPANISH_WEEKDAY_NAME}${SPANISH_NIGHT})*\\s*,?\\s+y\\s+(?:el\\s+)?${SPANISH_WEEKDAY_NAME}${SPANISH_NIGHT}\\b` +
    '(?:\\s+(?:de\\s+)?(?:la\\s+)?(?:semana\\s+que\\s+viene|pr[oó]xima\\s+semana|semana\\s+pr[oó]xima))?',
  'i',
);
const ENGLISH_NIGHT = '(?:\\s+nights?)?';
const ENGLISH_WEEKDAY_LIST = new RegExp(
  `\\b(?:(?:this|on|the\\s+nights\\s+of|nights\\s+of)\\s+)?${ENGLISH_WEEKDAY}${ENGLISH_NIGHT}` +
    `(?:\\s*,?\\s*${ENGLISH_WEEKDAY}${ENGLISH_NIGHT})*\\s*,?\\s+(?:and|&|n)\\s+${ENGLISH_WEEKDAY}${ENGLISH_NIGHT}\\b` +
    '(?:\\s+(?:of\\s+)?next\\s+week)?',
  'i',
);
const SPANISH_DAY_NAMES = /lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo/gi;
const SPANISH_WEEKDAY_PREFIXES = ['do', 'lu', 'ma', 'mi', 'ju', 'vi', 's'];
/** An English weekday, whole or cut short: "sun", "tues", "wednesday". */
const ENGLISH_DAY_NAME = '(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|rsday|urday|sday)?';
const ENGLISH_DAY_NAMES = new RegExp(`\\b${ENGLISH_DAY_NAME}\\b`, 'gi');
const ENGLISH_WEEKDAY_PREFIXES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The weekday a name means (0 = Sunday), by the prefix that tells it from the others. */
function weekdayNumber(name: string, prefixes: readonly string[]): number {
  return prefixes.findIndex((prefix) => foldText(name).startsWith(prefix));
}

/** Days since Monday: of `date`, or of the weekday `weekday` (0 = Sunday) when given. */
function mondayBased(date: CalendarDate, weekday = weekdayOf(date)): number {
  return (weekday + 6) % 7;
}

/** The next such weekday, today included ("el viernes" said on a Friday is tonight). */
function comingWeekday(today: CalendarDate, weekday: number): CalendarDate {
  return weekdayOf(today) === weekday ? today : upcomingWeekday(today, weekday);
}

function weekdayListParser(
  pattern: RegExp,
  names: RegExp,
  prefixes: readonly string[],
  nightWord: RegExp,
): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      // "Next friday and saturday": which week "next" means is chrono's reading, of the first day.
      const before = context.text.slice(0, match.index ?? 0);
      if (BETWEEN.test(before) || /\b(?:next|pr[oó]xim[oa])\s+$/i.test(before)) return null;
      const days = (match[0].match(names) ?? []).map((name) => weekdayNumber(name, prefixes));
      if (days.length < 2 || days.some((day, i) => day < 0 || (i > 0 && day !== (days[i - 1] + 1) % 7)))
        return null;
      const today = todayOf(context);
      // "Fri & sat next week", "viernes y sábado de la semana que viene": those days of next week (Monday to Sunday).
      const checkIn = /\b(?:next|semana)\b/i.test(match[0])
        ? addDays(today, 7 - mondayBased(today) + mondayBased(today, days[0]))
        : comingWeekday(today, days[0]);
      // "Thursday and Friday night", "una habitación para el jueves y viernes": those nights (QA 31, H7:
      // "for" had made no list of them, the Friday's night alone booked).
      const nights = nightWord.test(match[0]) || FOR_THE_DAYS.test(before);
      const checkOut = nights ? addDays(checkIn, days.length) : undefined;
      return dateResult(context, match.index ?? 0, match[0], TAG_DAY_LIST, checkIn, checkOut);
    },
  };
}

export const SPANISH_WEEKDAY_LIST_PARSER = weekdayListParser(
  SPANISH_WEEKDAY_LIST,
  SPANISH_DAY_NAMES,
  SPANISH_WEEKDAY_PREFIXES,
  /\bnoches?\b/i,
);

export const ENGLISH_WEEKDAY_LIST_PARSER = weekdayListParser(
  ENGLISH_WEEKDAY_LIST,
  ENGLISH_DAY_NAMES,
  ENGLISH_WEEKDAY_PREFIXES,
  /\bnights?\b/i,
);

/** "Mon to wed", "fri-sun", "from tues till thurs": abbreviated weekdays chrono reads one of, or none. */
const ENGLISH_SHORT_WEEKDAY_RANGE = new RegExp(
  `(?<!['’])\\b(${ENGLISH_DAY_NAME})\\.?\\s*(?:-|–|to|til|till|until|thru|through)\\s*(${ENGLISH_DAY_NAME})\\.?\\b`,
  'i',
);

/** "Mon to wed": from the coming Monday (today included) to the Wednesday after it. */
export const ENGLISH_SHORT_WEEKDAY_RANGE_PARSER: Parser = {
  pattern: () => ENGLISH_SHORT_WEEKDAY_RANGE,
  extract: (context, match) => {
    const from = weekdayNumber(match[1] ?? '', ENGLISH_WEEKDAY_PREFIXES);
    const to = weekdayNumber(match[2] ?? '', ENGLISH_WEEKDAY_PREFIXES);
    // "Monday to Wednesday" is chrono's own.
    const bothWhole = /day$/i.test(match[1] ?? '') && /day$/i.test(match[2] ?? '');
    if (from < 0 || to < 0 || from === to || bothWhole) return null;
    const checkIn = comingWeekday(todayOf(context), from);
    const checkOut = addDays(checkIn, (to - from + 7) % 7);
    return dateResult(context, match.index ?? 0, match[0], TAG_DAY_LIST, checkIn, checkOut);
  },
};

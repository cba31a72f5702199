import type { Parser } from 'chrono-node';
import { addMonths, type CalendarDate, nextDayOfMonth, weekdayOf } from './calendar';
import { dateResult, TAG_DAY_ONLY, TAG_WEEKDAY_DAY, todayOf } from './date-parser-context';
import {
  ENGLISH_WEEKDAY,
  ENGLISH_WEEKDAYS,
  SPANISH_MONTH_OR_ABBREVIATION,
  SPANISH_WEEKDAY,
} from './month-and-weekday-names';

// The number alone after an article or a weekday ("del 12 al 15", "entre el 12 y el 15", "del lunes 7
// al miércoles 9 de diciembre"): chrono.es only reads a day that carries its month, so the first day
// of a range was lost. A day followed by its month ("del 28 dic al 3 ene") is chrono's, with the month.
const SPANISH_DAY = new RegExp(
  `(\\b(?:(?:el|del|al)\\s+(?:(?:d[ií]a|${SPANISH_WEEKDAY})\\s+)?|(?:d[ií]a|${SPANISH_WEEKDAY})\\s+))(\\d{1,2})(º|°)?` +
    '(?!\\d|[:/.,-]\\d|\\s*(?:de\\b|hs?\\b|hrs?\\b|horas?|%|€|euros?|noches?|personas?|adult|ni[ñn]|hab|plazas?|camas?|pisos?|plantas?|años?|min' +
    `|${SPANISH_MONTH_OR_ABBREVIATION}(?![a-zñ])))`,
  'i',
);

const ENGLISH_DAY = new RegExp(
  // "Arriving 30th", "leaving 2nd": after a verb of the stay, only with its ordinal ("arriving 2 adults" is none).
  '(\\b(?:(?:on|from|until|till|to|and)\\s+the|the|on|from|(?:arriv(?:e|ing|al)|leav(?:e|ing)|depart(?:ing|ure)?|check(?:ing)?[ -]?(?:in|out))(?:\\s+on)?)\\s+)(\\d{1,2})(st|nd|rd|th)?\\b' +
    // "From 15 dec": the day of a month said after it (chrono's), not a day of this month.
    // "From 3 to 5 pm" are hours.
    '(?!\\s*(?:(?:-|–|to|till|until)\\s*\\d{1,2}\\s*)?(?:a\\.?m\\b|p\\.?m\\b|o\\W?clock|h\\b|hrs?\\b)|\\s*(?:of\\b|nights?|floor|times?|one\\b(?!\\s+(?:night|nite|week|noche|semana))|options?\\b|choices?\\b|people|persons?|adults?|kids?|children|guests?|rooms?|%|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may(?!\\s+(?:i|we|you|he|she|they)\\b)|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b)|[:/.,-]\\d)',
  'i',
);

// "Fri 11th", "friday the 11th": a weekday and a day number with no month ("Fri 11 Dec" is chrono's).
const ENGLISH_WEEKDAY_DAY = new RegExp(
  `\\b(${ENGLISH_WEEKDAY})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b` +
    '(?!\\s*(?:of\\b|[/.:-]\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|nights?|people|guests?|adults?))',
  'i',
);

/** The next day numbered `day` that falls on `weekday` (within a year), or else the next one numbered `day`. */
function nextWeekdayDay(today: CalendarDate, weekday: number, day: number): CalendarDate | null {
  for (let months = 0; months < 12; months++) {
    const from = months === 0 ? today : addMonths({ ...today, day: 1 }, months);
    const candidate = from && nextDayOfMonth(from, day);
    if (candidate && weekdayOf(candidate) === weekday) return candidate;
  }
  return nextDayOfMonth(today, day);
}

function weekdayDayParser(): Parser {
  return {
    pattern: () => ENGLISH_WEEKDAY_DAY,
    extract: (context, match) => {
      const weekday = ENGLISH_WEEKDAYS.indexOf((match[1] ?? '').slice(0, 3).toLowerCase());
      const day = Number(match[2]);
      if (weekday < 0 || day < 1 || day > 31) return null;
      const date = nextWeekdayDay(todayOf(context), weekday, day);
      return date ? dateResult(context, match.index ?? 0, match[0], TAG_WEEKDAY_DAY, date) : null;
    },
  };
}

const HOURS_OR_AGES_BEFORE =
  /\b(?:check(?:ing)?[\s-]?(?:in|out)|open(?:s|ed)?|clos(?:e|es|ed)|serve[sd]?|runs?|available|hours?|times?|ages?|aged|between|is|are)\s+(?:from\s+)?$/i;

/**
 * Hours or ages the "from" before a bare number belongs to: "check in from 3", "served from 7", "aged
 * from 3" (not "with breakfast from 3 to 5", "2 kids aged 5 and 8 from 10 to 12"; review 28, 8).
 */
export function talksOfHoursOrAges(before: string): boolean {
  return HOURS_OR_AGES_BEFORE.test(before);
}

function dayOnlyParser(pattern: RegExp, acceptsBare: (prefix: string, before: string) => boolean): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const [, prefix = '', digits = '', suffix] = match;
      if (!suffix && !acceptsBare(prefix, context.text.slice(0, match.index ?? 0))) return null;
      const day = Number(digits);
      const date = day >= 1 && day <= 31 ? nextDayOfMonth(todayOf(context), day) : null;
      if (!date) return null;
      // The article stays in the text: chrono's own filter drops results that are bare digits.
      const result = context.createParsingResult(match.index ?? 0, prefix + digits + (suffix ?? ''), { day });
      result.start.imply('month', date.month).imply('year', date.year);
      return result.addTag(TAG_DAY_ONLY);
    },
  };
}

export const ENGLISH_WEEKDAY_DAY_PARSER = weekdayDayParser();

export const SPANISH_DAY_ONLY_PARSER = dayOnlyParser(SPANISH_DAY, () => true);

export const ENGLISH_DAY_ONLY_PARSER = dayOnlyParser(
  ENGLISH_DAY,
  (prefix, before) =>
    /^(?:on|from\s+the)\b/i.test(prefix) ||
    (/^from\b/i.test(prefix) && !talksOfHoursOrAges(before)) ||
    /^(?:until|till|to)\s+the/i.test(prefix),
);

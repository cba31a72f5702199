import type { Parser } from 'chrono-node';
import {
  addDays,
  type CalendarDate,
  isValidDate,
  nextDayOfMonth,
  nextOccurrence,
  weekdayOf,
} from './calendar';
import { dateResult, TAG_WEEKEND, todayOf } from './date-parser-context';
import {
  ENGLISH_MONTH,
  ENGLISH_MONTHS,
  monthIndex,
  SPANISH_MONTH,
  SPANISH_MONTHS,
} from './month-and-weekday-names';

/** Which weekend a phrase means: see `weekendCheckIn`. */
type WeekendKind = 'this' | 'next' | 'upcoming' | 'after_next' | 'after_upcoming';

/**
 * A weekend stay checks in on Friday and out on Sunday. "This weekend" is the current week's (from
 * Saturday only Saturday night is left; on Sunday it is over, so the next one). English "next
 * weekend" is the following week's, as chrono reads "next friday"; Spanish "el próximo fin de semana"
 * is the first one still to start ("próximo" = the nearest one ahead), the following week's from Friday.
 */
export function weekendCheckIn(today: CalendarDate, kind: WeekendKind): CalendarDate {
  // "The weekend after next", "el finde después del que viene": a week after the one each names.
  if (kind === 'after_next') return addDays(weekendCheckIn(today, 'next'), 7);
  if (kind === 'after_upcoming') return addDays(weekendCheckIn(today, 'upcoming'), 7);
  const weekday = weekdayOf(today);
  if (weekday === 0) return addDays(today, 5);
  if (weekday === 6 && kind === 'this') return today;
  const thisFriday = addDays(today, 5 - weekday);
  if (kind === 'next' || (kind === 'upcoming' && weekday >= 5)) return addDays(thisFriday, 7);
  return thisFriday;
}

function weekendParser(pattern: RegExp, kindOf: (match: RegExpMatchArray) => WeekendKind): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const checkIn = weekendCheckIn(todayOf(context), kindOf(match));
      const checkOut = addDays(checkIn, weekdayOf(checkIn) === 6 ? 1 : 2);
      return dateResult(context, match.index ?? 0, match[0], TAG_WEEKEND, checkIn, checkOut);
    },
  };
}

// "al"/"del" stay out of the text: "cambiarla al próximo fin de semana" names "próximo fin de semana".
// "Pal finde q viene" is WhatsApp's "para el fin de semana que viene" (QA 28, S17).
// "el finde largo de diciembre", "el fin de semana de diciembre", "el fin de semana del 12": not this
// weekend (the last two are read by weekendOfParser; the first has no date: the bot asks for one).
const SPANISH_WEEKEND = new RegExp(
  '\\b(?:(?:este|esta|el|pal)\\s+|(?<=\\b(?:al|del)\\s+)|(?=pr[oó]ximo\\s))(pr[oó]ximo\\s+)?(?:fin\\s+de\\s+semana|finde)(\\s+(?:que|q|k)\\s+viene|\\s+pr[oó]ximo)?' +
    '(\\s+(?:despu[eé]s\\s+del|siguiente\\s+al)\\s+(?:(?:que|q|k)\\s+viene|pr[oó]ximo))?\\b' +
    `(?!\\s+(?:largo|del?\\s+(?:\\d|${SPANISH_MONTH})|(?:el\\s+|los\\s+|d[ií]as?\\s+)?\\d{1,2}(?:\\s*(?:y|e|al|a|-|–)\\s*(?:el\\s+)?\\d{1,2}\\b|\\s+(?:de\\s+)?${SPANISH_MONTH})))`,
  'i',
);
const ENGLISH_WEEKEND = new RegExp(
  `\\b(this\\s+coming|this|next|the|over\\s+the|coming)\\s+(?:weekend|wknd|wkend|w\\/e)(\\s+after\\s+next)?\\b(?!\\s+(?:of|in)\\b|,?\\s+(?:on\\s+)?(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|&|-|–|to)\\s*(?:the\\s+)?\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${ENGLISH_MONTH}|${ENGLISH_MONTH}\\s+\\d))`,
  'i',
);

// "el fin de semana del 12 de diciembre", "the weekend of Dec 12", "the weekend of the 12th". Not
// "el finde del 12 al 14", "the weekend of Dec 12-14": the days written are the stay (day-range parsers).
const SPANISH_WEEKEND_OF = new RegExp(
  `\\b(?:el\\s+)?(?:fin\\s+de\\s+semana|finde)\\s+del?\\s+(\\d{1,2})(?:\\s+de\\s+(${SPANISH_MONTH}))?\\b` +
    '(?!\\s*(?:al?|hasta|-|–|y|e)\\s*(?:el\\s+)?\\d)',
  'i',
);
const ENGLISH_WEEKEND_OF = new RegExp(
  `\\b(?:the\\s+)?weekend\\s+of\\s+(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?(${ENGLISH_MONTH}))?|(${ENGLISH_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?![\\d/])` +
    '(?!\\s*(?:-|–|to|til|till|until|through|thru)\\s*(?:the\\s+)?\\d)',
  'i',
);

/** The weekend (Friday to Sunday) a day belongs to; a weekday's is the one after it. */
export function weekendAround(date: CalendarDate): CalendarDate {
  const weekday = weekdayOf(date);
  if (weekday === 6) return addDays(date, -1);
  if (weekday === 0) return addDays(date, -2);
  return addDays(date, 5 - weekday);
}

function weekendOfParser(
  pattern: RegExp,
  read: (match: RegExpMatchArray) => [day: number, month: number | null],
): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const [day, month] = read(match);
      const today = todayOf(context);
      let date: CalendarDate | null;
      if (month === null) date = day >= 1 && day <= 31 ? nextDayOfMonth(today, day) : null;
      else date = nextOccurrence(today, month, day);
      if (!date || !isValidDate(date)) return null;
      const friday = weekendAround(date);
      return dateResult(context, match.index ?? 0, match[0], TAG_WEEKEND, friday, addDays(friday, 2));
    },
  };
}

export const SPANISH_WEEKEND_OF_PARSER = weekendOfParser(SPANISH_WEEKEND_OF, (match) => [
  Number(match[1]),
  monthIndex(match[2], SPANISH_MONTHS),
]);

export const ENGLISH_WEEKEND_OF_PARSER = weekendOfParser(ENGLISH_WEEKEND_OF, (match) => [
  Number(match[1] ?? match[4]),
  monthIndex(match[2] ?? match[3], ENGLISH_MONTHS),
]);

export const SPANISH_WEEKEND_PARSER = weekendParser(SPANISH_WEEKEND, (match) =>
  match[3] ? 'after_upcoming' : match[1] || match[2] ? 'upcoming' : 'this',
);

export const ENGLISH_WEEKEND_PARSER = weekendParser(ENGLISH_WEEKEND, (match) =>
  match[2] ? 'after_next' : /^next$/i.test(match[1] ?? '') ? 'next' : 'this',
);

/**
 * "the weekend of dec 12-14": chrono reads "weekend" alone as this Saturday; the days written after it
 * are the stay, so that reading is dropped.
 */
export function isWeekendBeforeItsDays(text: string, index: number, found: string): boolean {
  return /^weekend$/i.test(found.trim()) && /^\s+of\s/i.test(text.slice(index + found.length));
}

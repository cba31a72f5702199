import { foldText } from '../../common/fold-text';
import type { Language } from '../nlp.types';
import { type CalendarDate, isValidDate } from './calendar';
import type { Span } from './text';

/**
 * A day the calendar does not have: "29 de febrero" in a year without it, "31 de abril", "31.4",
 * "Feb 30". chrono reads none of them, but a day said beside one ("del 27 al 29 de febrero") would be
 * read alone as another day: the guest is told instead.
 */
export interface ImpossibleDate extends Span {
  day: number;
  month: number;
  /** The year it was read in, when the day exists in other years (29 February). */
  year?: number;
}

const SPANISH_MONTHS = 'ene feb mar abr may jun jul ago sep oct nov dic'.split(' ');
const ENGLISH_MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const MONTH_NAMES =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'january|february|march|april|june|july|august|september|october|november|december|' +
  'ene|feb|mar|abr|apr|may|jun|jul|ago|aug|sept?|set|oct|nov|dic|dec|jan';
const MONTH = `(${MONTH_NAMES})\\.?(?![a-z])`;
const YEAR = '(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?';
const ORDINAL = '(?:st|nd|rd|th|º|°)?';
const NOT_A_QUANTITY = '(?![\\d.,]\\d|\\s*(?:€|eur|%|hs?\\b|hrs?\\b|horas?|m2|m²|kg|km|metros?))';

/** "29 de febrero (de 2027)", "29th of February", "29 feb". */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:de\\s+|of\\s+)?${MONTH}${YEAR}(?![a-z])`, 'g');
/** "February 29th(, 2027)". */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL}${YEAR}(?![a-z\\d])`, 'g');
const TO = '\\s*(?:-|–|to|until|till|through|thru|al|a|hasta)\\s*(?:(?:el|the)\\s+)?';
const NO_MONTH_AFTER = `(?![a-z\\d./]|\\s*(?:de\\s+|of\\s+)?(?:${MONTH_NAMES})\\b)${NOT_A_QUANTITY}`;
/** "April 29 to 31", "del 29 de abril al 31": the second day is in the first one's month. */
const MONTH_DAY_TO_DAY = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2}${ORDINAL}${TO}(\\d{1,2})${ORDINAL}${NO_MONTH_AFTER}`,
  'g',
);
const DAY_MONTH_TO_DAY = new RegExp(
  `\\b\\d{1,2}${ORDINAL}\\s+(?:de\\s+|of\\s+)?${MONTH}${TO}(\\d{1,2})${ORDINAL}${NO_MONTH_AFTER}`,
  'g',
);
/** "from the 31st to May 2nd". */
const DAY_TO_MONTH_DAY = new RegExp(
  `\\b(\\d{1,2})${ORDINAL}${TO}${MONTH}\\s+(\\d{1,2})${ORDINAL}(?![a-z\\d])`,
  'g',
);
/** "del 31 al 2 de mayo": a first day after the second is in the month before. */
const DAY_TO_DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})${ORDINAL}${TO}(\\d{1,2})${ORDINAL}\\s+(?:de\\s+|of\\s+)?${MONTH}(?![a-z])`,
  'g',
);

/**
 * "29/2", "29/2/2027", and in English "2/29" (an American writing the month first). With dots, as
 * `dotted-date-parsers.ts` reads them: with a year, or after a word that introduces a day ("el 29.2", "al
 * 29.2"); other dotted numbers are prices, times and versions.
 */
const NUMERIC = new RegExp(
  '(?<![\\d.,/])(?:(\\b(?:el|del|desde|hasta|al|dia|on|from|until|till|to|arrive|arriving|leave|leaving|' +
    'llego|llegamos|llegada|entrada|salgo|salimos|salida|me voy|nos vamos|check[ -]?in|check[ -]?out)\\s+' +
    `(?:el\\s+|the\\s+|on\\s+)?))?(\\d{1,2})([./])(\\d{1,2})(?!\\d)(?:[./](\\d{4}|\\d{2})(?!\\d))?${NOT_A_QUANTITY}`,
  'g',
);

function monthOf(name: string): number {
  const prefix = name.slice(0, 3).replace(/^set$/, 'sep');
  const spanish = SPANISH_MONTHS.indexOf(prefix);
  return spanish >= 0 ? spanish + 1 : ENGLISH_MONTHS.indexOf(prefix) + 1;
}

/** The year a day-and-month without one is read in: this year's, unless it is already past. */
function yearOf(today: CalendarDate, month: number, day: number, yearText: string | undefined): number {
  if (yearText) return yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const isPast = month < today.month || (month === today.month && day < today.day);
  return isPast ? today.year + 1 : today.year;
}

function impossible(
  match: RegExpMatchArray,
  today: CalendarDate,
  [day, month, yearText]: [number, number, string | undefined],
): ImpossibleDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = yearOf(today, month, day, yearText);
  if (isValidDate({ year, month, day })) return null;
  const start = match.index ?? 0;
  // 2000 was a leap year: a day it had is missing only from this year.
  const inOtherYears = isValidDate({ year: 2000, month, day });
  return { start, end: start + match[0].length, day, month, year: inOtherYears ? year : undefined };
}

/** "Del 31 al 2 de mayo": the first day, after the second, is in the month before it (31 April). */
function dayInMonthBefore(
  match: RegExpMatchArray,
  today: CalendarDate,
  [firstText, secondText, monthName]: string[],
): ImpossibleDate | null {
  if (Number(firstText) <= Number(secondText)) return null;
  const monthBefore = ((monthOf(monthName) + 10) % 12) + 1;
  return impossible(match, today, [Number(firstText), monthBefore, undefined]);
}

/** The days the guest names that the calendar does not have, read as `dates.ts` reads days. */
export function findImpossibleDates(text: string, language: Language, today: CalendarDate): ImpossibleDate[] {
  const folded = foldText(text);
  const found: ImpossibleDate[] = [];
  for (const match of folded.matchAll(DAY_MONTH))
    found.push(...orNone(impossible(match, today, [Number(match[1]), monthOf(match[2]), match[3]])));
  for (const match of folded.matchAll(MONTH_DAY))
    found.push(...orNone(impossible(match, today, [Number(match[2]), monthOf(match[1]), match[3]])));
  for (const match of folded.matchAll(MONTH_DAY_TO_DAY))
    found.push(...orNone(impossible(match, today, [Number(match[2]), monthOf(match[1]), undefined])));
  for (const match of folded.matchAll(DAY_MONTH_TO_DAY))
    found.push(...orNone(impossible(match, today, [Number(match[2]), monthOf(match[1]), undefined])));
  for (const match of folded.matchAll(DAY_TO_DAY_MONTH))
    found.push(...orNone(dayInMonthBefore(match, today, [match[1], match[2], match[3]])));
  for (const match of folded.matchAll(DAY_TO_MONTH_DAY))
    found.push(...orNone(dayInMonthBefore(match, today, [match[1], match[3], match[2]])));
  for (const match of folded.matchAll(NUMERIC)) {
    const [, cue = '', firstText, separator, secondText, yearText] = match;
    if (separator === '.' && !cue && !yearText) continue;
    const [first, second] = [Number(firstText), Number(secondText)];
    // Day first, except an English "2/29" (never "2.30", which is a time as often as a day).
    const monthLeads = language === 'en' && separator === '/' && second > 12 && first <= 12;
    const [day, month] = monthLeads ? [second, first] : [first, second];
    const date = impossible(match, today, [day, month, yearText]);
    // The day's own text, without the word before it.
    if (date) found.push({ ...date, start: date.start + cue.length });
  }
  return found;
}

function orNone<T>(value: T | null): T[] {
  return value === null ? [] : [value];
}

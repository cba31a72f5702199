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
const NOT_A_QUANTITY = '(?![\\d.,]\\d|\\s*(?:€|eur|%|h\\b|hrs?\\b|horas?|m2|m²|kg|km|metros?))';

/** "29 de febrero (de 2027)", "29th of February", "29 feb". */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:de\\s+|of\\s+)?${MONTH}${YEAR}(?![a-z])`, 'g');
/** "February 29th(, 2027)". */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL}${YEAR}(?![a-z\\d])`, 'g');
/**
 * "29/2", "29/2/2027", and in English "2/29" (an American writing the month first). With dots, as
 * `date-parsers.ts` reads them: with a year, or after a word that introduces a day ("el 29.2", "al
 * 29.2"); other dotted numbers are prices, times and versions.
 */
const NUMERIC = new RegExp(
  '(?<![\\d.,/])(?:(\\b(?:el|del|desde|hasta|al|dia|on|from|until|till|to|arrive|arriving|leave|leaving|' +
    'llego|llegamos|llegada|entrada|salgo|salimos|salida|me voy|nos vamos|check[ -]?in|check[ -]?out)\\s+' +
    `(?:el\\s+|the\\s+|on\\s+)?))?(\\d{1,2})([./])(\\d{1,2})(?:[./](\\d{4}|\\d{2}))?${NOT_A_QUANTITY}`,
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

/** The days the guest names that the calendar does not have, read as `dates.ts` reads days. */
export function findImpossibleDates(text: string, language: Language, today: CalendarDate): ImpossibleDate[] {
  const folded = foldText(text);
  const found: ImpossibleDate[] = [];
  for (const match of folded.matchAll(DAY_MONTH))
    found.push(...orNone(impossible(match, today, [Number(match[1]), monthOf(match[2]), match[3]])));
  for (const match of folded.matchAll(MONTH_DAY))
    found.push(...orNone(impossible(match, today, [Number(match[2]), monthOf(match[1]), match[3]])));
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

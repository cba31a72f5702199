import { foldText } from '../../common/fold-text';
import { addDays, type CalendarDate, compareDates, nextOccurrence, toIsoDate, weekdayOf } from './calendar';
import {
  ENGLISH_MONTH,
  ENGLISH_MONTHS,
  monthIndex,
  SPANISH_MONTH,
  SPANISH_MONTHS,
} from './month-and-weekday-names';

/** Holiday periods (and weeks) guests name instead of dates; the bot says their days and asks which the guest wants. */
export type PeriodName =
  | 'december_bridge'
  | 'christmas_week'
  | 'easter'
  | 'may_bridge'
  | 'next_week'
  | 'this_week'
  | 'week_of_month';

export interface NamedPeriod {
  name: PeriodName;
  /** The first and last day of the period (ISO), the next time it comes. */
  from: string;
  to: string;
}

const PERIOD_WORDS: ReadonlyArray<[Exclude<PeriodName, 'week_of_month'>, RegExp]> = [
  [
    'december_bridge',
    /\bpuente\s+(?:de\s+(?:diciembre|la\s+constitucion|la\s+inmaculada)|del?\s+(?:6|8)\s+de\s+diciembre)\b|\bdecember\s+(?:long\s+weekend|bank\s+holidays?|puente)\b/,
  ],
  [
    'christmas_week',
    /\b(?:semana\s+de\s+navidad|christmas\s+week|xmas\s+week|(?:the\s+)?week\s+of\s+christmas)\b/,
  ],
  ['easter', /\b(?:semana\s+santa|easter|pascua)\b/],
  ['may_bridge', /\bpuente\s+de\s+mayo\b|\bmay\s+(?:day\s+)?long\s+weekend\b/],
  ['next_week', /\b(?:semana\s+que\s+viene|proxima\s+semana|semana\s+proxima|next\s+week)\b/],
  ['this_week', /\b(?:esta\s+semana|this\s+week)\b/],
];

/** Easter Sunday of a Gregorian year (the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Monday to Sunday of the week after `today`'s; or `today` to its Sunday. */
function weekOf(name: 'next_week' | 'this_week', today: CalendarDate): [CalendarDate, CalendarDate] {
  const toSunday = (7 - weekdayOf(today)) % 7;
  if (name === 'this_week') return [today, addDays(today, toSunday)];
  return [addDays(today, toSunday + 1), addDays(today, toSunday + 7)];
}

/** The period's days in `year`: December 6 to 8; Christmas Eve to New Year's Eve; Holy Thursday to Easter Sunday; May 1 to 3. */
function daysIn(
  name: Exclude<PeriodName, 'next_week' | 'this_week' | 'week_of_month'>,
  year: number,
): [CalendarDate, CalendarDate] {
  if (name === 'december_bridge')
    return [
      { year, month: 12, day: 6 },
      { year, month: 12, day: 8 },
    ];
  if (name === 'christmas_week')
    return [
      { year, month: 12, day: 24 },
      { year, month: 12, day: 31 },
    ];
  if (name === 'may_bridge')
    return [
      { year, month: 5, day: 1 },
      { year, month: 5, day: 3 },
    ];
  const sunday = easterSunday(year);
  return [addDays(sunday, -3), sunday];
}

const NTH: Readonly<Record<string, number>> = {
  primera: 1,
  '1a': 1,
  first: 1,
  '1st': 1,
  segunda: 2,
  '2a': 2,
  second: 2,
  '2nd': 2,
  tercera: 3,
  '3a': 3,
  third: 3,
  '3rd': 3,
  cuarta: 4,
  '4a': 4,
  fourth: 4,
  '4th': 4,
  ultima: 5,
  last: 5,
};
/** "La primera semana de enero", "the second week of december". */
const WEEK_OF_MONTH = new RegExp(
  `\\b(${Object.keys(NTH).join('|')})\\s+(?:semana\\s+de(?:l\\s+mes\\s+de)?|week\\s+(?:of|in))\\s+(${SPANISH_MONTH}|${ENGLISH_MONTH})`,
);

/** The month's nth week, Monday to Sunday (its weeks as ISO counts them); "la última", its last. */
function weekOfMonth(folded: string, today: CalendarDate): [CalendarDate, CalendarDate] | null {
  const match = WEEK_OF_MONTH.exec(folded);
  const month = match && (monthIndex(match[2], SPANISH_MONTHS) ?? monthIndex(match[2], ENGLISH_MONTHS));
  const nth = match && NTH[match[1] ?? ''];
  if (!month || !nth) return null;
  const first = nextOccurrence(today, month, 1);
  // A month's weeks are those whose Thursday is in it: the first may start the month before.
  const thursday = addDays(first, (4 - weekdayOf(first) + 7) % 7);
  const mondays: CalendarDate[] = [];
  for (let monday = addDays(thursday, -3); addDays(monday, 3).month === month; monday = addDays(monday, 7))
    mondays.push(monday);
  const monday = nth === 5 ? mondays.at(-1) : mondays[nth - 1];
  return monday ? [monday, addDays(monday, 6)] : null;
}

/** Whether the text names a holiday period ("el puente de diciembre", "Easter") or a week of a month. */
export function namesAPeriod(text: string): boolean {
  const folded = foldText(text);
  return PERIOD_WORDS.some(([, words]) => words.test(folded)) || WEEK_OF_MONTH.test(folded);
}

/** The holiday period the text names ("el puente de diciembre", "Semana Santa"), the next time it ends after `today`. */
export function namedPeriod(text: string, today: CalendarDate): NamedPeriod | null {
  const folded = foldText(text);
  const name = PERIOD_WORDS.find(([, words]) => words.test(folded))?.[0];
  const week = name ? null : weekOfMonth(folded, today);
  if (week) return { name: 'week_of_month', from: toIsoDate(week[0]), to: toIsoDate(week[1]) };
  if (!name) return null;
  if (name === 'next_week' || name === 'this_week') {
    const [from, to] = weekOf(name, today);
    return { name, from: toIsoDate(from), to: toIsoDate(to) };
  }
  let [from, to] = daysIn(name, today.year);
  if (compareDates(to, today) < 0) [from, to] = daysIn(name, today.year + 1);
  return { name, from: toIsoDate(from), to: toIsoDate(to) };
}

/** "Todo el puente", "toda la Semana Santa", "the whole week", "all of it": every day of the period named. */
const WHOLE_PERIOD =
  /\b(?:tod[oa]s?\s+(?:el|la|los|las)\s+(?:puente|semana|dias|periodo|fiesta)|(?:el|la)\s+(?:puente|semana)\s+(?:enter[oa]|complet[oa])|todos\s+los\s+dias|the\s+whole\s+(?:week|bridge|period|time|thing)|all\s+(?:of\s+it|week|the\s+days)|(?:the\s+)?(?:entire|full)\s+(?:week|period))\b/;

export function wantsTheWholePeriod(text: string): boolean {
  return WHOLE_PERIOD.test(foldText(text));
}

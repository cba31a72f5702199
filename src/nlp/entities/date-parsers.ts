import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import {
  addDays,
  addMonths,
  type CalendarDate,
  fromLocalDate,
  isValidDate,
  nextDayOfMonth,
  nextOccurrence,
  weekdayOf,
} from './calendar';

/** Tags our parsers put on their results, read back by the refiners and by `dates.ts`. */
export const TAG_DAY_ONLY = 'agente/dayOnly';
export const TAG_TONIGHT = 'agente/tonight';
export const TAG_WEEKEND = 'agente/weekend';
export const TAG_HOLIDAY = 'agente/holiday';
export const TAG_WEEKDAY_DAY = 'agente/weekdayDay';
export const TAG_DOTTED = 'agente/dotted';

/** Which weekend a phrase means: see `weekendCheckIn`. */
type WeekendKind = 'this' | 'next' | 'upcoming';

/** The hotel's today: `dates.ts` hands chrono that date's noon on the process's clock. */
export function todayOf(context: ParsingContext): CalendarDate {
  return fromLocalDate(context.refDate);
}

export function dateResult(
  context: ParsingContext,
  index: number,
  text: string,
  tag: string,
  start: CalendarDate,
  end?: CalendarDate,
): ParsingResult {
  const result = context.createParsingResult(index, text, { ...start }, end ? { ...end } : undefined);
  return result.addTag(tag);
}

// The number alone after an article or a weekday ("del 12 al 15", "entre el 12 y el 15", "del lunes 7
// al miércoles 9 de diciembre"): chrono.es only reads a day that carries its month, so the first day
// of a range was lost.
// Abbreviated too ("del vie 11 al dom 13"), except "mar", which is as often the sea as Tuesday.
export const SPANISH_WEEKDAY =
  '(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lun\\.?|mi[eé]\\.?|jue\\.?|vie\\.?|s[aá]b\\.?|dom\\.?)';
const SPANISH_DAY = new RegExp(
  `(\\b(?:(?:el|del|al)\\s+(?:(?:d[ií]a|${SPANISH_WEEKDAY})\\s+)?|(?:d[ií]a|${SPANISH_WEEKDAY})\\s+))(\\d{1,2})(º|°)?` +
    '(?!\\d|[:/.,-]\\d|\\s*(?:de\\b|hs?\\b|hrs?\\b|horas?|%|€|euros?|noches?|personas?|adult|ni[ñn]|hab|plazas?|camas?|pisos?|plantas?|años?|min))',
  'i',
);

const ENGLISH_DAY = new RegExp(
  '(\\b(?:(?:on|from|until|till|to|and)\\s+the|the|on|from)\\s+)(\\d{1,2})(st|nd|rd|th)?\\b' +
    '(?!\\s*(?:of\\b|nights?|floor|times?|people|persons?|adults?|kids?|children|guests?|rooms?|%)|[:/.,-]\\d)',
  'i',
);

const ENGLISH_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
export const ENGLISH_WEEKDAY =
  '(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|rsday|urday|sday)?\\.?,?';
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

function dayOnlyParser(pattern: RegExp, acceptsBare: (prefix: string) => boolean): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const [, prefix = '', digits = '', suffix] = match;
      if (!suffix && !acceptsBare(prefix)) return null;
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

/** The first `weekday` strictly after `today` (0 = Sunday). */
export function upcomingWeekday(today: CalendarDate, weekday: number): CalendarDate {
  return addDays(today, ((weekday - weekdayOf(today) + 6) % 7) + 1);
}

/**
 * A weekend stay checks in on Friday and out on Sunday. "This weekend" is the current week's (from
 * Saturday only Saturday night is left; on Sunday it is over, so the next one). English "next
 * weekend" is the following week's, as chrono reads "next friday"; Spanish "el próximo fin de semana"
 * is the first one still to start ("próximo" = the nearest one ahead), the following week's from Friday.
 */
export function weekendCheckIn(today: CalendarDate, kind: WeekendKind): CalendarDate {
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

function relativeDayParser(pattern: RegExp, days: number, tag: string, nights?: number): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const start = addDays(todayOf(context), days);
      const end = nights === undefined ? undefined : addDays(start, nights);
      return dateResult(context, match.index ?? 0, match[0], tag, start, end);
    },
  };
}

// "al"/"del" stay out of the text: "cambiarla al próximo fin de semana" names "próximo fin de semana".
export const SPANISH_MONTHS =
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' ');
export const ENGLISH_MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const SPANISH_MONTH = `(?:${SPANISH_MONTHS.join('|')}|setiembre)`;
export const ENGLISH_MONTH = `(?:${ENGLISH_MONTHS.join('|')})[a-z]*\\.?`;

// "el finde largo de diciembre", "el fin de semana de diciembre", "el fin de semana del 12": not this
// weekend (the last two are read by weekendOfParser; the first has no date: the bot asks for one).
const SPANISH_WEEKEND = new RegExp(
  '\\b(?:(?:este|esta|el)\\s+|(?<=\\b(?:al|del)\\s+)|(?=pr[oó]ximo\\s))(pr[oó]ximo\\s+)?(?:fin\\s+de\\s+semana|finde)(\\s+que\\s+viene|\\s+pr[oó]ximo)?\\b' +
    `(?!\\s+(?:largo|del?\\s+(?:\\d|${SPANISH_MONTH})))`,
  'i',
);
const ENGLISH_WEEKEND = new RegExp(
  `\\b(this\\s+coming|this|next|the|over\\s+the|coming)\\s+weekend\\b(?!\\s+(?:of|in)\\b)`,
  'i',
);

// "el fin de semana del 12 de diciembre", "the weekend of Dec 12", "the weekend of the 12th".
const SPANISH_WEEKEND_OF = new RegExp(
  `\\b(?:el\\s+)?(?:fin\\s+de\\s+semana|finde)\\s+del?\\s+(\\d{1,2})(?:\\s+de\\s+(${SPANISH_MONTH}))?\\b`,
  'i',
);
const ENGLISH_WEEKEND_OF = new RegExp(
  `\\b(?:the\\s+)?weekend\\s+of\\s+(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?(${ENGLISH_MONTH}))?|(${ENGLISH_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?![\\d/])`,
  'i',
);

/** The weekend (Friday to Sunday) a day belongs to; a weekday's is the one after it. */
export function weekendAround(date: CalendarDate): CalendarDate {
  const weekday = weekdayOf(date);
  if (weekday === 6) return addDays(date, -1);
  if (weekday === 0) return addDays(date, -2);
  return addDays(date, 5 - weekday);
}

export function monthIndex(name: string | undefined, months: readonly string[]): number | null {
  if (!name) return null;
  const folded = name.toLowerCase().replace(/\\.$/, '');
  const index = months.findIndex((month) => folded.startsWith(month));
  if (index >= 0) return index + 1;
  return folded === 'setiembre' ? 9 : null;
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

/** Fixed-date holidays guests book around: [pattern, month, day], the longer names first. */
type Holiday = readonly [pattern: string, month: number, day: number];

const SPANISH_HOLIDAYS: readonly Holiday[] = [
  ['nochebuena', 12, 24],
  ['nochevieja', 12, 31],
  ['(?:el\\s+)?d[ií]a\\s+de\\s+navidad|navidad', 12, 25],
  ['(?:el\\s+)?d[ií]a\\s+de\\s+a[ñn]o\\s+nuevo|a[ñn]o\\s+nuevo', 1, 1],
  ['(?:el\\s+)?d[ií]a\\s+de\\s+reyes|reyes\\s+magos', 1, 6],
  ['san\\s+valent[ií]n', 2, 14],
];
const ENGLISH_HOLIDAYS: readonly Holiday[] = [
  ['christmas\\s+eve', 12, 24],
  ['christmas(?:\\s+day)?|xmas', 12, 25],
  ['boxing\\s+day', 12, 26],
  ["new\\s+year'?s\\s+eve|nye", 12, 31],
  ["new\\s+year'?s(?:\\s+day)?", 1, 1],
  ["valentine'?s(?:\\s+day)?", 2, 14],
];

/** "Nochebuena", "Christmas Eve", "Boxing Day": the next time that day comes (today included). */
function holidayParser(holidays: readonly Holiday[]): Parser {
  const pattern = new RegExp(`\\b(?:${holidays.map(([name]) => `(${name})`).join('|')})\\b`, 'i');
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const index = match.slice(1).findIndex((group) => group !== undefined);
      const holiday = holidays[index];
      if (!holiday) return null;
      const [, month, day] = holiday;
      const date = nextOccurrence(todayOf(context), month, day);
      return dateResult(context, match.index ?? 0, match[0], TAG_HOLIDAY, date);
    },
  };
}

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
function dottedDate(
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

/** chrono matches from each position on, so "31.02" is also tried as "1.02": the text before tells. */
function continuesANumber(context: ParsingContext, match: RegExpMatchArray): boolean {
  return /[\d.,]$/.test(context.text.slice(0, match.index ?? 0));
}

/** The last day numbered `day` before `end` (within a month), e.g. the 28th before 2 January. */
function dayBefore(end: CalendarDate, day: number): CalendarDate | null {
  if (day < end.day) return { ...end, day };
  const previous = addMonths({ ...end, day: 1 }, -1);
  const candidate = previous && { ...previous, day };
  return candidate && isValidDate(candidate) ? candidate : null;
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

// "12 al 14 dic", "12 a 14 de diciembre" with no "del" before it (WhatsApp style): chrono.es reads only
// "14 dic", and the first day, a bare number, is no date on its own.
export const SPANISH_MONTH_OR_ABBREVIATION =
  '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|setiembre|octubre|noviembre|diciembre|' +
  'ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\\.?';
const BARE_SPANISH_RANGE = new RegExp(
  `\\b(\\d{1,2})\\s+(?:al|a|hasta)\\s+(?:el\\s+)?(\\d{1,2})\\s+(?:de\\s+)?(${SPANISH_MONTH_OR_ABBREVIATION})(?![a-zñ])`,
  'i',
);
const NOT_A_BARE_RANGE_AFTER = /\b(?:somos|seremos|vamos|iremos|para|pa|del|desde|entre|el|al|de)\s+$/i;
export const SPANISH_MONTH_PREFIXES = 'ene feb mar abr may jun jul ago sep oct nov dic'.split(' ');

function bareSpanishRangeParser(): Parser {
  return {
    pattern: () => BARE_SPANISH_RANGE,
    extract: (context, match) => {
      // "somos 2 a 14 dic" is a party and a day; "del 12 al 14" is chrono's and the refiners'.
      const before = context.text.slice(0, match.index ?? 0);
      if (continuesANumber(context, match) || NOT_A_BARE_RANGE_AFTER.test(before)) return null;
      const [text, first, last, monthName] = match;
      const month = monthIndex(monthName.replace(/^set/i, 'sep'), SPANISH_MONTH_PREFIXES);
      if (month === null) return null;
      const checkOut = nextOccurrence(todayOf(context), month, Number(last));
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

export const SPANISH_PARSERS: readonly Parser[] = [
  betweenDaysParser(BETWEEN_SPANISH_DAYS, ([, first, last, month]) => ({
    first: Number(first),
    last: Number(last),
    month: month ? monthIndex(month.replace(/^set/i, 'sep'), SPANISH_MONTH_PREFIXES) : undefined,
  })),
  bareSpanishRangeParser(),
  dottedRangeParser(false),
  dottedDayParser(false),
  holidayParser(SPANISH_HOLIDAYS),
  weekendOfParser(SPANISH_WEEKEND_OF, (match) => [Number(match[1]), monthIndex(match[2], SPANISH_MONTHS)]),
  dayOnlyParser(SPANISH_DAY, () => true),
  weekendParser(SPANISH_WEEKEND, (match) => (match[1] || match[2] ? 'upcoming' : 'this')),
  relativeDayParser(/\bpasado\s+ma[ñn]ana\b/i, 2, 'agente/dayAfterTomorrow'),
  relativeDayParser(/\besta\s+noche\b/i, 0, TAG_TONIGHT, 1),
  // "Mañana por la noche": tomorrow's night, one unless the guest says how many.
  relativeDayParser(/\bma[ñn]ana\s+(?:por\s+la\s+|en\s+la\s+)?noche\b/i, 1, TAG_TONIGHT, 1),
];

export const ENGLISH_PARSERS: readonly Parser[] = [
  betweenDaysParser(BETWEEN_ENGLISH_DAYS, ([, month, first, last]) => ({
    first: Number(first),
    last: Number(last),
    month: monthIndex(month, ENGLISH_MONTHS),
    monthLeads: true,
  })),
  dottedRangeParser(true),
  dottedDayParser(true),
  holidayParser(ENGLISH_HOLIDAYS),
  weekdayDayParser(),
  weekendOfParser(ENGLISH_WEEKEND_OF, (match) => [
    Number(match[1] ?? match[4]),
    monthIndex(match[2] ?? match[3], ENGLISH_MONTHS),
  ]),
  dayOnlyParser(
    ENGLISH_DAY,
    (prefix) => /^(?:on|from)\b/i.test(prefix) || /^(?:until|till|to)\s+the/i.test(prefix),
  ),
  weekendParser(ENGLISH_WEEKEND, (match) => (/^next$/i.test(match[1] ?? '') ? 'next' : 'this')),
  relativeDayParser(/\btonight\b/i, 0, TAG_TONIGHT, 1),
  relativeDayParser(/\btomorrow\s+(?:night|evening)\b/i, 1, TAG_TONIGHT, 1),
];

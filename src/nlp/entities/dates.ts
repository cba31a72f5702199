import type { ParsedResult } from 'chrono-node';
import type { Entity, Language } from '../nlp.types';
import {
  addDays,
  addMonths,
  compareDates,
  type CalendarDate,
  localDateIn,
  localNoon,
  toIsoDate,
} from './calendar';
import { ENGLISH_MONTHS, SPANISH_MONTH_PREFIXES } from './month-and-weekday-names';
import { CHRONOS, toMention } from './chrono-readers';
import { findImpossibleDates } from './impossible-dates';
import { mendMonths } from './month-typos';
import { weekdayMismatches } from './weekday-check';
import {
  findWeekdayAppositions,
  hideWeekdayAppositions,
  type WeekdayApposition,
} from './weekday-appositions';
import { weekendMismatches } from './weekend-check';
import { anchorToHoliday } from './holiday-anchor';
import { preferDayFirst } from './slashed-dates';
import { readChatContractions, readUntilAsTo } from './range-words';
import { isWeekendBeforeItsDays } from './weekend-parsers';
import { findNights } from './nights';
import { withLoneMonth } from './lone-month';
import { hidePartyBeforeADay } from './party-before-range';
import { foldText } from '../../common/fold-text';
import type { DateMention } from './date-mention';
import { holidayNights, inOrder, isTheSameDayTwice, pairArrivalAndDeparture } from './stay-pairs';
import { hideMatches, isOnePhrase, overlaps, type Span, union } from './text';
import { pairNights, pairNightsToDepartures } from './nights-pairing';

export interface DateContext {
  language: Language;
  now: Date;
  /** IANA zone of the hotel; the dates it names are days on that wall calendar. */
  timezone: string;
}

/**
 * "12/14-12/16", "14.12-16.12": a hyphen between two numeric dates reads as part of one of them. An en
 * dash there (one character for one, so every index still points into the guest's text) is a range.
 */
const HYPHEN_BETWEEN_DATES = /(?<=\d{1,2}[/.]\d{1,2})-(?=\d{1,2}[/.]\d{1,2}(?!\d))/g;

/**
 * What chrono reads as a quarter of a year, three months on, alone or as the start of the days after
 * it: "un cuarto para 2", "un cuarto del 10 al 12" (a room, as Latin America says it), "dentro de un
 * cuarto de hora", "a quarter past 10". No guest means a quarter: the word is hidden from chrono, by
 * as many letters, so every index still points into the guest's text.
 */
const A_QUARTER = /\b(?:cuartos?|quarters?)\b/gi;
const hideQuarters = (text: string): string => hideMatches(text, A_QUARTER);
/**
 * "December 12 2 adults", "in January, 2 adults", "dec 5 3 of us": a party's number, which chrono
 * reads as a day (or a year); hidden from it, by as many letters, as the quarters are.
 */
const A_PARTY_COUNT =
  /\b(\d{1,2})(?=\s+(?:adults?|people|persons?|guests?|pax|ppl|adultos?|personas?|hu[eé]spedes|of us|de nosotr[oa]s)\b)/gi;
const hidePartyCounts = (text: string): string => hideMatches(text, A_PARTY_COUNT);
/** "Next week" (chrono: the day a week on) is a period; "for a week", "por 2 días" a length (nights.ts). */
const A_WEEK =
  /^(?:next|this) week$|^(?:for )?(?:a|one|two|three|\d+) (?:weeks?|months?)$|^(?:durante )?(?:un|1) mes$|^(?:por|for|durante) \S+ (?:dias|days)$/;

function findDateMentions(
  text: string,
  context: DateContext,
  appositions: readonly WeekdayApposition[],
  onlyCalendarDays = false,
): DateMention[] {
  const today = localDateIn(context.now, context.timezone);
  // "pal 24 al 26 d diciembre": the chat's contractions, read as the words they stand for.
  const spelt = context.language === 'es' ? readChatContractions(text) : text;
  const mended = /\d/.test(text) ? mendMonths(spelt, context.language) : spelt;
  const dayFirst = context.language === 'en' ? readUntilAsTo(preferDayFirst(mended, today)) : mended;
  const readable = hideWeekdayAppositions(
    hideQuarters(hidePartyCounts(hidePartyBeforeADay(dayFirst.replace(HYPHEN_BETWEEN_DATES, '–')))),
    appositions,
  );
  const results = CHRONOS[context.language]
    .parse(readable, localNoon(today), { forwardDate: true })
    .filter((result) => !onlyCalendarDays || namesItsMonth(result))
    .filter((result) => !A_WEEK.test(foldText(result.text)))
    .filter((result) => !isWeekendBeforeItsDays(readable, result.index, result.text));
  return results
    .map(toMention)
    .filter((mention): mention is DateMention => mention !== null)
    .map((mention) => (mended === text ? mention : { ...mention, end: wordEnd(text, mention.end) }));
}

/** A mention that ends in a mended month's three letters ends where the guest's word does. */
function wordEnd(text: string, end: number): number {
  const rest = /^\p{L}+/u.exec(text.slice(end));
  return end > 0 && /\p{L}/u.test(text[end - 1]) && rest ? end + rest[0].length : end;
}

/** A day with its month: "December 12 to 14", "del 12 al 14 de diciembre" (the month said once, for the range). */
function namesItsMonth(result: ParsedResult): boolean {
  return (
    result.start.isCertain('day') &&
    (result.start.isCertain('month') || Boolean(result.end?.isCertain('month')))
  );
}

/** A month named in each language: what a day taken from the other language must come with. */
const MONTH_WORD: Record<Language, RegExp> = {
  es: new RegExp(`\\b(?:${SPANISH_MONTH_PREFIXES.join('|')}|set)[a-z]*\\b`),
  en: new RegExp(`\\b(?:${ENGLISH_MONTHS.join('|')})[a-z]*\\b`),
};

/**
 * "Hola, I need a room para dos, from December 12 to 14 por favor": a guest mixing languages may
 * write the dates in the other one. Read in it only when the message's language finds no date and
 * there is a number and a month of that language to find (most messages have none: they are read once).
 */
function findDateMentionsInEither(
  text: string,
  context: DateContext,
  appositions: readonly WeekdayApposition[],
): DateMention[] {
  const found = findDateMentions(text, context, appositions);
  const other: Language = context.language === 'es' ? 'en' : 'es';
  if (found.length > 0 || !/\d/.test(text) || !MONTH_WORD[other].test(foldText(text))) return found;
  // Only days named with their month: "somos 2 y 3 noches" is no "2 y(ears)" in English.
  return findDateMentions(text, { ...context, language: other }, findWeekdayAppositions(text, other), true);
}

/** "In january 2 nights": the 2 chrono took for a day is the count of nights that starts there. */
function endsInItsNumber(date: DateMention, nights: Span): boolean {
  return !date.checkOut && date.start < nights.start && nights.start < date.end && date.end < nights.end;
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function slice(text: string, span: Span): Pick<Entity, 'text' | 'start' | 'end'> {
  return { text: text.slice(span.start, span.end), start: span.start, end: span.end };
}

function rangeEntity(text: string, span: Span, checkIn: CalendarDate, checkOut: CalendarDate): Entity {
  return {
    type: 'date_range',
    value: { checkIn: toIsoDate(checkIn), checkOut: toIsoDate(checkOut) },
    ...slice(text, span),
  };
}

/**
 * Dates in the guest's message: a `date_range` when the stay's two ends are known (or a start and a
 * number of nights), a `date` for a day alone, a `nights` entity for every stated length of stay, and
 * a `no_such_date` for a day the calendar does not have (never read as another day).
 */
export function extractDates(text: string, context: DateContext): Entity[] {
  const stated = findNights(text);
  const impossible = findImpossibleDates(text, context.language, localDateIn(context.now, context.timezone));
  // "una semana" alone is a length of stay, not the date a week from now; "dentro de 2 semanas" is a date.
  // A day said with one the calendar lacks ("del 27 al 29 de febrero") is no stay on its own.
  const today = localDateIn(context.now, context.timezone);
  // "El 10, o sea el jueves": found once, hidden from chrono and then checked against the day.
  const appositions = findWeekdayAppositions(text, context.language);
  const mentions = findDateMentionsInEither(text, context, appositions);
  const dates = anchorToHoliday(withLoneMonth(text, mentions, today)).filter(
    (date) =>
      !stated.some((nights) => contains(nights, date) || endsInItsNumber(date, nights)) &&
      !impossible.some((missing) => overlaps(date, missing) || isOnePhrase(text, date, missing)),
  );
  const nights = stated.filter((nights) => !dates.some((date) => overlaps(date, nights)));
  const pairs = pairNights(text, dates, nights);
  const paired = new Set(pairs.values());
  const entities: Entity[] = [];
  // "3 nights, until the 27th": the nights before the day of leaving.
  for (const [stated, departure] of pairNightsToDepartures(text, dates, nights, pairs)) {
    // "Until the 27th" on the 25th, 3 nights: the 27th of next month, as no stay starts in the past.
    const leaving =
      departure.dayOnly && compareDates(addDays(departure.checkIn, -stated.nights), today) < 0
        ? (addMonths(departure.checkIn, 1) ?? departure.checkIn)
        : departure.checkIn;
    entities.push(rangeEntity(text, union(departure, stated), addDays(leaving, -stated.nights), leaving));
    paired.add(departure);
  }
  for (const [stated, date] of pairs) {
    // "El 20 de diciembre para 2, 1 noche": the party between them is no part of the stay's words.
    const between = text.slice(Math.min(date.end, stated.end), Math.max(date.start, stated.start));
    const span = isOnePhrase(text, date, stated) && !/\d/.test(between) ? union(date, stated) : date;
    const checkOut = stated.months ? addMonths(date.checkIn, stated.months) : null;
    entities.push(rangeEntity(text, span, date.checkIn, checkOut ?? addDays(date.checkIn, stated.nights)));
  }
  const holidays = holidayNights(
    text,
    dates.filter((mention) => !paired.has(mention) && !mention.checkOut),
  );
  if (holidays) {
    const [first, last] = holidays;
    entities.push(rangeEntity(text, union(first, last), first.checkIn, addDays(last.checkIn, 1)));
    holidays.forEach((mention) => paired.add(mention));
  }
  const open = dates.filter((mention) => !paired.has(mention) && !mention.checkOut);
  // "For new year's, arriving the 30th, leaving the 2nd jan": the holiday is the occasion, not a day.
  const days = open.filter((mention) => !mention.isHoliday);
  const stay =
    pairArrivalAndDeparture(text, open) ??
    (days.length < open.length ? pairArrivalAndDeparture(text, days) : null);
  if (stay) {
    const [arrival, departure] = stay;
    entities.push(rangeEntity(text, union(arrival, departure), arrival.checkIn, departure.checkIn));
    // The arrival may have taken the departure's month: the day as found is paired too.
    const holidaysAside = !stay.some((end) => end.isHoliday);
    open
      .filter(
        (mention) => stay.some((end) => end.start === mention.start) || (holidaysAside && mention.isHoliday),
      )
      .forEach((mention) => paired.add(mention));
  }
  for (const date of dates.filter((mention) => !paired.has(mention))) {
    if (date.checkOut && !isTheSameDayTwice(text, date))
      entities.push(rangeEntity(text, date, ...inOrder(date.checkIn, date.checkOut)));
    else entities.push({ type: 'date', value: { date: toIsoDate(date.checkIn) }, ...slice(text, date) });
  }
  for (const stated of nights.filter((mention) => !mention.days || pairs.has(mention))) {
    entities.push({ type: 'nights', value: { nights: stated.nights }, ...slice(text, stated) });
  }
  for (const { day, month, year, ...span } of impossible) {
    entities.push({ type: 'no_such_date', value: { day, month, year }, ...slice(text, span) });
  }
  entities.push(
    ...weekdayMismatches(text, entities, context.language, appositions),
    ...weekendMismatches(text, entities),
  );
  return entities.sort((a, b) => a.start - b.start || b.end - a.end);
}

import { foldText } from '../../common/fold-text';
import { addDays, type CalendarDate, compareDates, dayNumberedFrom, isValidDate } from './calendar';
import {
  ENGLISH_MONTH_NAMES,
  ENGLISH_MONTHS,
  monthIndex,
  SPANISH_MONTH_PREFIXES,
  SPANISH_MONTHS,
} from './month-and-weekday-names';
import type { Span } from './text';

/** A month's name standing apart from any day: "en enero, del 5 al 7", "in February, the 10th to 12th". */
const MONTH_NAME = new RegExp(
  `\\b(?:${[...SPANISH_MONTHS, 'setiembre', ...ENGLISH_MONTH_NAMES].join('|')})\\b`,
  'g',
);
// "May I…", "we may come": the verb, not the month.
const NOT_THE_VERB = /^may$/;

/** The month (1–12) of a month name, Spanish or English. */
function monthNumber(name: string): number {
  if (name === 'setiembre') return 9;
  const spanish = SPANISH_MONTHS.indexOf(name);
  return spanish >= 0 ? spanish + 1 : ENGLISH_MONTH_NAMES.indexOf(name) + 1;
}

/** A day or a stay found in a message; `dayOnly` when its days came with no month. */
export interface DayMention extends Span {
  checkIn: CalendarDate;
  checkOut?: CalendarDate;
  dayOnly: boolean;
}

/** What comes before a month meant as the time of the stay: "en enero", "in February", "d enero", or nothing. */
const MONTH_CUE = /(?:^|\b(?:en|in|de|d|del|for|para|durante|during|this|este|next|proximo|mes))\W*$/;
/** What comes before a month that is a name or a street: "a nombre de Abril", "name June Carter", "calle Mayo". */
const NAME_CUE =
  /\b(?:nombre|nombre de|soy|llamo|llama|name|named|called|is|calle|avenida|av|street|st|plaza|sr|sra|mr|mrs|ms)\W+$/;
/** "En enero no podemos": a month ruled out. */
const RULED_OUT = /^\W*(?:no|tampoco|not|isn'?t|won'?t|can'?t)\b/;

/** The months a message names as the time of a stay ("en enero"), outside `spans`. */
function monthsMeant(folded: string, spans: readonly Span[]): Set<number> {
  const months = new Set<number>();
  for (const match of folded.matchAll(MONTH_NAME)) {
    const before = folded.slice(Math.max(0, match.index - 20), match.index);
    const after = folded.slice(match.index + match[0].length);
    const inside = spans.some((span) => span.start <= match.index && match.index < span.end);
    const isVerb = NOT_THE_VERB.test(match[0]) && !/\bin may\b/.test(folded);
    const meant = MONTH_CUE.test(before) && !NAME_CUE.test(before) && !RULED_OUT.test(after);
    if (!inside && !isVerb && meant) months.add(monthNumber(match[0]));
  }
  return months;
}

/** Whether the message names a month as the time of a stay ("mejor en febrero, del 11 al 13"). */
export function namesAMonth(text: string): boolean {
  return monthsMeant(foldText(text), []).size > 0;
}

const MONTH_OR_ABBREVIATION = `(?:${[...SPANISH_MONTHS, 'setiembre', ...ENGLISH_MONTH_NAMES].join('|')}|${[
  ...SPANISH_MONTH_PREFIXES,
  ...ENGLISH_MONTHS,
  'sept',
].join('|')})`;
/**
 * A message that is only a month: "de diciembre", "en enero porfa", "perdón, de febrero", "December!",
 * also as a correction, "perdón, quise decir febrero", "quería febrero, no enero", "sorry, I meant
 * February not January" (the month ruled out after it says nothing more; "no en enero", with no comma
 * after the "no", rules January out instead).
 */
const MONTH_ALONE = new RegExp(
  '^\\W*(?:(?:perdon|perdona|sorry|ah|oh|ay|pues|digo|mejor|i mean|i meant|quise decir|queria decir|' +
    'me referia a|queria|queriamos|era|es|en realidad|i wanted|we wanted|it was|actually|' +
    // "No wait, wrong month, I meant january", "same dates but in january" (QA 28, E2).
    'no wait|wait|espera|wrong month|mes equivocado|me equivoque de mes|same (?:dates|days)(?: but)?|mismas fechas(?: pero)?)\\W+|(?:no\\s+)*no\\s*[,.;:!]+\\s*){0,3}' +
    `(?:(?:en|de|del|mes de|in|of|for|para)\\s+)?(${MONTH_OR_ABBREVIATION})\\.?` +
    '(?:\\s+(?:de\\s+|del\\s+)?(\\d{4}))?' +
    `(?:\\W+(?:y\\s+|and\\s+)?(?:no|not)\\s+(?:(?:en|de|in)\\s+)?${MONTH_OR_ABBREVIATION})?` +
    '\\W*(?:(?:porfa|por favor|please|pls|plz|gracias|thanks)\\W*)?$',
);

/** "Quería febrero, no enero": the month ruled out after the one meant, if any. */
const RULED_OUT_AFTER = new RegExp(`\\b(?:no|not)\\s+(?:(?:en|de|in)\\s+)?(${MONTH_OR_ABBREVIATION})\\W*$`);

export function monthRuledOut(text: string): number | null {
  const [, name] = RULED_OUT_AFTER.exec(foldText(text).trim()) ?? [];
  return name ? monthOfName(name) : null;
}

/** The month (1–12) of a Spanish or English month name or abbreviation. */
function monthOfName(name: string): number | null {
  return monthIndex(name, SPANISH_MONTH_PREFIXES) ?? monthIndex(name, ENGLISH_MONTHS);
}

/**
 * The month (1–12), and the year if said, of a message that says nothing else: "de diciembre" sent
 * after "el 18", to finish the day it gave; null for anything more.
 */
export function monthSaidAlone(text: string): { month: number; year?: number } | null {
  const [, name, year] = MONTH_ALONE.exec(foldText(text).trim()) ?? [];
  const month = name ? monthOfName(name) : null;
  if (month === null) return null;
  return year ? { month, year: Number(year) } : { month };
}

/** A year said right after the month: "january 2028", "enero de 2028"; or "del año que viene", "next year". */
const YEAR_AFTER =
  /^\s*(?:,\s*)?(?:(?:de|del|of)\s+)?(?:(\d{4})\b|(?:el\s+)?(ano que viene|proximo ano|next year)\b)/;
/** A stay gone by: "I stayed with you in march", "en octubre estuvimos en vuestro hotel". */
const PAST_STAY =
  /\b(?:stayed|was|were|came|visited|loved|estuvimos|estuve|fuimos|fui|vinimos|vine|nos quedamos|me quede|nos alojamos|pasad[oa])\b/;

/**
 * The month of a stay named in a longer message with no day ("a double in january, 2 nights", "¿precio
 * de la suite en febrero?"), with its year when said ("january 2028", "del año que viene"), if exactly
 * one is; none told of a stay gone by ("I stayed with you in march").
 */
export function stayMonthNamed(text: string, today: CalendarDate): { month: number; year?: number } | null {
  const folded = foldText(text);
  const months = monthsMeant(folded, []);
  if (months.size !== 1) return null;
  const [month] = months;
  const match = [...folded.matchAll(MONTH_NAME)].find((found) => monthNumber(found[0]) === month);
  if (!match) return null;
  if (PAST_STAY.test(sentenceAround(folded, match.index))) return null;
  const [, year, nextYear] = YEAR_AFTER.exec(folded.slice(match.index + match[0].length)) ?? [];
  if (year) return { month, year: Number(year) };
  return nextYear ? { month, year: today.year + 1 } : { month };
}

/** The sentence of `text` that holds `index`, without its end mark. */
function sentenceAround(text: string, index: number): string {
  const start = text.slice(0, index).search(/[^.!?;\n]*$/);
  const end = index + text.slice(index).search(/[.!?;\n]|$/);
  return text.slice(start, end);
}

/** The one month named in the text outside every date found, if exactly one is. */
function loneMonth(text: string, mentions: readonly Span[]): number | null {
  const months = monthsMeant(foldText(text), mentions);
  return months.size === 1 ? [...months][0] : null;
}

/**
 * "En enero, del 5 al 7", "noviembre del 1 al 3", "del 9 al 12 d enero": days said without their
 * month (read as the next such days, in the current month) moved to the month the message names apart,
 * its next occurrence from today.
 */
export function withLoneMonth<T extends DayMention>(text: string, mentions: T[], today: CalendarDate): T[] {
  if (!mentions.some((mention) => mention.dayOnly)) return mentions;
  const month = loneMonth(text, mentions);
  if (month === null) return mentions;
  return mentions.map((mention) => {
    if (!mention.dayOnly) return mention;
    let checkIn = { year: today.year, month, day: mention.checkIn.day };
    if (compareDates(checkIn, today) < 0) checkIn = { ...checkIn, year: today.year + 1 };
    if (!isValidDate(checkIn)) return mention;
    // The first day after the arrival with that number: in its month, else the next ("del 30 al 2").
    const checkOut = mention.checkOut && dayNumberedFrom(addDays(checkIn, 1), mention.checkOut.day);
    if (checkOut && !isValidDate(checkOut)) return mention;
    return { ...mention, checkIn, checkOut };
  });
}

/** "La de febrero", "the february one", "la reserva de enero": a booking named by its month. */
const BOOKING_OF_A_MONTH = new RegExp(
  `\\b(?:la|el|las|los|the|reserva|booking|one)\\s+(?:(?:de|del|in|for|en)\\s+)?(?:(?:el mes de|the month of)\\s+)?(${[
    ...SPANISH_MONTHS,
    ...ENGLISH_MONTH_NAMES,
  ].join('|')})\\b`,
);

/** The month (1–12) a booking is named by ("cancela la de febrero"), if any. */
export function monthOfBookingNamed(text: string): number | null {
  const [, name] = BOOKING_OF_A_MONTH.exec(foldText(text)) ?? [];
  return name ? monthOfName(name) : null;
}

/** Every month named in the text, in order: full names only ("mar" is also the sea, "may" a verb). */
export function monthsNamed(text: string): number[] {
  const names = new RegExp(
    `\\b(${[...SPANISH_MONTHS, 'setiembre', ...ENGLISH_MONTH_NAMES].join('|')})\\b`,
    'g',
  );
  return [...foldText(text).matchAll(names)].flatMap(([, name]) => monthOfName(name) ?? []);
}

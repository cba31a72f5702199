import type { Parser } from 'chrono-node';
import { foldText } from '../../common/fold-text';
import { addDays } from './calendar';
import { upcomingWeekday } from './nearest-days';
import { dateResult, TAG_TONIGHT, todayOf } from './date-parser-context';
import { ENGLISH_WEEKDAYS } from './month-and-weekday-names';

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

const SPANISH_WEEKDAYS = ['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado'];

/**
 * "El viernes que viene": the next Friday after today, never today (chrono reads the weekday alone,
 * which on a Friday is that Friday).
 */
const SPANISH_WEEKDAY_TO_COME: Parser = {
  pattern: () => /\b(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\s+que\s+viene\b/i,
  extract: (context, match) => {
    const weekday = SPANISH_WEEKDAYS.indexOf(foldText(match[1]));
    const start = upcomingWeekday(todayOf(context), weekday);
    return dateResult(context, match.index ?? 0, match[0], 'agente/weekdayToCome', start);
  },
};

/** "pasado mañana", "esta noche", "mañana por la noche", "el viernes que viene", in the order chrono tries them. */
export const SPANISH_RELATIVE_DAY_PARSERS: readonly Parser[] = [
  SPANISH_WEEKDAY_TO_COME,
  // "Hoy y mañana", "esta noche y mañana": two nights from tonight (QA 32, H2: one, or "¿hasta qué día?").
  relativeDayParser(
    /\b(?:hoy|esta\s+noche)\s+y\s+(?:ma[ñn]ana|mñn)(?:\s+(?:por\s+la\s+)?noche)?\b(?!\s+(?:por\s+la\s+)?ma[ñn]ana)/i,
    0,
    TAG_TONIGHT,
    2,
  ),
  relativeDayParser(/\bpasado\s+ma[ñn]ana\b/i, 2, 'agente/dayAfterTomorrow'),
  relativeDayParser(/\besta\s+noche\b/i, 0, TAG_TONIGHT, 1),
  // "Mañana por la noche": tomorrow's night, one unless the guest says how many.
  relativeDayParser(/\bma[ñn]ana\s+(?:por\s+la\s+|en\s+la\s+)?noche\b/i, 1, TAG_TONIGHT, 1),
];

const WEEKDAY_NAME = '(sun|mon|tue|wed|thu|fri|sat)(?:day|nesday|rsday|urday|sday|s|rs?)?';

/**
 * "A week on Friday", "a week from this Friday", "Friday week" (British): the Friday after the coming
 * one. chrono read the coming Friday, and "a week" beside it as a 7-night stay (QA 30, en H3). Not
 * "for a week from Friday", a stay of seven nights.
 */
const A_WEEK_ON_A_WEEKDAY: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:(?:a|one|1)\\s+week\\s+(?:on|after|from\\s+this)\\s+(?:this\\s+)?${WEEKDAY_NAME}|${WEEKDAY_NAME}\\s+week)\\b(?!\\s*(?:end|day))`,
      'i',
    ),
  extract: (context, match) => {
    // "For a week from Friday": seven nights from the coming Friday (nights.ts), no day a week on.
    if (/\b(?:for|stay|staying)\s+$/i.test(context.text.slice(0, match.index ?? 0))) return null;
    const weekday = ENGLISH_WEEKDAYS.indexOf((match[1] ?? match[2]).toLowerCase());
    const start = addDays(upcomingWeekday(todayOf(context), weekday), 7);
    return dateResult(context, match.index ?? 0, match[0], 'agente/aWeekOnAWeekday', start);
  },
};

/** "tonight", "tomorrow night", "a week on Friday", in the order chrono tries them. */
export const ENGLISH_RELATIVE_DAY_PARSERS: readonly Parser[] = [
  A_WEEK_ON_A_WEEKDAY,
  // "Tonight and tomorrow (night)": two nights from tonight (QA 32, H2: tonight alone was booked).
  relativeDayParser(
    /\b(?:tonight|tonite|today)\s+(?:and|&|n)\s+(?:tomorrow|tmrw|tmr|2moro)(?:\s+(?:night|nite))?\b/i,
    0,
    TAG_TONIGHT,
    2,
  ),
  // "A week today", "a week tomorrow": seven days on from that day.
  relativeDayParser(/\b(?:a|one)\s+week\s+today\b/i, 7, 'agente/aWeekToday'),
  relativeDayParser(/\b(?:a|one)\s+week\s+(?:tomorrow|tmrw)\b/i, 8, 'agente/aWeekTomorrow'),
  relativeDayParser(/\b(?:tonight|tonite|2nite)\b/i, 0, TAG_TONIGHT, 1),
  // "tmrw nite", "2moro night": as typed on a phone.
  relativeDayParser(
    /\b(?:tomorrow|tmrw|tmr|tmw|tomoz|2moro|2morrow)\s+(?:night|nite|evening)\b/i,
    1,
    TAG_TONIGHT,
    1,
  ),
  relativeDayParser(/\b(?:tmrw|tmr|tmw|tomoz|2moro|2morrow)\b/i, 1, 'agente/tomorrow'),
];

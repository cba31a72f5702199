import type { Parser } from 'chrono-node';
import { addDays } from './calendar';
import { dateResult, TAG_TONIGHT, todayOf } from './date-parser-context';

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

/** "pasado mañana", "esta noche", "mañana por la noche", in the order chrono tries them. */
export const SPANISH_RELATIVE_DAY_PARSERS: readonly Parser[] = [
  relativeDayParser(/\bpasado\s+ma[ñn]ana\b/i, 2, 'agente/dayAfterTomorrow'),
  relativeDayParser(/\besta\s+noche\b/i, 0, TAG_TONIGHT, 1),
  // "Mañana por la noche": tomorrow's night, one unless the guest says how many.
  relativeDayParser(/\bma[ñn]ana\s+(?:por\s+la\s+|en\s+la\s+)?noche\b/i, 1, TAG_TONIGHT, 1),
];

/** "tonight", "tomorrow night", in the order chrono tries them. */
export const ENGLISH_RELATIVE_DAY_PARSERS: readonly Parser[] = [
  relativeDayParser(/\btonight\b/i, 0, TAG_TONIGHT, 1),
  relativeDayParser(/\btomorrow\s+(?:night|evening)\b/i, 1, TAG_TONIGHT, 1),
];

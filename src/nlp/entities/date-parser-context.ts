import type { ParsingContext, ParsingResult } from 'chrono-node';
import { type CalendarDate, fromLocalDate } from './calendar';

/** Tags our parsers put on their results, read back by the refiners and by `dates.ts`. */
export const TAG_DAY_ONLY = 'agente/dayOnly';
export const TAG_TONIGHT = 'agente/tonight';
export const TAG_WEEKEND = 'agente/weekend';
export const TAG_HOLIDAY = 'agente/holiday';
export const TAG_WEEKDAY_DAY = 'agente/weekdayDay';
export const TAG_DOTTED = 'agente/dotted';

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

/** chrono matches from each position on, so "31.02" is also tried as "1.02": the text before tells. */
export function continuesANumber(context: ParsingContext, match: RegExpMatchArray): boolean {
  return /[\d.,]$/.test(context.text.slice(0, match.index ?? 0));
}

import {
  type CalendarDate,
  daysBetween,
  fromIsoDate,
  isoDaysBetween,
  isValidDate,
  shiftIsoDate,
  toIsoDate,
} from '../../nlp/entities/calendar';
import { monthRuledOut, monthsNamed } from '../../nlp/entities/lone-month';
import type { ParseResult } from '../../nlp/nlp.types';
import { isBookingFlow } from './booking-readings';
import type { ConversationState } from './conversation-state';
import { correctsAMonth, monthRuledOutOfClauses, rulesOutAMonth } from './booking-change-wording';
import { knownReferences } from './known-bookings';
import { withEntity } from './parse-results';
import { lastStayOf } from './same-dates';

/**
 * The day numbered as `from` in `month`, the year said or the one nearest to `from` that is not
 * before `today` ("quise decir noviembre" for a January stay is next November, not last).
 */
function sameDayIn(
  from: CalendarDate,
  month: number,
  year: number | undefined,
  today: string,
): CalendarDate | null {
  const years = year ? [year] : [from.year - 1, from.year, from.year + 1];
  const candidates = years
    .map((candidate) => ({ year: candidate, month, day: from.day }))
    .filter((date) => isValidDate(date) && (year !== undefined || toIsoDate(date) >= today))
    .sort((a, b) => Math.abs(daysBetween(from, a)) - Math.abs(daysBetween(from, b)));
  return candidates[0] ?? null;
}

/**
 * "Perdón, quise decir febrero" (or "de febrero" alone) at the offer of 12–14 January: the same days
 * in the month said, as if the guest had written "del 12 al 14 de febrero" (a month sent alone before
 * the departure is known finishes the arrival instead: arrival-month.ts). Once that stay is booked,
 * "perdón, quería febrero no enero" moves the booking the same way (booking-change-wording.ts reads
 * the correction as a move). Null when no stay with both days is under way or booked, the message
 * says more than a month, or the month lacks the arrival's day. `today` is an ISO day.
 */
export function withMonthCorrected(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
  today: string,
): ParseResult | null {
  const stay = stayCorrected(text, state);
  if (!stay) return null;
  const misread = rangeInMonthRuledOut(text, nlu, today);
  if (misread) return misread;
  const said = nlu.entities.find((entity) => entity.type === 'month');
  if (!said || said.type !== 'month') return null;
  if (nlu.entities.some((entity) => entity.type === 'date_range' || entity.type === 'date')) return null;
  const checkIn = fromIsoDate(stay.checkIn);
  // "Quería febrero, no enero" of a December stay: not this stay's month corrected.
  const ruledOut = monthRuledOut(text);
  if (ruledOut !== null && ruledOut !== checkIn.month) return null;
  const nights = isoDaysBetween(stay.checkIn, stay.checkOut);
  const moved = sameDayIn(checkIn, said.value.month, said.value.year, today);
  if (!moved || nights < 1 || moved.month === checkIn.month) return null;
  return withEntity(nlu, {
    type: 'date_range',
    value: { checkIn: toIsoDate(moved), checkOut: shiftIsoDate(toIsoDate(moved), nights) },
    text,
    start: 0,
    end: text.length,
  });
}

/**
 * "Sorry, I meant January not December, 12 to 14 january", read as 12–14 December (the month ruled
 * out, then the days): the days in the month meant. Null when the days are not in the month ruled out.
 */
function rangeInMonthRuledOut(text: string, nlu: ParseResult, today: string): ParseResult | null {
  const range = nlu.entities.find((entity) => entity.type === 'date_range');
  const ruledOut = monthRuledOutOfClauses(text);
  if (!range || range.type !== 'date_range' || ruledOut === null) return null;
  const checkIn = fromIsoDate(range.value.checkIn);
  const meant = monthsNamed(text).find((month) => month !== ruledOut);
  if (checkIn.month !== ruledOut || meant === undefined) return null;
  const moved = sameDayIn(checkIn, meant, undefined, today);
  if (!moved) return null;
  const nights = isoDaysBetween(range.value.checkIn, range.value.checkOut);
  const value = { checkIn: toIsoDate(moved), checkOut: shiftIsoDate(toIsoDate(moved), nights) };
  return {
    ...nlu,
    entities: nlu.entities.map((entity) => (entity === range ? { ...range, value } : entity)),
  };
}

/** The stay being booked; else, after a correction's words, the conversation's last booked one. */
function stayCorrected(text: string, state: ConversationState): { checkIn: string; checkOut: string } | null {
  const { flow, slots } = state.dialogue;
  if (isBookingFlow(flow))
    return typeof slots.checkIn === 'string' && typeof slots.checkOut === 'string'
      ? { checkIn: slots.checkIn, checkOut: slots.checkOut }
      : null;
  if (flow || knownReferences(state).length === 0 || !(correctsAMonth(text) || rulesOutAMonth(text)))
    return null;
  return lastStayOf(state);
}

import {
  type CalendarDate,
  daysBetween,
  isoDaysBetween,
  isValidDate,
  shiftIsoDate,
  toIsoDate,
} from '../../nlp/entities/calendar';
import type { ParseResult } from '../../nlp/nlp.types';
import { isBookingFlow } from './booking-readings';
import type { ConversationState } from './conversation-state';
import { withEntity } from './parse-results';

function fromIso(day: string): CalendarDate {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) };
}

/** The day numbered as `from` in `month`, the year said or the one nearest to `from`. */
function sameDayIn(from: CalendarDate, month: number, year?: number): CalendarDate | null {
  const years = year ? [year] : [from.year - 1, from.year, from.year + 1];
  const candidates = years
    .map((candidate) => ({ year: candidate, month, day: from.day }))
    .filter(isValidDate)
    .sort((a, b) => Math.abs(daysBetween(from, a)) - Math.abs(daysBetween(from, b)));
  return candidates[0] ?? null;
}

/**
 * "Perdón, quise decir febrero" (or "de febrero" alone) at the offer of 12–14 January: the same days
 * in the month said, as if the guest had written "del 12 al 14 de febrero" (a month sent alone before
 * the departure is known finishes the arrival instead: arrival-month.ts). Null when no stay with both days is under way, the
 * message says more than a month, or the month lacks the arrival's day.
 */
export function withMonthCorrected(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): ParseResult | null {
  const { flow, slots } = state.dialogue;
  if (!isBookingFlow(flow) || typeof slots.checkIn !== 'string' || typeof slots.checkOut !== 'string')
    return null;
  const said = nlu.entities.find((entity) => entity.type === 'month');
  if (!said || said.type !== 'month') return null;
  if (nlu.entities.some((entity) => entity.type === 'date_range' || entity.type === 'date')) return null;
  const checkIn = fromIso(slots.checkIn);
  const nights = isoDaysBetween(slots.checkIn, slots.checkOut);
  const moved = sameDayIn(checkIn, said.value.month, said.value.year);
  if (!moved || nights < 1 || moved.month === checkIn.month) return null;
  return withEntity(nlu, {
    type: 'date_range',
    value: { checkIn: toIsoDate(moved), checkOut: shiftIsoDate(toIsoDate(moved), nights) },
    text,
    start: 0,
    end: text.length,
  });
}

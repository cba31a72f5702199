import {
  compareDates,
  isValidDate,
  localDateIn,
  nextOccurrence,
  toIsoDate,
} from '../../nlp/entities/calendar';
import type { Turn } from '../dialogue/turn';
import type { BookingSlots } from './booking-slots';

/**
 * "De diciembre" sent on its own after "el 18", answering "¿hasta qué día?": the arrival's day in
 * the month said (its next occurrence, or the year said), which the guest was still finishing. Null
 * when no month was sent alone, the departure is known, or that month lacks the day.
 */
export function arrivalInMonthSaid(turn: Turn, slots: BookingSlots): string | null {
  if (!slots.checkIn || slots.checkOut) return null;
  const said = turn.entity('month')?.value;
  if (!said) return null;
  const day = Number(slots.checkIn.slice(8, 10));
  const today = localDateIn(turn.now, turn.tenant.timezone);
  const date = said.year
    ? { year: said.year, month: said.month, day }
    : nextOccurrence(today, said.month, day);
  return isValidDate(date) && compareDates(date, today) >= 0 ? toIsoDate(date) : null;
}

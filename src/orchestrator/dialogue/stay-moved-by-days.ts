import { shiftIsoDate } from '../../nlp/entities/calendar';
import { stayEndNamed } from './booking-change-wording';
import { dayShiftSaid } from './stay-shift-wording';

/** A stay's two ends, as days (ISO). */
interface StayEnds {
  checkIn: string;
  checkOut: string;
}

/**
 * "Llegamos un día antes", "we'll check out two days early", "we'll arrive one day later": that end of
 * the stay, moved by the days said, and where those words are (the NLU reads "un día" as a day from
 * today). A one-night stay whose arrival moves past its departure moves whole, as an arrival named past
 * the departure keeps the nights. Null when no end is moved by days; the result may leave no night.
 */
export function stayMovedByDays(
  text: string,
  stay: StayEnds,
): (StayEnds & { start: number; end: number }) | null {
  const shift = dayShiftSaid(text);
  const end = shift && stayEndNamed(text, shift.start, shift.end);
  if (!shift || !end) return null;
  const moved = { checkIn: stay.checkIn, checkOut: stay.checkOut, start: shift.start, end: shift.end };
  moved[end] = shiftIsoDate(stay[end], shift.days);
  if (end === 'checkIn' && moved.checkIn >= moved.checkOut)
    moved.checkOut = shiftIsoDate(stay.checkOut, shift.days);
  return moved;
}

/** "We'll leave a day earlier", "llegamos un día más tarde": days counted and the end of the stay they move. */
export function movesAnEndByDays(text: string): boolean {
  const shift = dayShiftSaid(text);
  return shift !== null && stayEndNamed(text, shift.start, shift.end) !== null;
}

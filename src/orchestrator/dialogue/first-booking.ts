import { foldText } from '../../common/fold-text';
import type { Reservation } from '../../pms/pms.types';

/** "La primera", "the first one": a booking by its place; not "la primera noche", "the first night". */
const FIRST =
  /\b(?:(?:la|el|mi) primer[oa]?|the first|my first|first one)\b(?!\s+(?:noche|dia|semana|vez|habitacion|night|day|week|time|room)\b)/;

/**
 * "Cancela la primera" with several bookings in the conversation (oldest first): the first of them,
 * even when it is cancelled already (then said so), never another one still on. Null when the message
 * names no first booking, or there are not several.
 */
export function firstBookingNamed(text: string, reservations: Reservation[]): Reservation | null {
  if (reservations.length < 2 || !FIRST.test(foldText(text))) return null;
  return reservations[0] ?? null;
}

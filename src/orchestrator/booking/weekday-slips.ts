import { isoDaysBetween, shiftIsoDate, weekdayOfIso } from '../../nlp/entities/calendar';
import { correctsTheDays } from '../dialogue/booking-change-wording';
import type { Turn } from '../dialogue/turn';
import type { BookingSlots, WeekdaySlip } from './booking-slots';
import { arrivalMovedTo } from './stay-dates';

// "El viernes 12 de diciembre" when the 12th is a Saturday: the guest is told, and "perdona, el
// viernes 11" next corrects that day of the stay, rather than starting the stay again from the 11th.

/** A correction names a day of the weekday said, at most this far from the day read (one such day). */
export const MAX_DAYS_OFF = 3;

/**
 * The stay with its slipped day corrected by the day the message names (of the weekday said with
 * it); the stay as it is when the day named is the one read ("vale, el sábado 12"). Null when the
 * message corrects no slipped day.
 */
export function stayCorrected(
  turn: Turn,
  slots: BookingSlots,
  date: string,
): { checkIn: string; checkOut?: string } | null {
  const single = turn.entities('date').length === 1 && !turn.entity('date_range') && !turn.entity('nights');
  if (!single || !slots.checkIn || turn.entity('weekday_mismatch')) return null;
  const slip = (slots.weekdaySlips ?? []).find(
    (candidate) =>
      candidate.date === date ||
      (weekdayOfIso(date) === candidate.weekday &&
        Math.abs(isoDaysBetween(candidate.date, date)) <= MAX_DAYS_OFF),
  );
  if (!slip) return dayCorrected(turn, { checkIn: slots.checkIn, checkOut: slots.checkOut }, date);
  const { checkIn, checkOut } = slots;
  if (slip.date === date) return { checkIn, checkOut };
  if (slip.date === checkIn) {
    // "El lunes 14" answering "¿hasta qué día?" after "el lunes 12" (a Saturday): the departure.
    if (!checkOut && date > checkIn) return null;
    if (!checkOut) return { checkIn: date };
    // The departure said by its own day stays (only the arrival was corrected); one counted in nights,
    // or said with a weekday off too ("del viernes 12 al domingo 14"), moves with it.
    if (slip.departureSaid && checkOut > date) return { checkIn: date, checkOut };
    return { checkIn: date, checkOut: shiftIsoDate(date, isoDaysBetween(checkIn, checkOut)) };
  }
  if (slip.date === checkOut && date > checkIn) return { checkIn, checkOut: date };
  return null;
}

/**
 * The stay's days said with another weekday, this message's and those before, while they are still
 * its arrival or departure; `checkOutBefore`, the departure before this message, tells whether it
 * set the departure by its day.
 */
export function weekdaySlipsOfStay(
  turn: Turn,
  slots: BookingSlots,
  checkOutBefore: string | undefined,
): WeekdaySlip[] | undefined {
  const said: WeekdaySlip[] = turn.entities('weekday_mismatch').map(({ value }) => ({ ...value }));
  const slips = [...(slots.weekdaySlips ?? []), ...said].filter(
    (slip, i, all) =>
      (slip.date === slots.checkIn || slip.date === slots.checkOut) &&
      all.findIndex((other) => other.date === slip.date) === i,
  );
  if (slips.length === 0) return undefined;
  const departureSlipped = slips.some((slip) => slip.date === slots.checkOut);
  const departureByDay =
    slots.checkOut !== checkOutBefore &&
    !turn.entity('nights') &&
    (turn.entity('date_range') ?? turn.entity('date')) !== undefined;
  return slips.map((slip) =>
    slip.date === slots.checkIn
      ? { ...slip, departureSaid: !departureSlipped && (slip.departureSaid === true || departureByDay) }
      : slip,
  );
}

/**
 * "Perdón, quise decir el 13" after "una doble el 12" (asked until when): the arrival corrected, not
 * the departure; of a whole stay, the arrival too, the departure kept, or the stay moved with its
 * nights when the day is past the departure. Null unless a correction is said in so many words
 * (correctsTheDays): "perdona, llegamos el 13 de madrugada" corrects nothing.
 */
function dayCorrected(
  turn: Turn,
  stay: { checkIn: string; checkOut?: string },
  date: string,
): { checkIn: string; checkOut?: string } | null {
  if (!correctsTheDays(turn.message.text ?? '')) return null;
  const { checkIn, checkOut } = stay;
  if (!checkOut) return { checkIn: date };
  return date === checkIn ? null : arrivalMovedTo({ checkIn, checkOut }, date);
}

import { fromIsoDate, shiftIsoDate } from '../../nlp/entities/calendar';
import { monthOfBookingNamed } from '../../nlp/entities/lone-month';
import type { Reservation } from '../../pms/pms.types';
import { mentionsBookingName } from './booking-owner';
import type { Turn } from './turn';

/**
 * "La de la doble", "the one on 20 December", "la de Carmen", "la de febrero": the bookings the
 * message's room type, day (within the stay; a bare "the 20th", read as the next 20th, as that day of
 * any month), month or name on the booking points to, or all of them when it names none or fits none
 * (`missed`). A name on every booking points at none in particular.
 */
export function pointedAt(
  turn: Turn,
  reservations: Reservation[],
): { pointed: Reservation[]; missed: boolean } {
  const text = turn.message.text ?? '';
  const byName = reservations.filter((reservation) => mentionsBookingName(text, reservation.guestName));
  const nameNarrows = byName.length > 0 && byName.length < reservations.length;
  const roomTypeId = turn.entity('room_type')?.value.roomTypeId;
  const days = [
    ...turn.entities('date').map((entity) => entity.value.date),
    ...turn.entities('date_range').map((entity) => entity.value.checkIn),
  ];
  const monthNamed = monthOfBookingNamed(text);
  const months = [
    ...turn.entities('month').map((entity) => entity.value.month),
    ...(monthNamed ? [monthNamed] : []),
  ];
  const fits = (reservation: Reservation, covers: (day: string) => boolean): boolean =>
    (roomTypeId === undefined || reservation.roomTypeId === roomTypeId) &&
    days.every(covers) &&
    months.every((month) => fromIsoDate(reservation.checkIn).month === month) &&
    (!nameNarrows || byName.includes(reservation));
  let pointed = reservations.filter((reservation) =>
    fits(reservation, (day) => reservation.checkIn <= day && day < reservation.checkOut),
  );
  // "The one on the 20th" of a stay from 20 February: read as the next 20th, the day of its month.
  if (pointed.length === 0 && days.length > 0)
    pointed = reservations.filter((reservation) =>
      fits(reservation, (day) => nightsOfMonthDay(reservation, day.slice(8, 10))),
    );
  const named = roomTypeId !== undefined || days.length > 0 || months.length > 0 || nameNarrows;
  if (pointed.length > 0 || reservations.length === 0) return { pointed, missed: false };
  return { pointed: reservations, missed: named };
}

/** Whether the stay has a night on day `dayOfMonth` ("20") of any month. */
function nightsOfMonthDay(reservation: Reservation, dayOfMonth: string): boolean {
  for (let day = reservation.checkIn; day < reservation.checkOut; day = shiftIsoDate(day, 1))
    if (day.slice(8, 10) === dayOfMonth) return true;
  return false;
}

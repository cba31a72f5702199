import type { Reservation } from '../../pms/pms.types';
import type { Turn } from '../dialogue/turn';
import type { PhraseKey } from '../replies/phrasebook';
import { bookedExtrasOf, forgetBookedExtras } from './booked-total';
import type { StayExtras } from './booking-extras';
import { pricedStayOf, stayTotalSentence } from './extras-total';

// An extra a booking was made with, no longer wanted ("al final no queremos desayuno, quitadlo"): the
// PMS booking holds the room only, so the staff are told, as they were told it was wanted (QA 28, S1:
// the guest was asked to confirm cancelling the whole booking, and "sí" cancelled it).

/** Takes the extras off the booking, tells the guest its total now, and the staff what to undo. */
export function dropExtras(
  turn: Turn,
  reservation: Reservation,
  dropped: ReadonlyArray<keyof StayExtras>,
): void {
  const booked = bookedExtrasOf(turn.state, reservation.reference);
  const names = (extras: ReadonlyArray<keyof StayExtras>, key: PhraseKey = 'booking.extra_name'): string =>
    turn.list(extras.map((extra) => turn.text(key, { extra })));
  const had = dropped.filter((extra) => booked[extra] === true);
  const never = dropped.filter((extra) => booked[extra] !== true);
  if (never.length > 0)
    turn.say('status.extras_not_booked', { reference: reservation.reference, extras: names(never) });
  if (had.length === 0) return;
  forgetBookedExtras(turn.state, reservation.reference, had);
  const total = stayTotalSentence(
    turn,
    bookedExtrasOf(turn.state, reservation.reference),
    pricedStayOf(reservation),
  );
  const the = names(had, 'booking.extra_name_the');
  turn.say('status.extras_dropped', { reference: reservation.reference, extras: the, total });
  turn.staffNotices.push(
    turn.staffText('status.extras_dropped_staff_notice', {
      reference: reservation.reference,
      room: turn.roomName(reservation.roomTypeId),
      checkIn: reservation.checkIn,
      checkOut: reservation.checkOut,
      name: reservation.guestName,
      extras: turn.inLanguage(turn.staffLanguage, () => names(had)),
    }),
  );
}

/**
 * The extras dropped from the bookings found that have them (else from the latest): false when every
 * booking found is cancelled (the status says so).
 */
export function dropExtrasOf(
  turn: Turn,
  reservations: readonly Reservation[],
  dropped: ReadonlyArray<keyof StayExtras>,
): boolean {
  const onGoing = reservations.filter((reservation) => reservation.status !== 'cancelled');
  const withThem = onGoing.filter((reservation) =>
    dropped.some((extra) => bookedExtrasOf(turn.state, reservation.reference)[extra] === true),
  );
  const targets = withThem.length > 0 ? withThem : onGoing.slice(-1);
  for (const reservation of targets) dropExtras(turn, reservation, dropped);
  return targets.length > 0;
}

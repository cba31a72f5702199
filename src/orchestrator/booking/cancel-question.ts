import type { Reservation } from '../../pms/pms.types';
import { type LateCharge, lateCancellationCharge } from '../dialogue/late-cancellation';
import { reservationDetails } from '../dialogue/reservation-lookup';
import type { Turn } from '../dialogue/turn';
import { nightsOf } from './stay-dates';

/** What cancelling the booking now would cost under the hotel's late-cancellation rule; null if nothing. */
export function cancellationCharge(turn: Turn, reservation: Reservation): LateCharge | null {
  return lateCancellationCharge(turn, {
    checkIn: reservation.checkIn,
    nights: nightsOf(reservation),
    total: reservation.total,
    currency: reservation.currency,
  });
}

/**
 * "¿Confirmas que quieres cancelar la reserva K7QX2M (…)?", with any late charge said first and kept
 * (the yes may come later, past the window's edge: the charge said is the charge confirmed). The
 * cancellation flow then waits for the yes; `before`, a line said ahead of the question.
 */
export function askToCancel(turn: Turn, reservation: Reservation, before?: string): void {
  const summary = turn.text('cancel.summary', reservationDetails(turn, reservation));
  const charge = cancellationCharge(turn, reservation);
  const warning = charge && turn.text('cancel.late_charge', { ...charge });
  turn.askToConfirm([before, warning, summary].filter(Boolean).join('\n'));
  const slots = turn.state.dialogue.slots;
  slots.reference = reservation.reference;
  // "The single one" answering the question names this booking's room: a yes (the router's).
  slots.roomTypeId = reservation.roomTypeId;
  delete slots.cancelling;
  if (charge) slots.charge = charge;
  else delete slots.charge;
  turn.state.dialogue.awaiting = 'confirmation';
}

import { Injectable } from '@nestjs/common';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import { PmsRejectedError } from '../../pms/pms.errors';
import { nightsOf } from '../booking/booking-slots';
import { endFlow } from '../dialogue/conversation-state';
import { IntentHandler } from '../dialogue/intent-handler';
import { type LateCharge, lateCancellationCharge } from '../dialogue/late-cancellation';
import { answerPmsUnavailable } from '../dialogue/pms-trouble';
import { findGuestReservation, reservationDetails } from '../dialogue/reservation-lookup';
import type { Turn } from '../dialogue/turn';

function readCharge(value: unknown): LateCharge | null {
  const charge = value as Partial<LateCharge> | undefined;
  return typeof charge?.hours === 'number' && typeof charge.amount === 'string'
    ? { hours: charge.hours, amount: charge.amount }
    : null;
}

/** Cancels by booking code, after showing what will be cancelled and getting an explicit yes. */
@Injectable()
export class CancelReservationHandler extends IntentHandler {
  readonly intent = 'cancel_reservation';

  constructor(private readonly pms: PmsAdapter) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    const reservation = await findGuestReservation(turn, this.pms, 'cancel_reservation');
    if (!reservation) return;
    if (reservation.status === 'cancelled') {
      turn.say('cancel.already', { reference: reservation.reference });
      endFlow(turn.state);
      return;
    }
    const summary = turn.text('cancel.summary', reservationDetails(turn, reservation));
    const charge = lateCancellationCharge(turn, {
      checkIn: reservation.checkIn,
      nights: nightsOf(reservation),
      total: reservation.total,
      currency: reservation.currency,
    });
    const warning = charge && turn.text('cancel.late_charge', { ...charge });
    turn.askToConfirm(warning ? `${warning}\n${summary}` : summary);
    turn.state.dialogue.slots.reference = reservation.reference;
    // The yes may come later, past the window's edge: the charge said is the charge confirmed.
    if (charge) turn.state.dialogue.slots.charge = charge;
    else delete turn.state.dialogue.slots.charge;
    turn.state.dialogue.awaiting = 'confirmation';
  }

  override async confirm(turn: Turn): Promise<void> {
    const reference = turn.state.dialogue.slots.reference;
    if (typeof reference !== 'string') return this.handle(turn);
    try {
      await this.pms.cancelReservation(turn.tenant.id, reference, turn.signal);
      const charge = readCharge(turn.state.dialogue.slots.charge);
      if (charge) turn.say('cancel.done_charged', { reference, ...charge });
      // Within the hotel's free window (a late one was warned and charged above): free, said plainly.
      else if (turn.tenant.info.freeCancellationHours !== undefined)
        turn.say('cancel.done_free', { reference });
      else turn.say('cancel.done', { reference, policy: this.policy(turn) });
      endFlow(turn.state);
    } catch (error) {
      if (error instanceof PmsRejectedError && error.reason === 'already_cancelled') {
        turn.say('cancel.already', { reference });
        endFlow(turn.state);
        return;
      }
      if (answerPmsUnavailable(turn, error)) return; // still awaiting the yes: it can be repeated
      throw error;
    }
  }

  override async deny(turn: Turn): Promise<void> {
    const reference = turn.state.dialogue.slots.reference;
    turn.say('cancel.kept', { reference: typeof reference === 'string' ? reference : '' });
    endFlow(turn.state);
  }

  private policy(turn: Turn): string {
    const policy = turn.tenant.info.policies.cancellation;
    return policy ? turn.localized(policy) : '';
  }
}

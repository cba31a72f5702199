import { Injectable } from '@nestjs/common';
import { foldText } from '../../common/fold-text';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import { PmsRejectedError } from '../../pms/pms.errors';
import { answerCancellationCharge } from '../booking/cancel-charge-question';
import type { Reservation } from '../../pms/pms.types';
import { askToCancel } from '../booking/cancel-question';
import { askBeforeLeaving, sayBothBookingsKept } from '../booking/replaced-booking-kept';
import {
  changeWaiting,
  keepChangeThroughCancel,
  takeUpKeptChange,
} from '../booking/change-kept-through-cancel';
import { changeKept, endFlow, startFlow } from '../dialogue/conversation-state';
import { meansEveryBooking } from '../dialogue/cancellation-wording';
import { rememberBooking } from '../dialogue/known-bookings';
import { IntentHandler } from '../dialogue/intent-handler';
import { answerPmsUnavailable } from '../dialogue/pms-trouble';
import {
  BOOKING_CHOICE,
  findGuestReservation,
  findGuestReservations,
  pickReservation,
} from '../dialogue/reservation-lookup';
import type { Turn } from '../dialogue/turn';
import {
  askToCancelSeveral,
  cancelSeveral,
  keepSeveral,
  readCancelling,
  readCharge,
  tellOneCancelled,
} from './cancel-several';

const FLOW = 'cancel_reservation';

/** "La antigua", "la anterior", "the old one", "the previous booking": the first of the conversation's. */
const OLD_ONE =
  /\b(?:la (?:antigua|anterior|vieja|de antes|primera que hice)|the (?:old|previous|original|first) (?:one|booking|reservation))\b/;

/** The old booking named, not ruled out: "cancela la antigua", not "the 15th, not the first one". */
function namesTheOldOne(text: string): boolean {
  const folded = foldText(text);
  return OLD_ONE.test(folded) && !NOT_THE_OLD_ONE.test(folded);
}

const NOT_THE_OLD_ONE =
  /\b(?:no|not|ni) (?:la|the) (?:antigua|anterior|vieja|primera|old|previous|original|first)\b/;

/**
 * Cancels by booking code, after showing what will be cancelled and getting an explicit yes; "las
 * dos" / "both" cancels every booking of the conversation that is still on, after one yes.
 */
@Injectable()
export class CancelReservationHandler extends IntentHandler {
  readonly intent = FLOW;

  constructor(private readonly pms: PmsAdapter) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    if (answerCancellationCharge(turn) || askBeforeLeaving(turn)) return;
    const change = changeWaiting(turn.state);
    await this.ask(turn);
    keepChangeThroughCancel(turn, change);
  }

  private async ask(turn: Turn): Promise<void> {
    // "Vale, cancela la antigua" once a change is booked: the booking it replaced, which may already
    // be cancelled (said so), never the new one.
    if (namesTheOldOne(turn.message.text ?? '') && !turn.entity('reference')) {
      const found = await findGuestReservations(turn, this.pms, FLOW);
      if (!found) return;
      // pickReservation starts the flow itself; the first of several is asked about here.
      if (found.length > 1) startFlow(turn.state, FLOW);
      return this.askAbout(turn, found.length > 1 ? found[0] : pickReservation(turn, found, FLOW));
    }
    if (!meansEveryBooking(turn.message.text ?? '') || turn.entity('reference')) {
      return this.askAbout(turn, await findGuestReservation(turn, this.pms, FLOW));
    }
    const reservations = await findGuestReservations(turn, this.pms, FLOW);
    if (!reservations) return;
    const active = reservations.filter(
      (reservation) => reservation.status !== 'cancelled' && wasOffered(turn, reservation),
    );
    if (active.length < 2) return this.askAbout(turn, pickReservation(turn, reservations, FLOW));
    startFlow(turn.state, FLOW);
    askToCancelSeveral(turn, active);
  }

  override async confirm(turn: Turn): Promise<void> {
    const several = readCancelling(turn.state.dialogue.slots.cancelling);
    if (several) return cancelSeveral(turn, this.pms, several);
    const reference = turn.state.dialogue.slots.reference;
    if (typeof reference !== 'string') return this.handle(turn);
    const change = changeKept(turn.state);
    try {
      await this.pms.cancelReservation(turn.tenant.id, reference, turn.signal);
      tellOneCancelled(turn, { reference, charge: readCharge(turn.state.dialogue.slots.charge) });
      endFlow(turn.state);
      takeUpKeptChange(turn, change, true);
    } catch (error) {
      if (error instanceof PmsRejectedError && error.reason === 'already_cancelled') {
        turn.say('cancel.already', { reference });
        endFlow(turn.state);
        takeUpKeptChange(turn, change, true);
        return;
      }
      if (answerPmsUnavailable(turn, error)) return; // still awaiting the yes: it can be repeated
      throw error;
    }
  }

  override async deny(turn: Turn): Promise<void> {
    const several = readCancelling(turn.state.dialogue.slots.cancelling);
    if (several) return keepSeveral(turn, several);
    const reference = turn.state.dialogue.slots.reference;
    if (typeof reference === 'string' && sayBothBookingsKept(turn, reference)) return endFlow(turn.state);
    const change = changeKept(turn.state);
    turn.say('cancel.kept', { reference: typeof reference === 'string' ? reference : '' });
    endFlow(turn.state);
    // "Is it still active?" next (QA 28, E13: the code was asked for): the booking just kept.
    if (typeof reference === 'string') rememberBooking(turn.state, reference);
    takeUpKeptChange(turn, change, false);
  }

  private askAbout(turn: Turn, reservation: Reservation | null): void {
    if (!reservation) return;
    if (reservation.status === 'cancelled') {
      turn.say('cancel.already', { reference: reservation.reference });
      endFlow(turn.state);
      return;
    }
    askToCancel(turn, reservation);
  }
}

/** "Las dos" answering "which one?" means the bookings listed, not any others of the conversation. */
function wasOffered(turn: Turn, reservation: Reservation): boolean {
  const { awaiting, slots } = turn.state.dialogue;
  const options = slots.options;
  if (awaiting !== 'reference' || !Array.isArray(options)) return true;
  return options.includes(`${BOOKING_CHOICE}${reservation.reference}`);
}

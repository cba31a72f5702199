import type { PmsAdapter } from '../../pms/pms-adapter.port';
import { PmsRejectedError } from '../../pms/pms.errors';
import type { Reservation } from '../../pms/pms.types';
import { cancellationCharge } from '../booking/cancel-question';
import { endFlow } from '../dialogue/conversation-state';
import type { LateCharge } from '../dialogue/late-cancellation';
import { answerPmsUnavailable } from '../dialogue/pms-trouble';
import { reservationDetails } from '../dialogue/reservation-lookup';
import type { Turn } from '../dialogue/turn';

// "Cancela las dos", "cancel both": several bookings cancelled after one yes.

/** A booking about to be cancelled, with the charge said before the yes (the charge confirmed). */
export interface Cancelling {
  reference: string;
  charge: LateCharge | null;
}

export function readCharge(value: unknown): LateCharge | null {
  const charge = value as Partial<LateCharge> | undefined;
  return typeof charge?.hours === 'number' && typeof charge.amount === 'string'
    ? { hours: charge.hours, amount: charge.amount }
    : null;
}

/** The bookings waiting for the yes to cancel them all, from the session (null when none). */
export function readCancelling(value: unknown): Cancelling[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const items = value as Array<Partial<Cancelling> | null>;
  if (!items.every((item) => typeof item?.reference === 'string')) return null;
  return items.map((item) => ({ reference: item?.reference as string, charge: readCharge(item?.charge) }));
}

/** Lists the bookings with any late charge and asks one yes for all of them. */
export function askToCancelSeveral(turn: Turn, reservations: Reservation[]): void {
  const cancelling = reservations.map((reservation) => ({
    reference: reservation.reference,
    charge: cancellationCharge(turn, reservation),
  }));
  const warnings = cancelling.flatMap(({ reference, charge }) =>
    charge ? [turn.text('cancel.late_charge_of', { reference, ...charge })] : [],
  );
  const lines = reservations.map((reservation) =>
    turn.text('cancel.which_line', reservationDetails(turn, reservation)),
  );
  const summary = turn.text('cancel.summary_several', {
    count: reservations.length,
    lines: lines.join('\n'),
  });
  turn.askToConfirm([...warnings, summary].join('\n'));
  const slots = turn.state.dialogue.slots;
  slots.cancelling = cancelling;
  delete slots.reference;
  delete slots.charge;
  turn.state.dialogue.awaiting = 'confirmation';
}

/**
 * Cancels them one by one. When the PMS fails part way, what was cancelled is said and the rest
 * waits for the yes again (a cancelled one repeated answers "already cancelled": no side effect twice).
 */
export async function cancelSeveral(turn: Turn, pms: PmsAdapter, cancelling: Cancelling[]): Promise<void> {
  const done: Cancelling[] = [];
  const already: string[] = [];
  for (const [index, item] of cancelling.entries()) {
    try {
      await pms.cancelReservation(turn.tenant.id, item.reference, turn.signal);
      done.push(item);
    } catch (error) {
      if (error instanceof PmsRejectedError && error.reason === 'already_cancelled') {
        already.push(item.reference);
        continue;
      }
      tellCancelled(turn, done, already);
      turn.state.dialogue.slots.cancelling = cancelling.slice(index);
      if (answerPmsUnavailable(turn, error)) return;
      throw error;
    }
  }
  tellCancelled(turn, done, already);
  endFlow(turn.state);
}

export function keepSeveral(turn: Turn, cancelling: Cancelling[]): void {
  turn.say('cancel.kept_several', { references: turn.list(cancelling.map((item) => item.reference)) });
  endFlow(turn.state);
}

function tellCancelled(turn: Turn, done: Cancelling[], already: string[]): void {
  for (const reference of already) turn.say('cancel.already', { reference });
  if (done.length === 1) return tellOneCancelled(turn, done[0]);
  if (done.length === 0) return;
  const references = turn.list(done.map((item) => item.reference));
  const charged = done.filter((item) => item.charge !== null);
  if (charged.length === 0 && turn.tenant.info.freeCancellationHours !== undefined) {
    turn.say('cancel.done_several_free', { references });
    return;
  }
  const said = turn.text('cancel.done_several', {
    references,
    policy: charged.length > 0 ? '' : policyOf(turn),
  });
  const charges = charged.map(({ reference, charge }) =>
    turn.text('cancel.charged_one', { reference, ...charge }),
  );
  turn.sayText([said.trim(), ...charges].join('\n'));
}

export function tellOneCancelled(turn: Turn, { reference, charge }: Cancelling): void {
  if (charge) turn.say('cancel.done_charged', { reference, ...charge });
  // Within the hotel's free window (a late one was warned and charged above): free, said plainly.
  else if (turn.tenant.info.freeCancellationHours !== undefined) turn.say('cancel.done_free', { reference });
  else turn.say('cancel.done', { reference, policy: policyOf(turn) });
}

function policyOf(turn: Turn): string {
  const policy = turn.tenant.info.policies.cancellation;
  return policy ? turn.localized(policy) : '';
}

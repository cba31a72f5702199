import { foldText } from '../../common/fold-text';
import { CHANGE_KEPT, restoreChange } from '../dialogue/conversation-state';
import type { ConversationState } from '../dialogue/conversation-state';
import type { Turn } from '../dialogue/turn';
import type { DialogueState } from '../../session/session';

type Slots = DialogueState['slots'];

/**
 * The summary of a new stay booked in place of an old booking, waiting for its yes, as a cancellation
 * starts ("cancela la reserva" at it, QA 28, S3: the old one was cancelled and the new one dropped,
 * leaving the guest with nothing); undefined otherwise.
 */
export function changeWaiting(state: ConversationState): Slots | undefined {
  // Its yes is no longer awaited: the request to cancel moved on from it (settleAfterRouting).
  const { flow, slots } = state.dialogue;
  if (flow !== 'make_reservation' || slots.step !== 'summary' || typeof slots.replaces !== 'string') return;
  return structuredClone(slots);
}

/** "Forget it, just cancel the whole thing", "olvídalo, cancélalo todo": the change goes too. */
const DROPS_EVERYTHING =
  /\b(?:forget (?:it|about it|the change)|never ?mind|the whole thing|olvida(?:lo|te)|nada de cambios?|(?:cancel\w*|anul\w*|drop)\s+(?:\w+\s+)?(?:everything|all of it|todo))\b/;

/**
 * Kept in the cancellation flow when it asks about the booking the change replaces; not when the guest
 * drops it all (QA 32, M3: the old booking cancelled, then the new stay asked for again).
 */
export function keepChangeThroughCancel(turn: Turn, change: Slots | undefined): void {
  const { flow, slots } = turn.state.dialogue;
  if (DROPS_EVERYTHING.test(foldText(turn.message.text ?? ''))) return;
  if (change && flow === 'cancel_reservation' && slots.reference === change.replaces)
    slots[CHANGE_KEPT] = change;
}

/**
 * Once the old booking is cancelled (or kept), the new stay's summary stands again, with its booking
 * key, and is asked for again: "Sigue pendiente tu reserva de la Individual, del jue 10 dic al sáb 12
 * dic. ¿La confirmo?". `cancelled` when the booking it replaced is gone: nothing to ask about after.
 */
export function takeUpKeptChange(turn: Turn, change: Slots | undefined, cancelled: boolean): void {
  if (!change) return;
  restoreChange(turn.state, change);
  if (cancelled) delete turn.state.dialogue.slots.replaces;
  const { roomTypeId, checkIn, checkOut } = change;
  if (typeof roomTypeId !== 'string' || typeof checkIn !== 'string' || typeof checkOut !== 'string') return;
  turn.askToConfirm(
    turn.text('booking.reminder', {
      room: turn.roomName(roomTypeId),
      checkIn: turn.date(checkIn),
      checkOut: turn.date(checkOut),
    }),
  );
}

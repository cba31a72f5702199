import { CHANGE_KEPT, rememberedSlots, startFlow } from '../dialogue/conversation-state';
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

/** Kept in the cancellation flow when it asks about the booking the change replaces. */
export function keepChangeThroughCancel(turn: Turn, change: Slots | undefined): void {
  const { flow, slots } = turn.state.dialogue;
  if (change && flow === 'cancel_reservation' && slots.reference === change.replaces)
    slots[CHANGE_KEPT] = change;
}

/** The change kept in the cancellation flow, read before the flow ends. */
export function changeKept(state: ConversationState): Slots | undefined {
  const kept = state.dialogue.slots[CHANGE_KEPT];
  return typeof kept === 'object' && kept !== null ? (kept as Slots) : undefined;
}

/**
 * Once the old booking is cancelled (or kept), the new stay's summary stands again, with its booking
 * key, and is asked for again: "Sigue pendiente tu reserva de la Individual, del jue 10 dic al sáb 12
 * dic. ¿La confirmo?". `cancelled` when the booking it replaced is gone: nothing to ask about after.
 */
export function takeUpKeptChange(turn: Turn, change: Slots | undefined, cancelled: boolean): void {
  if (!change) return;
  const remembered = new Set(Object.keys(rememberedSlots(change)));
  startFlow(turn.state, 'make_reservation');
  for (const [slot, value] of Object.entries(change)) {
    if (!remembered.has(slot)) turn.state.dialogue.slots[slot] = value;
  }
  if (cancelled) delete turn.state.dialogue.slots.replaces;
  turn.state.dialogue.awaiting = 'confirmation';
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

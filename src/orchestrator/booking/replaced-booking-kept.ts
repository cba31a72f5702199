import {
  BOOKED_INSTEAD,
  isReplacedBookingPending,
  markReplacedBookingReminded,
} from '../dialogue/conversation-state';
import { takesLeave } from '../dialogue/leave-taking';
import type { ConversationState } from '../dialogue/conversation-state';
import type { Turn } from '../dialogue/turn';

// A new stay booked in place of an older booking, and the guest asked whether to cancel the older
// one: a no ("no, espera, mantén las dos", "no wait, keep both") keeps both, which the guest hears by
// both codes, not only the one asked about (the new one might seem to replace it).

/** Notes, with the cancel question about `replaced` asked, the booking made in its place. */
export function rememberBookedInstead(turn: Turn, booked: string): void {
  turn.state.dialogue.slots[BOOKED_INSTEAD] = booked;
}

/**
 * At a no to cancelling the booking replaced: both bookings stay active, said with both codes.
 * False when the question was about no replaced booking (a plain "mantengo tu reserva" then).
 */
export function sayBothBookingsKept(turn: Turn, kept: string): boolean {
  const booked = turn.state.dialogue.slots[BOOKED_INSTEAD];
  if (typeof booked !== 'string' || booked === kept) return false;
  turn.say('cancel.kept_both', { reference: kept, booked });
  return true;
}

/**
 * After a side question ("what's the total?") at "¿cancelo la anterior?": that question again, once,
 * with its buttons. False when no replaced booking waits for its answer.
 */
export function remindReplacedBooking(turn: Turn): boolean {
  const reference = turn.state.dialogue.slots.reference;
  if (!isReplacedBookingPending(turn.state) || typeof reference !== 'string') return false;
  // An answer that asked its own question: the next "sí" is for that, never a cancellation.
  const last = turn.replies.at(-1);
  if (last?.type === 'text' && last.text.trimEnd().endsWith('?')) return false;
  turn.askToConfirm(turn.text('cancel.replaced_reminder', { reference }));
  markReplacedBookingReminded(turn.state);
  return true;
}

/**
 * "That's all, thanks, see you!" at "¿cancelo la anterior?" (not yet asked again): the guest would
 * leave holding two rooms, believing one was changed (QA 30, en H9, a goodbye said to it).
 */
export function leavesWithReplacedPending(text: string, state: ConversationState): boolean {
  return isReplacedBookingPending(state) && takesLeave(text);
}

/** The question about the replaced booking once more, plainly, before the guest goes; a second goodbye is taken. */
export function askBeforeLeaving(turn: Turn): boolean {
  const { reference, [BOOKED_INSTEAD]: booked } = turn.state.dialogue.slots;
  if (!leavesWithReplacedPending(turn.message.text ?? '', turn.state) || typeof reference !== 'string')
    return false;
  turn.askToConfirm(turn.text('cancel.replaced_before_leaving', { reference, booked: String(booked) }));
  markReplacedBookingReminded(turn.state);
  return true;
}

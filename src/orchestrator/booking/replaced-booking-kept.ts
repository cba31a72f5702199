import type { Turn } from '../dialogue/turn';

// A new stay booked in place of an older booking, and the guest asked whether to cancel the older
// one: a no ("no, espera, mantén las dos", "no wait, keep both") keeps both, which the guest hears by
// both codes, not only the one asked about (the new one might seem to replace it).

/** The cancellation flow's slot holding the booking made in place of the one asked about. */
const BOOKED_INSTEAD = 'bookedInstead';

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

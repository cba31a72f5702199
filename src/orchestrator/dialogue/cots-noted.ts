import type { ConversationState } from './conversation-state';
import { perBooking } from './known-bookings';

/** How many cots the staff were already told of for a booking of this conversation. */
export function cotsNoted(state: ConversationState, reference: string): number {
  const count = perBooking(state, 'cotsNoted')[reference];
  return typeof count === 'number' ? count : 0;
}

/** Remembers the cots the staff were told of for a booking, so a cot asked again is not told twice. */
export function rememberCotsNoted(state: ConversationState, reference: string, cots: number): void {
  const kept = perBooking(state, 'cotsNoted');
  state.dialogue.slots.cotsNoted = { ...kept, [reference]: Math.max(cots, cotsNoted(state, reference)) };
}

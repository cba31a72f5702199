import type { ConversationState } from '../dialogue/conversation-state';
import { knownReferences } from '../dialogue/known-bookings';

// The PMS keeps no contact with a reservation (pms.types: Reservation), so the e-mail a booking of
// this conversation was made with is remembered here: a change or an upgrade, booked anew, keeps it
// (QA 29, H10: the replacement booking had none).

/** Remembers the e-mail a booking was made with. */
export function rememberBookedEmail(
  state: ConversationState,
  reference: string,
  email: string | undefined,
): void {
  if (!email) return;
  const known = new Set(knownReferences(state));
  const kept = Object.entries(bookedEmails(state)).filter(([code]) => known.has(code));
  state.dialogue.slots.bookedEmails = Object.fromEntries([...kept, [reference, email]]);
}

/** The e-mail a booking of this conversation was made with, if any. */
export function bookedEmailOf(state: ConversationState, reference: string): string | undefined {
  const email = bookedEmails(state)[reference];
  return typeof email === 'string' ? email : undefined;
}

function bookedEmails(state: ConversationState): Record<string, unknown> {
  const kept = state.dialogue.slots.bookedEmails;
  return typeof kept === 'object' && kept !== null ? (kept as Record<string, unknown>) : {};
}

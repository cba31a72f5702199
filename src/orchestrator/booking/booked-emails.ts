import type { ConversationState } from '../dialogue/conversation-state';
import { perBooking, setPerBooking } from '../dialogue/known-bookings';

// The PMS keeps no contact with a reservation (pms.types: Reservation), so the e-mail a booking of
// this conversation was made with is remembered here: a change or an upgrade, booked anew, keeps it
// (QA 29, H10: the replacement booking had none).

/** Remembers the e-mail a booking was made with. */
export function rememberBookedEmail(
  state: ConversationState,
  reference: string,
  email: string | undefined,
): void {
  if (email) setPerBooking(state, 'bookedEmails', reference, email);
}

/** The e-mail a booking of this conversation was made with, if any. */
export function bookedEmailOf(state: ConversationState, reference: string): string | undefined {
  const email = perBooking(state, 'bookedEmails')[reference];
  return typeof email === 'string' ? email : undefined;
}

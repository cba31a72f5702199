import type { ParseResult } from '../../nlp/nlp.types';
import { withBookedMonthDays } from './booked-month-days';
import type { ConversationState } from './conversation-state';
import { withMonthCorrected } from './month-correction';
import { withSameRoomAndParty } from './same-booking';
import { withSameDates } from './same-dates';

/**
 * The stay meant, read into the message: "las mismas fechas"; "perdón, quise decir febrero" (the same
 * days in that month); "¿podemos cambiarla al 11-13?" after a booking (its month); "otra igual". Null
 * when the message means none of these. `today` is the hotel's calendar day.
 */
export function withStayMeant(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
  today: string,
): ParseResult | null {
  return (
    withSameDates(text, nlu, state) ??
    withMonthCorrected(text, nlu, state, today) ??
    withBookedMonthDays(text, nlu, state, today) ??
    withSameRoomAndParty(text, nlu, state)
  );
}

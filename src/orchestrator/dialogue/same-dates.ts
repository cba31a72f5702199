import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import { withEntity } from './parse-results';

const SAME_DATES =
  /\b(?:(?:las |los )?mism[oa]s (?:fechas|dias|noches)|(?:the )?same (?:dates|days|nights))\b/;
/** "Y otra igual para mis suegros", "the same again for my parents": the last booking again, stay and all. */
const SAME_BOOKING =
  /\b(?:otra igual|una igual|otra (?:reserva|habitacion) igual|lo mismo (?:para|otra vez|de nuevo)|(?:the )?same (?:again|for)|another (?:one )?(?:just )?like (?:it|that|this)|book the same)\b/;

/**
 * Remembers the stay of the booking just made, for "otra habitación para las mismas fechas", and its
 * room and party, for "otra reserva del 20 al 22, la misma habitación".
 */
export function rememberStay(
  state: ConversationState,
  stay: { checkIn: string; checkOut: string; roomTypeId?: string; guests?: number },
): void {
  state.dialogue.slots.lastStay = { checkIn: stay.checkIn, checkOut: stay.checkOut };
  if (stay.roomTypeId && stay.guests)
    state.dialogue.slots.lastRoom = { roomTypeId: stay.roomTypeId, guests: stay.guests };
}

/** The stay of the conversation's last booking (made or looked up), if one is remembered. */
export function lastStayOf(state: ConversationState): { checkIn: string; checkOut: string } | null {
  const last = state.dialogue.slots.lastStay as { checkIn?: unknown; checkOut?: unknown } | undefined;
  return typeof last?.checkIn === 'string' && typeof last.checkOut === 'string'
    ? { checkIn: last.checkIn, checkOut: last.checkOut }
    : null;
}

/**
 * "Otra habitación para las mismas fechas", "same dates" (answering "which dates?"), "otra igual": the message with
 * the stay of the conversation's last booking as its dates; null when it names dates of its own, says
 * no such thing, or there is no booking to take them from.
 */
export function withSameDates(text: string, nlu: ParseResult, state: ConversationState): ParseResult | null {
  const last = lastStayOf(state);
  if (!last) return null;
  if (nlu.entities.some((entity) => entity.type === 'date_range' || entity.type === 'date')) return null;
  const folded = foldText(text);
  // A booking under way with a stay of its own is not the last one again.
  const said =
    SAME_DATES.exec(folded) ??
    (state.dialogue.slots.checkIn === undefined ? SAME_BOOKING.exec(folded) : null);
  if (!said) return null;
  // foldText keeps the length of the text it folds, so the match locates the words in the message.
  return withEntity(nlu, {
    type: 'date_range',
    value: { checkIn: last.checkIn, checkOut: last.checkOut },
    text: text.slice(said.index, said.index + said[0].length),
    start: said.index,
    end: said.index + said[0].length,
  });
}

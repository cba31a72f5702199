import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { takesOfferedRoom } from './booking-readings';
import { picksEveryBooking } from './choices';
import type { ConversationState } from './conversation-state';
import type { Routing } from './routing';

/** "Keep both", "mantén la reserva", "no la canceles", "leave it": the booking kept. */
const KEEPS = new RegExp(
  String.raw`\b(?:manten\w*|mantenga\w*|conserv\w*|dejala|dejalas|dejalo|keep (?:it|them|both|the booking|my booking|the reservation|all)|keep both|leave (?:it|them|both)|don'?t cancel(?: it| them)?|do not cancel(?: it| them)?|no (?:la |lo |las |los )?(?:cancel|anul)\w*)\b`,
);
/** Words of cancelling left once the keeping ones are taken out: "mantén esta y cancela la otra". */
const CANCELS = /\b(?:cancel\w*|anul\w*)\b/;

/**
 * The answer to the cancellation's own questions ("which one?", "do you confirm?"): "las dos"
 * (every booking listed), the booking's room named ("the single one", a yes), and "hmm actually keep
 * both" (a no, however it was heard: as a request for a person it handed the guest over). Null for
 * anything else.
 */
export function routeCancelAnswer(text: string, nlu: ParseResult, state: ConversationState): Routing | null {
  if (state.dialogue.flow !== 'cancel_reservation') return null;
  const awaiting = state.dialogue.awaiting;
  const folded = foldText(text);
  const asked = awaiting === 'confirmation' || awaiting === 'reference';
  if (asked && KEEPS.test(folded) && !CANCELS.test(folded.replace(new RegExp(KEEPS.source, 'g'), ' ')))
    return { intent: 'deny', via: 'slot', nlu };
  if (picksEveryBooking(text, state)) return { intent: 'cancel_reservation', via: 'choice', nlu };
  // "The single one" at "do you confirm you want to cancel 6JRH44 (Single Room, …)?": a yes.
  if (awaiting === 'confirmation' && takesOfferedRoom(text, nlu, state))
    return { intent: 'confirm', via: 'slot', nlu };
  return null;
}

import { foldText } from '../../common/fold-text';
import { asksWhatCancellingCosts } from '../booking/cancel-charge-question';
import { leavesWithReplacedPending } from '../booking/replaced-booking-kept';
import type { ParseResult } from '../../nlp/nlp.types';
import { takesOfferedRoom } from './booking-readings';
import { KEEPS_THEM } from './cancellation-wording';
import { picksEveryBooking } from './choices';
import type { ConversationState } from './conversation-state';
import type { Routing } from './routing';

/** Words of cancelling left once the keeping ones are taken out: "mantén esta y cancela la otra". */
const CANCELS = /\b(?:cancel\w*|anul\w*)\b/;

/** "Yes cancel", "sí, cancélala", "cancel it please": the cancellation asked for again, at its yes/no. */
const YES_CANCEL =
  /^\W*(?:(?:si|yes|yeah|yep|ok|okay|vale|sure|claro|dale|correcto|exacto)\b[\s,.!]*)?(?:(?:please|por favor|porfa)\b[\s,]*)?(?:cancel\w*|anul\w*)(?:\s+(?:it|la|lo|esa|that one|the booking|la reserva|my booking|mi reserva))?(?:[\s,]*(?:please|por favor|porfa|ya|now))?\W*$/;

/**
 * The answer to the cancellation's own questions ("which one?", "do you confirm?"): "las dos"
 * (every booking listed), the booking's room named ("the single one", a yes), "yes cancel" (a yes), and "hmm actually keep
 * both" (a no, however it was heard: as a request for a person it handed the guest over). Null for
 * anything else.
 */
export function routeCancelAnswer(text: string, nlu: ParseResult, state: ConversationState): Routing | null {
  if (state.dialogue.flow !== 'cancel_reservation') return null;
  const awaiting = state.dialogue.awaiting;
  const folded = foldText(text);
  const asked = awaiting === 'confirmation' || awaiting === 'reference';
  if (
    asked &&
    KEEPS_THEM.test(folded) &&
    !CANCELS.test(folded.replace(new RegExp(KEEPS_THEM.source, 'g'), ' '))
  )
    return { intent: 'deny', via: 'slot', nlu };
  // "Will I be charged?" (heard as a goodbye, or as nothing): what cancelling costs.
  if (asksWhatCancellingCosts(text, state) || leavesWithReplacedPending(text, state))
    return { intent: 'cancel_reservation', via: 'follow_up', nlu };
  if (picksEveryBooking(text, state)) return { intent: 'cancel_reservation', via: 'choice', nlu };
  if (awaiting === 'confirmation' && YES_CANCEL.test(folded)) return { intent: 'confirm', via: 'slot', nlu };
  // "The single one" at "do you confirm you want to cancel 6JRH44 (Single Room, …)?": a yes.
  if (awaiting === 'confirmation' && takesOfferedRoom(text, nlu, state))
    return { intent: 'confirm', via: 'slot', nlu };
  return null;
}

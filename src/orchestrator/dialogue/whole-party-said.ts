import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { CANCEL_WORDS } from './booking-readings';
import type { ConversationState } from './conversation-state';

/** The party said as the whole of it: "somos…", "seríamos solo 2", "we'd be 3", not a part of it ("two of us would like breakfast"). */
const WHOLE_PARTY =
  /\b(?:somos|seremos|seriamos|semos|vamos a ser|iremos|vendremos|viajamos|viajaremos|we are|we're|we'd be|we would be|we'll be|we will be|there are|there will be|there'd be)\b/;

/**
 * "Al final los niños no vienen, seríamos solo 2", "somos 2 adultos y un niño de 5 años" (heard as a
 * question about children) while a booking is being made: its party, said (again) as the whole of it.
 * Not asked ("¿la suite es para 4?"), not a part of it ("2 of us will arrive later", "el desayuno solo
 * para los 2 adultos"), not with a request of its own ("cancela todo, éramos 2").
 */
/** "¿Se puede?", "is that ok?": whether what was just said can be done. */
const ASKS_IF_IT_CAN_BE =
  /\b(?:se puede|es posible|hay problema|hay algun problema|puede ser|is (?:that|it|this) (?:ok|okay|possible|a problem|fine)|is that alright|possible)\W*$/;

export function saysTheWholeParty(text: string, nlu: ParseResult, state: ConversationState): boolean {
  const party = nlu.entities.find((entity) => entity.type === 'guests');
  if (party?.type !== 'guests' || party.value.total === state.dialogue.slots.guests) return false;
  if (nlu.intent === 'confirm' || nlu.intent === 'human_handoff' || nlu.intent === 'cancel_reservation')
    return false;
  const folded = foldText(text);
  // "Al final somos 3, ¿se puede?" asks only whether the change can be made (QA 32, M6).
  if (CANCEL_WORDS.test(folded) || (/[?¿]/.test(text) && !ASKS_IF_IT_CAN_BE.test(folded))) return false;
  return WHOLE_PARTY.test(folded.slice(Math.max(0, party.start - 20), party.end));
}

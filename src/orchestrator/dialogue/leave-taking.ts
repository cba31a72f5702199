import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { hasBookingEntity, isBookingFlow } from './booking-readings';
import type { ConversationState } from './conversation-state';

/** Words that take leave: "adiós", "thanks, bye!", "that's all, see you", "ya te digo algo", "I'll think about it". */
const LEAVING = new RegExp(
  [
    '\\b(?:adios|chao|chau|ciao|hasta luego|hasta pronto|hasta manana|hasta la proxima|hasta otra|nos vemos|buenas noches|un saludo|saludos|me despido|bye|good ?bye|see (?:you|ya)|cya|take care|good night|have a (?:good|nice|great) (?:day|night|one|evening|weekend)|later|gotta go|(?:tengo|me tengo) que (?:irme|ir)',
    "eso es todo|es todo|nada mas|that'?s (?:all|it)|nothing else",
    'luego te (?:digo|escribo|confirmo|aviso)|ya te (?:digo|dire|escribo|confirmo|aviso)|te (?:digo|escribo|confirmo|aviso) (?:luego|mas tarde|manana)|lo (?:pienso|penso|consulto|hablo|miro)',
    "(?:i'?ll|i will|we'?ll|we will) (?:let you know|get back|think|come back|check|talk|be in touch)|let (?:me|us) think|talk (?:later|soon))\\b",
  ].join('|'),
);

/** Whether the message takes leave in words. */
export function takesLeave(text: string): boolean {
  return LEAVING.test(foldText(text));
}

/**
 * A goodbye the classifier heard where no leave is taken: "only one night" at the room list (the
 * stay changes), and, with a question waiting for its answer, anything said without a word of leave
 * ("will I be charged?" at a cancellation's yes or no, "the other one then" at the rooms: QA 30, en
 * H4 and H5, the booking dropped with "Goodbye!"). Read as if nothing were classified.
 */
export function isNoGoodbye(text: string, nlu: ParseResult, state: ConversationState): boolean {
  if (nlu.intent !== 'goodbye') return false;
  const { flow, awaiting } = state.dialogue;
  if (isBookingFlow(flow) && hasBookingEntity(nlu)) return true;
  return flow !== null && awaiting !== null && !takesLeave(text);
}

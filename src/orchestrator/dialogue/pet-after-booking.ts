import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import { isForTheBookingMade } from './extras-after-booking';
import type { Routing } from './routing';

const A_PET = String.raw`(?:pets?|dogs?|cats?|puppy|perr\w*|gat[oa]s?|mascotas?)`;
/** "We're bringing our small dog", "llevamos a nuestro perro", "our dog is coming too": a pet coming along. */
const PET_COMES = new RegExp(
  String.raw`\b(?:(?:we'?re|we are|we'?ll be|i'?m|i am|i'?ll be) (?:bringing|travell?ing with|coming with)|traemos|llevamos|traigo|llevo|(?:vamos|venimos|viajamos|vendremos|iremos) con)\b[^.?!]{0,25}?\b${A_PET}\b|\b(?:our|my|nuestr[oa]|mi)\s+(?:\w+\s+)?${A_PET}\s+(?:is coming|comes|viene|vendra)\b`,
);

/**
 * "I forgot to mention, we're bringing our small dog" with a booking made and no other under way
 * (heard as a question about pets): the pet for that booking, noted and the staff told, as "añade el
 * perro a mi reserva" is. Not asked ("¿podemos llevar al perro?"), nor another stay. Null otherwise.
 */
export function routePetForBookingMade(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  if (!isForTheBookingMade(nlu, state)) return null;
  if (/[?¿]/.test(text) || !PET_COMES.test(foldText(text))) return null;
  return { intent: 'reservation_status', via: 'follow_up', nlu };
}

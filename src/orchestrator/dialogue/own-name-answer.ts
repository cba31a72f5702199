import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import { withEntity } from './parse-results';

/** "A mi nombre también", "el mismo", "under mine", "same name": the guest's own name, not a new one. */
const OWN_NAME =
  /^\W*(?:(?:pues|vale|ok|okay|si|yes|just|tambien|also)\W+)*(?:(?:a|al|en|con|bajo|under|in|with)\s+)?(?:(?:el\s+)?mi(?:\s+propio)?\s+nombre|el mio|mio|(?:el\s+)?mismo(?:\s+nombre)?|igual|lo mismo|(?:the\s+)?same(?:\s+name)?|mine|my(?:\s+own)?\s+name)(?:\W+(?:tambien|too|also|as well|please|pls|porfa|por favor|gracias|thanks|que la otra|as the other(?: one)?))*\W*$/;

/**
 * "A mi nombre también" at "whose name should this room be under?" for a room of several asked for
 * others ("y otra para mis padres"): the name the guest booked under before. Null when the
 * conversation knows no name of theirs, or the answer is another.
 */
export function ownNameAnswer(text: string, nlu: ParseResult, state: ConversationState): ParseResult | null {
  const { awaiting, slots } = state.dialogue;
  const name = state.guestName;
  if (awaiting !== 'guest_name' || slots.forAnother !== true || !name || !OWN_NAME.test(foldText(text)))
    return null;
  return withEntity(nlu, { type: 'guest_name', value: { name }, text, start: 0, end: text.length });
}

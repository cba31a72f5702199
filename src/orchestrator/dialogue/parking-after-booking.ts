import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { changesStayExtras, RESERVES_IT } from '../booking/booking-extras';
import type { ConversationState } from './conversation-state';
import { isForTheBookingMade } from './extras-after-booking';
import type { Routing } from './routing';

/** Asked for on top of what was asked ("and parking", "y parking también", "parking too please"). */
const LOOSELY =
  /^\W*(?:and|also|plus|y|e|tambien|ademas)\b|\b(?:too|as well|tambien|please|pls|plz|por favor|porfa)\W*$/;
/** "No parking", "sin parking", "we don't need parking": nothing to add. */
const NOT = /\b(?:no|sin|without|don'?t|ni)\b/;

/**
 * "And parking", "y parking también" with a booking made and no other under way (heard as a question
 * about the parking): a space for that booking, as "añade parking" is. Null otherwise.
 */
export function routeParkingForBookingMade(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  if (!isForTheBookingMade(nlu, state)) return null;
  const parking = nlu.entities.filter(
    (entity) => entity.type === 'info_topic' && entity.value.topic === 'parking',
  );
  const folded = foldText(text);
  // "Can you reserve a parking spot for us?", "¿me guardáis una plaza de parking?": asked for, as a question.
  if (parking.length > 0 && !NOT.test(folded) && RESERVES_IT.test(folded))
    return { intent: 'reservation_status', via: 'follow_up', nlu };
  if (parking.length === 0 || /[?¿]/.test(text) || NOT.test(folded) || !LOOSELY.test(folded)) return null;
  return changesStayExtras(text, { ...nlu, entities: parking })
    ? { intent: 'reservation_status', via: 'follow_up', nlu }
    : null;
}

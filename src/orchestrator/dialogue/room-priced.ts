import { foldText } from '../../common/fold-text';
import { NO_INTENT, type ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import type { Turn } from './turn';

// "¿Cuánto cuesta una noche en la individual?", then "¿y 7 noches?": the second asks about the room
// whose rate the first answer gave. Kept in the slots until another price answer or a booking flow
// (which starts with fresh slots) replaces it.

const ROOM_PRICED = 'roomPriced';
/** A follow-up, not a request of its own: "¿y 7 noches?", "and for 7 nights?". */
const SHORT = 40;
/** Readings of "and for 7 nights?": a price or a stay asked, or nothing clear. */
const PRICE_OR_STAY: ReadonlySet<string> = new Set(['room_prices', 'check_availability', NO_INTENT]);

/** Keeps the one room whose rate this answer gave (none when it gave several). */
export function rememberRoomPriced(turn: Turn, roomTypeId: string | undefined): void {
  if (roomTypeId) turn.state.dialogue.slots[ROOM_PRICED] = roomTypeId;
  else delete turn.state.dialogue.slots[ROOM_PRICED];
}

export function roomPricedBefore(state: ConversationState): string | undefined {
  const room = state.dialogue.slots[ROOM_PRICED];
  return typeof room === 'string' ? room : undefined;
}

/** "¿Y 7 noches?" with no booking under way, after one room's rate: that room's price for them. */
export function asksNightsOfRoomPriced(text: string, nlu: ParseResult, state: ConversationState): boolean {
  if (state.dialogue.flow || !roomPricedBefore(state) || !PRICE_OR_STAY.has(nlu.intent)) return false;
  if (foldText(text).length > SHORT) return false;
  return (
    nlu.entities.some((entity) => entity.type === 'nights') &&
    nlu.entities.every((entity) => entity.type === 'nights')
  );
}

import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { complainsOfPrice } from './complaint';
import type { ConversationState } from './conversation-state';

/** "What's the cheapest you have?", "¿algo más barato?": a cheaper room asked for. */
const CHEAPER =
  /\b(?:cheaper|cheapest|less expensive|more affordable|mas barat[ao]s?|mas economic[ao]s?|menos car[ao]s?|la barata|lo barato)\b/;
/**
 * "Too expensive", "what's the cheapest you have?" at a room offered or at "whose name?": the rooms
 * for the stay again, cheapest first, rather than the chosen room's total. Not with a room named
 * (that room is wanted), nor with the room taken anyway ("pricey but fine, put it under Ana García").
 */
export function asksForACheaperRoom(text: string, nlu: ParseResult, state: ConversationState): boolean {
  const { awaiting, slots } = state.dialogue;
  const roomChosen = awaiting === 'guest_name' || (awaiting === 'confirmation' && slots.step === 'offer');
  if (!roomChosen || slots.roomTypeId === undefined) return false;
  if (nlu.entities.some((entity) => entity.type === 'room_type' || entity.type === 'guest_name'))
    return false;
  return asksForCheaper(text);
}

/** "Son caras, ¿no tienen algo más barato?", "too expensive": something cheaper wanted. */
export function asksForCheaper(text: string): boolean {
  return complainsOfPrice(text) || CHEAPER.test(foldText(text));
}

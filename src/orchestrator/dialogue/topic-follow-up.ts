import { foldText } from '../../common/fold-text';
import type { Entity, ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import type { Turn } from './turn';

// "¿Tenéis transfer al aeropuerto?" answered, then "¿y cuánto cuesta?": the price of the transfer, not
// the rooms' rates. The topics of the last answer are kept for the next message only.

interface LastTopics {
  /** The info_topic entities the answer was about, with the words that named them ("transfer"). */
  entities: Entity[];
  /** The message they answered: only the one after it may refer back to them. */
  messageId: string;
}

/** A price asked of nothing named: "¿y cuánto cuesta?", "is it free?", "¿se paga aparte?". */
const PRICE_ONLY =
  /\b(?:cuanto|cuanta|precio|cuesta|cuestan|coste|costo|vale|sale|gratis|gratuit[oa]|se paga|hay que pagar|de pago|aparte|cobr\w*|how much|price|cost|costs|free|charge\w*|extra)\b/;
const SHORT = 40;
const OWN_SUBJECT: ReadonlySet<Entity['type']> = new Set([
  'info_topic',
  'room_type',
  'date',
  'date_range',
  'guests',
  'reference',
]);

/** Keeps the hotel topics this turn answered, for a price asked of them next. */
export function rememberTopics(turn: Turn): void {
  const entities = turn.entities('info_topic');
  if (entities.length === 0) return;
  const last: LastTopics = { entities, messageId: turn.message.id };
  turn.state.dialogue.slots.lastTopics = last;
}

/** Drops topics a turn before this one answered (called once the turn is handled). */
export function forgetEarlierTopics(state: ConversationState, messageId: string): void {
  const last = state.dialogue.slots.lastTopics as Partial<LastTopics> | undefined;
  if (last && last.messageId !== messageId) delete state.dialogue.slots.lastTopics;
}

/** The topics the last answer was about, when this message only asks their price. */
export function priceOfLastTopics(text: string, nlu: ParseResult, state: ConversationState): Entity[] | null {
  const last = state.dialogue.slots.lastTopics as Partial<LastTopics> | undefined;
  if (!Array.isArray(last?.entities) || last.entities.length === 0) return null;
  const folded = foldText(text);
  if (folded.length > SHORT || !PRICE_ONLY.test(folded)) return null;
  if (nlu.entities.some((entity) => OWN_SUBJECT.has(entity.type))) return null;
  return last.entities;
}

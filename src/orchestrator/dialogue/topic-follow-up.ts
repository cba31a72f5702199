import { foldText } from '../../common/fold-text';
import type { Entity, InfoTopic, IntentName, ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import { namesTheRoomOrStay } from './guest-wording';
import { statedWeightKg } from './pet-limits';
import { statedAmount } from './stated-price';
import type { Turn } from './turn';

// "¿Tenéis transfer al aeropuerto?" answered, then "¿y cuánto cuesta?": the price of the transfer, not
// the rooms' rates; "¿y hasta qué hora?" after the late check-out, its hour, not a goodbye. What the
// last answer was about is kept for the next message only.

/** The answers a short follow-up may refer back to. */
type AnsweredIntent = Extract<IntentName, 'hotel_info' | 'room_prices' | 'late_checkout'>;

interface LastTopics {
  intent: AnsweredIntent;
  /** The info_topic entities the answer was about, with the words that named them ("transfer"). */
  entities: Entity[];
  /** The message they answered: only the one after it may refer back to them. */
  messageId: string;
}

/** A price asked of nothing named: "¿y cuánto cuesta?", "is it free?", "¿se paga aparte?", "is it included?". */
const PRICE_ONLY =
  /\b(?:cuanto|cuanta|precio|cuesta|cuestan|coste|costo|vale|sale|gratis|gratuit[oa]|se paga|hay que pagar|de pago|aparte|cobr\w*|incluid[oa]s?|de cortesia|how much|price|cost|costs|free|charge\w*|extra|included|complimentary)\b/;
/** An hour asked of nothing named: "¿y a qué hora es?", "¿hasta qué hora?", "until when?". */
const HOUR_ONLY =
  /\b(?:a que hora|hasta que hora|desde que hora|hasta cuando|que horario|horario|what time|until when|until what time|till when|how late|from when|opening hours|hours)\b/;
/** "Vale, ¿y el gimnasio?": the OK of Spain, no "¿cuánto vale?". */
const OK_FIRST = /^\W*vale\b/;
const SHORT = 40;
const ACKNOWLEDGEMENT_ONLY =
  /^\W*(?:vale|ok|okay|oki|perfecto|genial|de acuerdo|entendido|gracias)(?:\W+(?:vale|ok|okay|perfecto|genial|gracias|muchas gracias))*\W*$/;
const OWN_SUBJECT: ReadonlySet<Entity['type']> = new Set([
  'info_topic',
  'room_type',
  'date',
  'date_range',
  'guests',
  'reference',
]);

/**
 * Keeps what this turn answered (the hotel topics it named, or those given), for a price or an hour
 * asked of it next, or for "en todas" after "which booking is it for?".
 */
export function rememberTopics(
  turn: Turn,
  intent: AnsweredIntent,
  entities: Entity[] = turn.entities('info_topic'),
): void {
  if (entities.length === 0 && intent !== 'late_checkout') return;
  const last: LastTopics = { intent, entities, messageId: turn.message.id };
  turn.state.dialogue.slots.lastTopics = last;
}

/** What the last answer was ("late_checkout": its terms), if the turn before kept one. */
export function lastAnsweredIntent(state: ConversationState): AnsweredIntent | undefined {
  return (state.dialogue.slots.lastTopics as Partial<LastTopics> | undefined)?.intent;
}

/** The hotel topics the last answer was about ("el desayuno" of "¿cuánto cuesta el desayuno?"), if any. */
export function lastAnsweredTopics(state: ConversationState): InfoTopic[] {
  const last = state.dialogue.slots.lastTopics as Partial<LastTopics> | undefined;
  if (!last || !Array.isArray(last.entities)) return [];
  return last.entities.flatMap((entity) => (entity.type === 'info_topic' ? [entity.value.topic] : []));
}

/** Drops what a turn before this one answered or offered (called once the turn is handled). */
export function forgetEarlierAnswers(state: ConversationState, messageId: string): void {
  const last = state.dialogue.slots.lastTopics as Partial<LastTopics> | undefined;
  if (last && last.messageId !== messageId) delete state.dialogue.slots.lastTopics;
  for (const mark of ['helpOffered', 'roomAdded'])
    if (state.dialogue.slots[mark] !== messageId) delete state.dialogue.slots[mark];
}

/**
 * When this message only asks the price or the hour of what the last answer was about: the intent to
 * answer it with, and the topics to add to what the message names.
 */
export function followUpOfLastAnswer(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): { intent: AnsweredIntent; entities: Entity[] } | null {
  const last = state.dialogue.slots.lastTopics as Partial<LastTopics> | undefined;
  if (!last || !Array.isArray(last.entities) || !isAnswered(last.intent)) return null;
  const folded = foldText(text);
  if (folded.length > SHORT || nlu.entities.some((entity) => OWN_SUBJECT.has(entity.type))) return null;
  // "Vale", "vale, perfecto": an OK (in Spain), not "¿cuánto vale?".
  if (ACKNOWLEDGEMENT_ONLY.test(folded)) return null;
  // "¿Y cuánto cuesta la habitación?" after the parking question asks the room's price.
  if (namesTheRoomOrStay(text)) return null;
  const entities = last.entities;
  if (last.intent === 'late_checkout') {
    return PRICE_ONLY.test(folded) || HOUR_ONLY.test(folded) ? { intent: 'late_checkout', entities } : null;
  }
  if (entities.length === 0) return null;
  // "What about a 9 kg one instead?" after the pets answer: the same question, of that pet.
  const aboutPets = entities.some((entity) => entity.type === 'info_topic' && entity.value.topic === 'pets');
  if (aboutPets && statedWeightKg(text) !== null) return { intent: 'hotel_info', entities };
  if (asksAPrice(text)) return { intent: 'room_prices', entities };
  if (HOUR_ONLY.test(folded)) return { intent: 'hotel_info', entities };
  return null;
}

/** A price asked: "¿cuánto cuesta?", "is it free?", "¿se paga aparte?"; or stated to be confirmed: "son 30 euros, ¿no?". */
export function asksAPrice(text: string): boolean {
  return PRICE_ONLY.test(foldText(text).replace(OK_FIRST, '')) || statedAmount(text) !== null;
}

function isAnswered(intent: unknown): intent is AnsweredIntent {
  return intent === 'hotel_info' || intent === 'room_prices' || intent === 'late_checkout';
}

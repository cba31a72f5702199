import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { isBotQuestion } from '../intents/bot-question';
import { hasBookingEntity } from './booking-readings';
import { asksToBePutThrough } from './put-through';

// Who answers the guest: a person asked for, or whether a machine is writing. Either is the handoff
// intent's to answer (a person called in, or the honest "I'm the hotel's virtual assistant").

/** A machine named in a question of what the guest talks to: "are you an AI?", "¿eres chatgpt?". */
const MACHINE =
  /\b(?:chat ?gpt|gpt|chat ?bot|bot|robot|maquina|machine|ia|ai|inteligencia artificial|asistente virtual|virtual assistant)\b/;

/**
 * "¿Me pasas con recepción?"; "are you an AI?" / "¿eres chatgpt?" however heard (the map, a goodbye,
 * nothing). Only a machine named makes it so against the classifier: "is this real?" or "is it a
 * person?" may ask about a photo or a price. Not beside a stay asked for, which comes first.
 */
export function asksAboutWhoAnswers(text: string, nlu: ParseResult): boolean {
  if (asksToBePutThrough(text)) return true;
  return (
    nlu.intent !== 'human_handoff' &&
    isBotQuestion(text) &&
    MACHINE.test(foldText(text)) &&
    !hasBookingEntity(nlu)
  );
}

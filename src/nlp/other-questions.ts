import type { IntentClassification, IntentClassifier } from './intent-classifier';
import {
  type ClassifiedIntent,
  type Language,
  NO_INTENT,
  type OtherQuestion,
  type TextSpan,
} from './nlp.types';

/** A sentence and what ends it: "where are you?", "we'd like a room.", a line of an e-mail. */
const SENTENCE = /[^.?!\n]+[.?!\n]*/g;
/**
 * "Is there an airport shuttle, and how far is the Prado?": a second question joined to the first
 * inside one sentence, by "and" and a question word (QA 29, M12). Words that also join statements
 * unaccented ("y que sea tranquila", "y como llegamos tarde…") start no question here, nor does a
 * price, which asks about the first part ("¿tienen parking y cuánto cuesta?", review 31, 1).
 */
const JOINED_QUESTION =
  /,?\s+(?:and|also|plus|y|e|ademas|además|tambien|también)\s+(?=(?:how(?! much)|what|where|when|which|is|are|do|does|can|could|cuantos|cuántos|donde|dónde|cómo|qué|cuál|cuándo|a qué|hay|tienen|tenéis|tenes|tenés)(?![\p{L}]))/giu;
/** Longer messages (e-mails) are read as a whole: their other questions are the hotel's topics. */
const MOST_SENTENCES = 6;
/** A question read with less is no question of its own. */
const LEAST_CONFIDENCE = 0.5;

/** What says rather than asks: no statement of these makes a message's intent. */
const SOCIAL: ReadonlySet<ClassifiedIntent> = new Set(['greeting', 'goodbye', 'thanks', 'confirm', 'deny']);

type Part = { sentence: string; start: number; asks: boolean };
type ReadPart = Part & { reading: IntentClassification };

/** A message's intent, and the questions in it read as other intents. */
export interface MessageQuestions {
  reading: IntentClassification;
  questions: OtherQuestion[];
  /** The questions read as the message's own intent, in a message of several parts. */
  own: TextSpan[];
}

/**
 * "Where are you located? And can I see photos of the suite?": each question of a message of a few
 * sentences is read on its own, and those read as another intent than the message's are returned, so
 * that each gets its answer (QA 27, E22: one was dropped). A statement asks nothing of its own; but
 * a message read as a whole as what none of its parts is ("Quiero una doble del 12 al 15 para 2.
 * ¿Dónde estáis ubicados?" as availability, the question's words outweighing the request's) is what
 * its one request stated, when a question of another intent stands beside it.
 */
export async function otherQuestions(
  model: IntentClassifier,
  text: string,
  language: Language,
  whole: IntentClassification,
): Promise<MessageQuestions> {
  const asIs = { reading: whole, questions: [], own: [] };
  if (!text.includes('?')) return asIs;
  const parts = [...text.matchAll(SENTENCE)].flatMap(({ 0: sentence, index = 0 }) =>
    questionsOf(sentence, index),
  );
  if (parts.length < 2 || parts.length > MOST_SENTENCES) return asIs;
  const read: ReadPart[] = [];
  for (const part of parts)
    read.push({ ...part, reading: await model.classify(part.sentence.trim(), language) });
  const stated = read.some(({ reading }) => reading.intent === whole.intent)
    ? undefined
    : statedRequest(read, whole.confidence);
  const questions = stated ? questionsBeside(read, stated.intent) : [];
  if (stated && questions.length > 0)
    return { reading: stated, questions, own: ownQuestions(read, stated.intent) };
  return {
    reading: whole,
    questions: questionsBeside(read, whole.intent),
    own: ownQuestions(read, whole.intent),
  };
}

/** The questions read as `intent`, the message's own. */
function ownQuestions(read: readonly ReadPart[], intent: ClassifiedIntent): TextSpan[] {
  return read
    .filter(({ asks, reading }) => asks && reading.intent === intent)
    .map(({ sentence, start }) => ({ start, end: start + sentence.length }));
}

/** The questions read as another intent than `intent`, each once, and whether it came first. */
function questionsBeside(read: readonly ReadPart[], intent: ClassifiedIntent): OtherQuestion[] {
  const found: OtherQuestion[] = [];
  let ownSeen = false;
  for (const { sentence, start, asks, reading } of read) {
    if (reading.intent === intent) ownSeen = true;
    else if (
      asks &&
      reading.intent !== NO_INTENT &&
      reading.confidence >= LEAST_CONFIDENCE &&
      !found.some((question) => question.intent === reading.intent)
    )
      found.push({ intent: reading.intent, askedFirst: !ownSeen, start, end: start + sentence.length });
  }
  return found;
}

/** The one request the message's statements make, read more surely than the whole; else undefined. */
function statedRequest(read: readonly ReadPart[], wholeConfidence: number): IntentClassification | undefined {
  const requests = read.filter(
    ({ asks, reading }) =>
      !asks &&
      reading.intent !== NO_INTENT &&
      !SOCIAL.has(reading.intent) &&
      // Read more surely than the whole was (review 31, 6).
      reading.confidence >= Math.max(LEAST_CONFIDENCE, wholeConfidence),
  );
  const intents = new Set(requests.map(({ reading }) => reading.intent));
  return intents.size === 1 ? requests[0].reading : undefined;
}

/** A sentence's worded parts: itself, or its questions joined by "and" ("…shuttle, and how far…?"). */
function questionsOf(sentence: string, start: number): Part[] {
  const asks = sentence.includes('?');
  const parts: Part[] = [];
  let from = 0;
  if (asks)
    for (const join of sentence.matchAll(JOINED_QUESTION)) {
      // " And where are you?" opening a sentence joins it to the one before, not to a part of its own.
      if (!isWorded(sentence.slice(from, join.index))) continue;
      parts.push({ sentence: sentence.slice(from, join.index), start: start + from, asks });
      from = join.index + join[0].length;
    }
  parts.push({ sentence: sentence.slice(from), start: start + from, asks });
  return parts.filter((part) => isWorded(part.sentence));
}

function isWorded(sentence: string): boolean {
  return (sentence.match(/\p{L}+/gu) ?? []).length >= 2;
}

import type { IntentClassifier } from './intent-classifier';
import { type ClassifiedIntent, type Language, NO_INTENT, type OtherQuestion } from './nlp.types';

/** A sentence and what ends it: "where are you?", "we'd like a room.", a line of an e-mail. */
const SENTENCE = /[^.?!\n]+[.?!\n]*/g;
/** Longer messages (e-mails) are read as a whole: their other questions are the hotel's topics. */
const MOST_SENTENCES = 6;
/** A question read with less is no question of its own. */
const LEAST_CONFIDENCE = 0.5;

/**
 * "Where are you located? And can I see photos of the suite?": each question of a message of a few
 * sentences is read on its own, and those read as another intent than the message's are returned, so
 * that each gets its answer (QA 27, E22: one was dropped). A statement asks nothing of its own.
 */
export async function otherQuestions(
  model: IntentClassifier,
  text: string,
  language: Language,
  intent: ClassifiedIntent,
): Promise<OtherQuestion[]> {
  const mark = text.indexOf('?');
  if (mark < 0 || (mark === text.lastIndexOf('?') && !/[.!\n]/.test(text))) return [];
  const sentences = [...text.matchAll(SENTENCE)].filter(([sentence]) => isWorded(sentence));
  if (sentences.length < 2 || sentences.length > MOST_SENTENCES) return [];
  const found: OtherQuestion[] = [];
  let ownSeen = false;
  for (const { 0: sentence, index: start = 0 } of sentences) {
    const reading = await model.classify(sentence.trim(), language);
    if (reading.intent === intent) ownSeen = true;
    else if (
      sentence.includes('?') &&
      reading.intent !== NO_INTENT &&
      reading.confidence >= LEAST_CONFIDENCE &&
      !found.some((question) => question.intent === reading.intent)
    )
      found.push({ intent: reading.intent, askedFirst: !ownSeen, start, end: start + sentence.length });
  }
  return found;
}

function isWorded(sentence: string): boolean {
  return (sentence.match(/\p{L}+/gu) ?? []).length >= 2;
}

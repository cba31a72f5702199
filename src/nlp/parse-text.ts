import type { RoomType } from '../tenants/tenant';
import { extractEntities } from './entities/extract-entities';
import { IntentClassifier, loadCorpora } from './intent-classifier';
import { chooseLanguage, detectLanguage } from './language-detector';
import { type Language, LANGUAGES, type ParseResult } from './nlp.types';

/** One text to read, with what of the hotel and the conversation reading it needs. */
export interface ParseRequest {
  text: string;
  /** Read the text in this language (no detection). */
  language?: Language;
  /** The conversation's language so far: kept unless the text is clearly in another. */
  sessionLanguage?: string;
  /** The hotel's languages, its default first. */
  tenantLanguages: readonly string[];
  /** The hotel's IANA time zone ("mañana" is the hotel's tomorrow). */
  timezone: string;
  roomTypes: readonly RoomType[];
  /** When the message arrived, in ms since the epoch. */
  nowMs: number;
}

/** Trained once per thread (from the corpus files) and shared by everything in it. */
let sharedClassifier: Promise<IntentClassifier> | undefined;

export function trainedClassifier(): Promise<IntentClassifier> {
  sharedClassifier ??= IntentClassifier.train(loadCorpora());
  return sharedClassifier;
}

/** Language, intent and entities of one text; `signal` is checked between the steps. */
export async function parseText(request: ParseRequest, signal?: AbortSignal): Promise<ParseResult> {
  const language =
    request.language ??
    chooseLanguage({
      detected: detectLanguage(request.text),
      sessionLanguage: asLanguage(request.sessionLanguage),
      tenantDefault: request.tenantLanguages.map(asLanguage).find((candidate) => candidate !== null) ?? 'es',
    });
  const model = await trainedClassifier();
  signal?.throwIfAborted();
  const { intent, confidence } = await model.classify(request.text, language);
  signal?.throwIfAborted();
  const entities = extractEntities(request.text, {
    language,
    now: new Date(request.nowMs),
    timezone: request.timezone,
    roomTypes: request.roomTypes,
  });
  return { intent, confidence: round(confidence), language, entities };
}

function asLanguage(value: string | null | undefined): Language | null {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENT_NAMES, NO_INTENT } from './nlp.types';
import type { ClassifiedIntent, Language } from './nlp.types';

/**
 * The labels of the training corpus: every intent, and None for off-topic messages (small talk,
 * spam, other businesses...), which NLP.js learns as one more class.
 */
export const CORPUS_LABELS: readonly ClassifiedIntent[] = [...INTENT_NAMES, NO_INTENT];

/** Training utterances of one language, by intent (and None). */
export type LanguageCorpus = Record<ClassifiedIntent, readonly string[]>;
/** Training utterances by language; a classifier answers only for the languages it was trained on. */
export type Corpus = Partial<Record<Language, LanguageCorpus>>;

/** The folder of the corpus files; `nest build` copies them beside the compiled code (nest-cli.json). */
export const CORPUS_DIR = join(__dirname, 'corpus');

export function loadCorpus(language: Language): LanguageCorpus {
  const path = join(CORPUS_DIR, `${language}.json`);
  return parseLanguageCorpus(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
}

export function loadCorpora(): Required<Corpus> {
  return { es: loadCorpus('es'), en: loadCorpus('en') };
}

function parseLanguageCorpus(data: unknown, source: string): LanguageCorpus {
  if (typeof data !== 'object' || data === null) {
    throw new Error(`${source}: expected an object of intents`);
  }
  const entries = data as Record<string, unknown>;
  const unknownLabels = Object.keys(entries).filter(
    (key) => !CORPUS_LABELS.includes(key as ClassifiedIntent),
  );
  if (unknownLabels.length > 0) {
    throw new Error(`${source}: unknown intents ${unknownLabels.join(', ')}`);
  }
  const corpus: Partial<Record<ClassifiedIntent, string[]>> = {};
  for (const label of CORPUS_LABELS) {
    const utterances = entries[label];
    if (!Array.isArray(utterances) || !utterances.every((u): u is string => typeof u === 'string')) {
      throw new Error(`${source}: "${label}" must be a list of utterances`);
    }
    corpus[label] = utterances;
  }
  return corpus as LanguageCorpus;
}

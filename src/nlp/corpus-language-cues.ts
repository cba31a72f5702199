import { LANGUAGES, NO_INTENT } from './nlp.types';
import type { ClassifiedIntent, Language } from './nlp.types';
import { CORPUS_LABELS, type Corpus } from './training-corpus';

/** The words of a text as the language detector reads them: lower case, no accents, letters and apostrophes. */
export function detectorWords(text: string): string[] {
  const plain = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’`´]/g, "'");
  return plain.split(/[^\p{L}']+/u).filter((word) => word.length > 0);
}

/** A word must be in this many of a language's hotel utterances to be a cue of that language. */
const MIN_UTTERANCES = 2;
/** Shorter words are abbreviations and unit letters ("24 h", "x2") more often than words. */
const MIN_LETTERS = 3;

/**
 * Words the hotel utterances of one language use (in at least MIN_UTTERANCES of them) and no utterance
 * of the other language holds, None's included: "reservation", "amenities", "password" in English,
 * "ascensor", "toallas" in Spanish. The hand-written cues know the commonest words; these are the
 * hotel's own, which the corpus holds in both languages and a chat-length message often carries alone.
 */
export function corpusLanguageCues(corpora: Required<Corpus>): Record<Language, ReadonlySet<string>> {
  const used = (language: Language, labels: readonly ClassifiedIntent[]) => {
    const counts = new Map<string, number>();
    for (const label of labels) {
      for (const utterance of corpora[language][label]) {
        for (const word of new Set(detectorWords(utterance))) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    return counts;
  };
  const hotelLabels = CORPUS_LABELS.filter((label) => label !== NO_INTENT);
  const cues = {} as Record<Language, ReadonlySet<string>>;
  for (const language of LANGUAGES) {
    const other = LANGUAGES.find((l) => l !== language) as Language;
    const elsewhere = used(other, CORPUS_LABELS);
    cues[language] = new Set(
      [...used(language, hotelLabels)]
        .filter(
          ([word, count]) => word.length >= MIN_LETTERS && count >= MIN_UTTERANCES && !elsewhere.has(word),
        )
        .map(([word]) => word),
    );
  }
  return cues;
}

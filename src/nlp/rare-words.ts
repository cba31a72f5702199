/**
 * How often each word occurs in the training utterances, and the marks naive Bayes counts for a
 * text's rare words. An off-topic message is mostly words the corpus has never seen, and naive
 * Bayes, which ignores unknown words, then reads it by the few it knows ("¿cuánto cuesta un
 * tatuaje?" by "cuánto cuesta"). Trained with the words seen once marked as rare, it learns how much
 * rarity says (None lines are full of such words; a hotel question has a few) and reads the unseen
 * words of a new text the same way.
 */
export class RareWords {
  private constructor(private readonly counts: ReadonlyMap<string, number>) {}

  /** `utterances`: each training utterance's words. */
  static count(utterances: Iterable<readonly string[]>): RareWords {
    const counts = new Map<string, number>();
    for (const words of utterances) {
      for (const word of new Set(words)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    return new RareWords(counts);
  }

  /**
   * One mark per distinct word seen in at most one training utterance ("rare_word1", "rare_word2",
   * ... up to MAX_MARKS), so that more rare words are more evidence. Normalised words hold no digit,
   * so no mark is a word or a pair of words.
   */
  marks(words: readonly string[]): string[] {
    const rare = new Set(words.filter((word) => (this.counts.get(word) ?? 0) <= 1)).size;
    return Array.from({ length: Math.min(rare, MAX_MARKS) }, (_, i) => `rare_word${i + 1}`);
  }
}

const MAX_MARKS = 4;

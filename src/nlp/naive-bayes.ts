import { createRequire } from 'node:module';

/**
 * A naive Bayes text classifier (wink-naive-bayes-text-classifier) over the word features of an
 * utterance, whose scores are blended with the neural network's. The two err differently: the
 * network, trained briefly on every word, pair, prefix and character n-gram, learns the corpus
 * phrasing closely; naive Bayes adds up the evidence of each word on its own, which carries better
 * to phrasing the corpus does not hold (see DEFAULT_NAIVE_BAYES_WEIGHT for what the blend scored).
 */
export interface NaiveBayesSettings {
  /** Additive smoothing of the word counts (wink's default, 1, flattens the rarer words too much). */
  smoothing: number;
  /** Log-odds are divided by this before the softmax that turns them into scores summing to 1. */
  temperature: number;
}

export const DEFAULT_NAIVE_BAYES: NaiveBayesSettings = { smoothing: 0.1, temperature: 4 };

// wink ships no type declarations: only the parts used here are described.
interface WinkClassifier {
  defineConfig(config: { considerOnlyPresence: boolean; smoothingFactor: number }): boolean;
  learn(tokens: readonly string[], label: string): boolean;
  consolidate(): boolean;
  /** log2 odds of every label seen in training, best first; `[['unknown', 0]]` when no token is known. */
  computeOdds(tokens: readonly string[]): Array<[label: string, log2Odds: number]>;
  /** [config, samples by label, counts by label and token, words by label, vocabulary]. */
  exportJSON(): string;
}

const loadUntyped = createRequire(__filename);
const createWinkClassifier = loadUntyped('wink-naive-bayes-text-classifier') as () => WinkClassifier;

// wink refuses to consolidate fewer labels or a smaller vocabulary than these.
const MIN_LABELS = 2;
const MIN_VOCABULARY = 10;

/**
 * wink's odds of a label for a text are the sum of each known token's log-likelihood ratio, plus the
 * label's prior once. It recomputes every ratio against every other label on each call (a third of
 * a classification's time): the odds wink gives each token alone are kept instead, and a text's odds
 * are their sum less the prior counted once per extra token — the same numbers (naive-bayes.spec).
 */
interface OddsTable {
  labels: readonly string[];
  /** log2 odds of each label for the token alone, in `labels` order. */
  byToken: ReadonlyMap<string, Float64Array>;
  /** log2 of each label's share of the training samples against the other labels'. */
  priors: Float64Array;
}

function oddsTable(classifier: WinkClassifier): OddsTable {
  const [, samples, , , vocabulary] = JSON.parse(classifier.exportJSON()) as [
    unknown,
    Record<string, number>,
    unknown,
    unknown,
    string[],
  ];
  const labels = Object.keys(samples);
  const total = labels.reduce((sum, label) => sum + samples[label], 0);
  const priors = Float64Array.from(
    labels,
    (label) => Math.log2(samples[label]) - Math.log2(total - samples[label]),
  );
  const byToken = new Map<string, Float64Array>();
  for (const token of vocabulary) {
    const odds = new Map(classifier.computeOdds([token]));
    byToken.set(
      token,
      Float64Array.from(labels, (label) => odds.get(label) ?? 0),
    );
  }
  return { labels, byToken, priors };
}

export class NaiveBayes {
  private readonly table: OddsTable;

  private constructor(
    private readonly classifier: WinkClassifier,
    private readonly settings: NaiveBayesSettings,
  ) {
    this.table = oddsTable(classifier);
  }

  /**
   * Learns the labelled token lists (each token counted once per utterance); undefined when they are
   * too few to learn from, and the network then answers alone.
   */
  static train(
    examples: ReadonlyArray<readonly [tokens: readonly string[], label: string]>,
    settings: NaiveBayesSettings = DEFAULT_NAIVE_BAYES,
  ): NaiveBayes | undefined {
    const labels = new Set(examples.map(([, label]) => label));
    const vocabulary = new Set(examples.flatMap(([tokens]) => tokens));
    if (labels.size < MIN_LABELS || vocabulary.size < MIN_VOCABULARY) return undefined;
    const classifier = createWinkClassifier();
    classifier.defineConfig({ considerOnlyPresence: true, smoothingFactor: settings.smoothing });
    for (const [tokens, label] of examples) classifier.learn(tokens, label);
    classifier.consolidate();
    return new NaiveBayes(classifier, settings);
  }

  /** wink's log2 odds of every label for the tokens (each counted once), best first; empty when none is known. */
  odds(tokens: readonly string[]): Array<[label: string, log2Odds: number]> {
    const { labels, byToken, priors } = this.table;
    const known = [...new Set(tokens)].flatMap((token) => byToken.get(token) ?? []);
    if (known.length === 0) return [];
    return labels
      .map((label, i): [string, number] => {
        let sum = -(known.length - 1) * priors[i];
        for (const odds of known) sum += odds[i];
        return [label, sum];
      })
      .sort((a, b) => b[1] - a[1]);
  }

  /** wink's own computation of `odds` (slower), for tests that check the two agree. */
  winkOdds(tokens: readonly string[]): Array<[label: string, log2Odds: number]> {
    const odds = this.classifier.computeOdds([...new Set(tokens)]);
    return odds.length === 1 && odds[0][1] === 0 ? [] : odds;
  }

  /** Whether any of the tokens was seen in training. */
  knowsAny(tokens: readonly string[]): boolean {
    return tokens.some((token) => this.table.byToken.has(token));
  }

  /** A score per label, summing to 1; empty when no token was seen in training. */
  scores(tokens: readonly string[]): Map<string, number> {
    const odds = this.odds(tokens);
    if (odds.length === 0) return new Map();
    // log2 odds to natural log, over the temperature; the best first, so the largest exponent is 0.
    const scale = Math.LN2 / this.settings.temperature;
    const exponentials = odds.map(
      ([label, log2Odds]) => [label, Math.exp((log2Odds - odds[0][1]) * scale)] as const,
    );
    const total = exponentials.reduce((sum, [, value]) => sum + value, 0);
    return new Map(exponentials.map(([label, value]) => [label, value / total]));
  }
}

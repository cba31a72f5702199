import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_INTENT_THRESHOLD,
  DEFAULT_NAIVE_BAYES_WEIGHT,
  DEFAULT_NONE_MARGIN,
  IntentClassifier,
} from './intent-classifier';
import { LANGUAGES } from './nlp.types';
import { DEFAULT_OOV_GATE } from './oov-gate';
import type { ClassifiedIntent, Language } from './nlp.types';
import {
  applyThreshold,
  describeGate,
  type EvaluationReport,
  formatReport,
  formatScope,
  formatSweep,
  type Prediction,
  score,
  scoreScope,
} from './nlu-eval-report';
import { CORPUS_DIR, CORPUS_LABELS, type Corpus, type LanguageCorpus, loadCorpora } from './training-corpus';

/** An utterance and the intent a person gave it. */
export type LabelledUtterance = readonly [text: string, intent: ClassifiedIntent];
/** Utterances written apart from the training corpus and never trained on. */
export type HeldOut = Record<Language, LabelledUtterance[]>;

/**
 * `held-out.json`, written apart from the corpus but in much the same words; `held-out-fresh.json`, written
 * later in words and constructions the corpus does not use (how new guests' phrasing fares, which
 * cross-validation overstates). Neither is ever trained on.
 */
export type HeldOutSlice = 'held-out' | 'held-out-fresh';

export function loadHeldOut(slice: HeldOutSlice = 'held-out'): HeldOut {
  const path = join(CORPUS_DIR, `${slice}.json`);
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Record<Language, unknown>>;
  const heldOut: Partial<HeldOut> = {};
  for (const language of LANGUAGES) {
    const items = data[language];
    if (!Array.isArray(items) || !items.every(isLabelledUtterance)) {
      throw new Error(`${path}: "${language}" must be a list of [utterance, intent] pairs`);
    }
    heldOut[language] = items;
  }
  return heldOut as HeldOut;
}

function isLabelledUtterance(item: unknown): item is LabelledUtterance {
  return (
    Array.isArray(item) &&
    item.length === 2 &&
    typeof item[0] === 'string' &&
    CORPUS_LABELS.includes(item[1] as ClassifiedIntent)
  );
}

/** A small seeded PRNG (mulberry32), so that folds are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits a corpus into k folds, each holding about 1/k of every label's utterances (None's too). */
export function stratifiedFolds(corpus: LanguageCorpus, k: number, seed: number): LabelledUtterance[][] {
  const random = seededRandom(seed);
  const folds: LabelledUtterance[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const label of CORPUS_LABELS) {
    const shuffled = [...corpus[label]];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    // Continuing the round-robin across intents keeps the fold sizes within one of each other.
    for (const text of shuffled) {
      folds[next].push([text, label]);
      next = (next + 1) % k;
    }
  }
  return folds;
}

export function corpusOf(utterances: readonly LabelledUtterance[]): LanguageCorpus {
  const corpus = {} as Record<ClassifiedIntent, string[]>;
  for (const label of CORPUS_LABELS) {
    corpus[label] = utterances.filter(([, l]) => l === label).map(([text]) => text);
  }
  return corpus;
}

/** Classifies the samples; train the classifier with `threshold: 0` to apply thresholds afterwards. */
export async function predict(
  classifier: IntentClassifier,
  language: Language,
  samples: readonly LabelledUtterance[],
): Promise<Prediction[]> {
  const predictions: Prediction[] = [];
  for (const [text, expected] of samples) {
    const { intent, confidence } = await classifier.classify(text, language);
    predictions.push({ text, expected, intent, confidence });
  }
  return predictions;
}

/** Predictions for every utterance of the corpus, each by a classifier trained on the other folds. */
export async function crossValidate(
  corpus: LanguageCorpus,
  language: Language,
  seed = 42,
  naiveBayesWeight = DEFAULT_NAIVE_BAYES_WEIGHT,
): Promise<Prediction[]> {
  const folds = stratifiedFolds(corpus, 5, seed);
  const predictions: Prediction[] = [];
  for (let i = 0; i < folds.length; i++) {
    const training = corpusOf(folds.filter((_, j) => j !== i).flat());
    const classifier = await IntentClassifier.train(
      { [language]: training },
      { threshold: 0, naiveBayesWeight },
    );
    predictions.push(...(await predict(classifier, language, folds[i])));
  }
  return predictions;
}

export interface EvaluationInput {
  corpora: Required<Corpus>;
  heldOut: HeldOut;
  /** The fresh-phrasing slice, scored like the held-out one. */
  fresh?: HeldOut;
  threshold: number;
  showErrors: boolean;
  /**
   * Fold seeds; the scores pool every seed's predictions. One split moves in-scope accuracy by a
   * point or two either way (adding eight utterances reshuffles every fold), so comparing two
   * corpora or settings takes several.
   */
  cvSeeds?: readonly number[];
  /** The naive Bayes share of the blend (0: the neural network alone). */
  naiveBayesWeight?: number;
}

/** The markdown report of `npm run nlu:eval`: cross-validation and held-out scores per language. */
export async function evaluateNlu({
  corpora,
  heldOut,
  fresh,
  threshold,
  showErrors,
  cvSeeds = [42],
  naiveBayesWeight = DEFAULT_NAIVE_BAYES_WEIGHT,
}: EvaluationInput): Promise<string> {
  const started = performance.now();
  const classifier = await IntentClassifier.train(corpora, { threshold: 0, naiveBayesWeight });
  const trainingMs = performance.now() - started;
  const sizes = LANGUAGES.map((l) => `${l} ${CORPUS_LABELS.reduce((n, i) => n + corpora[l][i].length, 0)}`);
  const sections = [
    `# NLU evaluation (threshold ${threshold}, None margin ${DEFAULT_NONE_MARGIN}, naive Bayes weight ${naiveBayesWeight}, ${describeGate(DEFAULT_OOV_GATE)})`,
    `Corpus: ${sizes.join(', ')} utterances; training both languages took ${trainingMs.toFixed(0)} ms.`,
  ];
  const withErrors = (report: EvaluationReport) =>
    showErrors ? report.errors.map((e) => `- \`${e.text}\`: ${e.expected} → ${e.predicted}`) : [];
  // One slice's report: accuracy and per-intent scores, in-scope accuracy and None recall, errors.
  const sliceSections = (title: string, predictions: Prediction[]): string[] => {
    const outcomes = applyThreshold(predictions, threshold);
    const report = score(outcomes);
    return [formatReport(title, report), formatScope(scoreScope(outcomes)), ...withErrors(report)];
  };
  const seedsNote = cvSeeds.length > 1 ? ` (fold seeds ${cvSeeds.join(', ')}, pooled)` : '';
  for (const language of LANGUAGES) {
    const cv: Prediction[] = [];
    for (const seed of cvSeeds) {
      cv.push(...(await crossValidate(corpora[language], language, seed, naiveBayesWeight)));
    }
    const held = await predict(classifier, language, heldOut[language]);
    sections.push(
      ...sliceSections(`${language}: 5-fold stratified cross-validation${seedsNote}`, cv),
      ...sliceSections(`${language}: held-out (${heldOut[language].length} utterances)`, held),
    );
    if (fresh) {
      sections.push(
        ...sliceSections(
          `${language}: fresh phrasing (${fresh[language].length} utterances)`,
          await predict(classifier, language, fresh[language]),
        ),
      );
    }
    sections.push(formatSweep(language, cv, held));
  }
  return `${sections.join('\n\n')}\n`;
}

async function main(): Promise<void> {
  const thresholdArg = process.argv.find((arg) => arg.startsWith('--threshold='));
  const seedsArg = process.argv.find((arg) => arg.startsWith('--cv-seeds='));
  const weightArg = process.argv.find((arg) => arg.startsWith('--naive-bayes-weight='));
  const report = await evaluateNlu({
    corpora: loadCorpora(),
    heldOut: loadHeldOut(),
    fresh: loadHeldOut('held-out-fresh'),
    threshold: thresholdArg ? Number(thresholdArg.split('=')[1]) : DEFAULT_INTENT_THRESHOLD,
    showErrors: process.argv.includes('--errors'),
    cvSeeds: seedsArg ? seedsArg.split('=')[1].split(',').map(Number) : undefined,
    naiveBayesWeight: weightArg ? Number(weightArg.split('=')[1]) : undefined,
  });
  process.stdout.write(report);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

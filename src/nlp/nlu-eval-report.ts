import { NO_INTENT } from './nlp.types';
import type { ClassifiedIntent, Language } from './nlp.types';
import type { OovGate } from './oov-gate';
import { CORPUS_LABELS } from './training-corpus';

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationReport {
  accuracy: number;
  macroF1: number;
  perClass: Map<ClassifiedIntent, ClassScores>;
  errors: Array<{ text: string; expected: ClassifiedIntent; predicted: ClassifiedIntent }>;
}

/** What a classifier said about one labelled utterance, before any threshold is applied. */
export interface Prediction {
  text: string;
  expected: ClassifiedIntent;
  intent: ClassifiedIntent;
  confidence: number;
}

export type Outcome = readonly [expected: ClassifiedIntent, predicted: ClassifiedIntent, text: string];

export function applyThreshold(predictions: readonly Prediction[], threshold: number): Outcome[] {
  return predictions.map(({ text, expected, intent, confidence }) => [
    expected,
    confidence < threshold ? NO_INTENT : intent,
    text,
  ]);
}

/** Accuracy, per-class precision/recall/F1 and their macro-F1 over the classes that occur in the gold labels. */
export function score(results: readonly Outcome[]): EvaluationReport {
  const perClass = new Map<ClassifiedIntent, ClassScores>();
  for (const label of CORPUS_LABELS) {
    const truePositives = results.filter(([e, p]) => e === label && p === label).length;
    const predicted = results.filter(([, p]) => p === label).length;
    const support = results.filter(([e]) => e === label).length;
    if (support === 0) continue;
    const precision = predicted === 0 ? 0 : truePositives / predicted;
    const recall = truePositives / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass.set(label, { precision, recall, f1, support });
  }
  const f1s = [...perClass.values()].map((c) => c.f1);
  return {
    accuracy: results.filter(([e, p]) => e === p).length / Math.max(results.length, 1),
    macroF1: f1s.reduce((sum, f1) => sum + f1, 0) / Math.max(f1s.length, 1),
    perClass,
    errors: results
      .filter(([e, p]) => e !== p)
      .map(([expected, predicted, text]) => ({ text, expected, predicted })),
  };
}

const pct = (value: number): string => `${(value * 100).toFixed(1)}`;

export const describeGate = (gate: OovGate): string =>
  `OOV gate: ≥ ${gate.minContentWords} content words, ≤ ${pct(gate.maxKnownFraction)}% known, best intent < ${gate.maxConfidence}`;

/**
 * Accuracy and macro-F1 over the utterances that name an intent, and the recall of the off-topic
 * ones (labelled None): the two sides of out-of-scope detection, scored apart so that more None
 * examples in the data do not flatter or hide what happens to the intents.
 */
export interface ScopeScores {
  inScope: EvaluationReport;
  /** Null when the sample holds no None utterance. */
  noneRecall: number | null;
}

export function scoreScope(results: readonly Outcome[]): ScopeScores {
  const offTopic = results.filter(([expected]) => expected === NO_INTENT);
  return {
    inScope: score(results.filter(([expected]) => expected !== NO_INTENT)),
    noneRecall:
      offTopic.length === 0 ? null : offTopic.filter(([, p]) => p === NO_INTENT).length / offTopic.length,
  };
}

export function formatScope({ inScope, noneRecall }: ScopeScores): string {
  const none = noneRecall === null ? 'no None utterances' : `None recall **${pct(noneRecall)}%**`;
  return `In scope: accuracy **${pct(inScope.accuracy)}%**, macro-F1 **${pct(inScope.macroF1)}%**; ${none}`;
}

export function formatReport(title: string, report: EvaluationReport): string {
  const lines = [
    `### ${title}`,
    '',
    `Accuracy **${pct(report.accuracy)}%**, macro-F1 **${pct(report.macroF1)}%**`,
    '',
    '| intent | precision | recall | F1 | n |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const [label, c] of report.perClass) {
    lines.push(`| ${label} | ${pct(c.precision)} | ${pct(c.recall)} | ${pct(c.f1)} | ${c.support} |`);
  }
  return lines.join('\n');
}

const SWEEP = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

export function formatSweep(language: Language, cv: Prediction[], held: Prediction[]): string {
  const lines = [
    `### ${language}: threshold sweep`,
    '',
    'In-scope accuracy and macro-F1 leave out the utterances labelled None; None recall is theirs.',
    '',
    '| threshold | CV accuracy | CV macro-F1 | CV None recall | held-out accuracy | held-out macro-F1 | held-out None recall |',
    '|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const recall = (value: number | null) => (value === null ? '–' : pct(value));
  for (const threshold of SWEEP) {
    const c = scoreScope(applyThreshold(cv, threshold));
    const h = scoreScope(applyThreshold(held, threshold));
    lines.push(
      `| ${threshold} | ${pct(c.inScope.accuracy)} | ${pct(c.inScope.macroF1)} | ${recall(c.noneRecall)} | ` +
        `${pct(h.inScope.accuracy)} | ${pct(h.inScope.macroF1)} | ${recall(h.noneRecall)} |`,
    );
  }
  return lines.join('\n');
}

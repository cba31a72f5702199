import { createRequire } from 'node:module';
import type { NlpjsInternals } from './oov-gate';

// NLP.js ships no type declarations: it is loaded untyped and only the parts used here are described.
interface NlpjsContainer {
  use(plugin: unknown): void;
  register(name: string, instance: unknown): void;
  registerConfiguration(tag: string, settings: Record<string, unknown>): void;
}
export interface NlpjsClassification {
  intent: string;
  score: number;
}
interface NlpjsResult extends NlpjsClassification {
  classifications: NlpjsClassification[];
}
export interface NlpjsNlp extends NlpjsInternals {
  addLanguage(locales: string[]): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  export(minified: boolean): string;
  import(data: string): void;
  classify(locale: string, utterance: string): Promise<NlpjsResult>;
}
type NlpjsNlpClass = new (settings: Record<string, unknown>) => NlpjsNlp;

const loadUntyped = createRequire(__filename);
const { containerBootstrap } = loadUntyped('@nlpjs/core') as { containerBootstrap: () => NlpjsContainer };
const { Nlp } = loadUntyped('@nlpjs/nlp') as { Nlp: NlpjsNlpClass };
const { LangEs } = loadUntyped('@nlpjs/lang-es') as { LangEs: unknown };
const { LangEn } = loadUntyped('@nlpjs/lang-en') as { LangEn: unknown };

// The settings of every language's neural classifier (NLP.js reads them from the container under
// `nlu-??`; registering them replaces its defaults, which are repeated here).
export const NLU_SETTINGS = {
  keepStopwords: true,
  nonefeatureValue: 1,
  nonedeltaMultiplier: 1.2,
  spellCheck: false,
  spellCheckDistance: 1,
  filterZeros: true,
  // NLP.js defaults to true, which prints "Epoch N loss ..." for every training epoch.
  log: false,
  // Output scale of the perceptrons (NLP.js default 0.07). A smaller one makes training stop at
  // smaller weights, which generalises better on a corpus this size.
  alpha: 0.002,
  // Training epochs (NLP.js default 20000, stopping earlier at a tiny error, which took 500-800 here
  // with the word pairs and prefixes of classifierInput). Stopping early is the regulariser: 150
  // cross-validated best before the character n-grams; with them, 100 scores the same (fold seeds
  // 1-3 tuned, 7-10 and 42 checked) and trains both languages in two thirds of the time.
  iterations: 100,
};

// NLP.js logs through console (e.g. "utterance contains only stop words"); a classifier in a
// server must not write to stdout, so its container gets a logger that drops everything.
const LOG_METHODS = ['debug', 'info', 'warn', 'error', 'log', 'trace', 'fatal'];
const silentLogger = Object.fromEntries(LOG_METHODS.map((method) => [method, () => undefined]));

/** An untrained NLP.js Nlp with Spanish and English, NLU_SETTINGS and a silent logger. */
export function createNlp(): NlpjsNlp {
  const container = containerBootstrap();
  container.use(LangEs);
  container.use(LangEn);
  container.register('logger', silentLogger);
  container.registerConfiguration('nlu-??', { ...NLU_SETTINGS });
  return new Nlp({ container, autoSave: false, autoLoad: false });
}

import { Injectable, type OnApplicationBootstrap, Optional } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import type { Tenant } from '../tenants/tenant';
import { extractEntities } from './entities/extract-entities';
import { IntentClassifier, loadCorpora } from './intent-classifier';
import { chooseLanguage, detectLanguage } from './language-detector';
import { type Language, LANGUAGES, type ParseResult } from './nlp.types';

export interface ParseContext {
  /** Whose room types, timezone and default language to read the text with. */
  tenant?: Tenant;
  /** Read the text in this language (no detection). */
  language?: Language;
  /** The conversation's language so far: kept unless the text is clearly in another. */
  sessionLanguage?: string;
  /** When the message arrived ("mañana" counts from it). */
  now?: Date;
  signal?: AbortSignal;
}

/** Trained once per process (from the corpus files) and shared by every app instance in it. */
let sharedClassifier: Promise<IntentClassifier> | undefined;

function classifier(): Promise<IntentClassifier> {
  sharedClassifier ??= IntentClassifier.train(loadCorpora());
  return sharedClassifier;
}

/**
 * What a guest message says: its language (detected, the conversation's, or the hotel's default),
 * the intent (NLP.js, trained on src/nlp/corpus) and the entities (dates with chrono-node, party
 * size, room types, booking codes, names, e-mails, info topics).
 */
@Injectable()
export class NluService implements OnApplicationBootstrap {
  constructor(
    @InjectPinoLogger('nlp') private readonly logger: PinoLogger,
    @Optional() private readonly config?: AppConfig,
  ) {}

  /**
   * In a process that takes queue jobs, training starts with the app but does not hold up start-up;
   * the first parse waits for it. An API-only process (APP_ROLE=api) parses only for the admin
   * endpoint, so it trains on that first call instead of spending a second and the model's heap on
   * every webhook replica.
   */
  onApplicationBootstrap(): void {
    if (this.config?.consumesQueues === false) return;
    const started = Date.now();
    classifier().then(
      () => this.logger.info({ trainingMs: Date.now() - started }, 'nlp.ready'),
      (error: unknown) => this.logger.error({ err: error }, 'nlp.training_failed'),
    );
  }

  async parse(text: string, context: ParseContext = {}): Promise<ParseResult> {
    const tenant = context.tenant;
    const language =
      context.language ??
      chooseLanguage({
        detected: detectLanguage(text),
        sessionLanguage: asLanguage(context.sessionLanguage),
        tenantDefault: tenant?.languages.map(asLanguage).find((candidate) => candidate !== null) ?? 'es',
      });
    const model = await classifier();
    context.signal?.throwIfAborted();
    const { intent, confidence } = await model.classify(text, language);
    context.signal?.throwIfAborted();
    const entities = extractEntities(text, {
      language,
      now: context.now ?? new Date(),
      timezone: tenant?.timezone ?? 'UTC',
      roomTypes: tenant?.roomTypes ?? [],
    });
    return { intent, confidence: round(confidence), language, entities };
  }
}

function asLanguage(value: string | null | undefined): Language | null {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

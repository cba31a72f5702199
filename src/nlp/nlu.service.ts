import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import type { Tenant } from '../tenants/tenant';
import type { Language, ParseResult } from './nlp.types';
import type { ParseRequest } from './parse-text';
import { NluThread, type NluThreadEvent } from './thread/nlu-thread';

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

/** A parse's budget when neither the caller's signal nor an AppConfig gives one (NLP_TIMEOUT_MS's default). */
const DEFAULT_BUDGET_MS = 5000;

/** An app instance using the shared NLU thread: where its events are logged, and its parse budget. */
interface ThreadUser {
  log(event: NluThreadEvent): void;
  budgetMs: number;
}

/**
 * With NLP_THREAD=worker, one NLU thread per process, shared by every app instance in it (as the
 * model was when it lived on the main thread) and ended when the last of them shuts down. It does
 * not keep the process alive while idle. Its events are logged by the oldest instance still up, and
 * a parse given up on is taken for stuck after the longest budget of those up (never under 1 s).
 */
let shared: { thread: NluThread; users: Set<ThreadUser> } | undefined;

function sharedThread(): NonNullable<typeof shared> {
  if (shared) return shared;
  const users = new Set<ThreadUser>();
  const thread = new NluThread({
    stuckAfterMs: () => Math.max(1000, ...Array.from(users, (user) => user.budgetMs)),
    onEvent: (event) => users.values().next().value?.log(event),
  });
  shared = { thread, users };
  return shared;
}

/**
 * NLP.js, chrono-node and the corpus, loaded only where the NLU runs on the main thread: with the NLU
 * thread they would be 8 MB of the main heap that every major GC marks for nothing.
 */
function mainThreadNlu(): Promise<typeof import('./parse-text')> {
  return import('./parse-text');
}

/**
 * What a guest message says: its language (detected, the conversation's, or the hotel's default),
 * the intent (NLP.js, trained on src/nlp/corpus) and the entities (dates with chrono-node, party
 * size, room types, booking codes, names, e-mails, info topics). By default this runs on a worker
 * thread (NLP_THREAD); without an AppConfig (unit tests, tools) it runs on the calling thread.
 */
@Injectable()
export class NluService implements OnApplicationBootstrap, OnApplicationShutdown {
  private thread: NluThread | undefined;
  private readonly threadUser: ThreadUser;
  /** Shut down: its thread may be gone, and training the NLU on the event loop instead is no answer. */
  private closed = false;

  constructor(
    @InjectPinoLogger('nlp') private readonly logger: PinoLogger,
    @Optional() private readonly config?: AppConfig,
  ) {
    this.threadUser = {
      log: (event) => this.log(event),
      budgetMs: config?.pipeline.nlpTimeoutMs ?? DEFAULT_BUDGET_MS,
    };
    if (config?.nlpThread === 'worker') {
      const { thread, users } = sharedThread();
      users.add(this.threadUser);
      this.thread = thread;
    }
  }

  /**
   * In a process that takes queue jobs, training starts with the app. On the NLU thread, start-up
   * waits for it (about a second and a half), so no message meets a model still in training; on the
   * main thread, training holds the event loop most of that time anyway and the first parse waits
   * for the rest. An API-only process (APP_ROLE=api) parses only for the admin endpoint, so it
   * trains on that first call instead of spending a second and the model's heap on every webhook
   * replica. A failed training is logged (parses then fail into the NLU fallback), not fatal.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config?.consumesQueues === false) return;
    if (this.thread) {
      await this.thread.start().catch(() => undefined);
      return;
    }
    const started = Date.now();
    void mainThreadNlu()
      .then(({ trainedClassifier }) => trainedClassifier())
      .then(
        () => this.log({ kind: 'ready', trainingMs: Date.now() - started }),
        (error: unknown) => this.log({ kind: 'training-failed', message: String(error) }),
      );
  }

  /** Runs after the queues have drained (their modules close first): no parse is in flight. */
  async onApplicationShutdown(): Promise<void> {
    if (!this.thread || shared?.thread !== this.thread) return;
    this.closed = true;
    this.thread = undefined;
    shared.users.delete(this.threadUser);
    if (shared.users.size > 0) return;
    const { thread } = shared;
    shared = undefined;
    await thread.stop();
  }

  /**
   * Without a signal (the admin endpoint's parse), the parse gets NLP_TIMEOUT_MS: on the NLU thread
   * that bounds the wait for a thread that does not come back.
   */
  async parse(text: string, context: ParseContext = {}): Promise<ParseResult> {
    if (this.closed) throw new Error('the NLU has shut down');
    const { tenant } = context;
    const request: ParseRequest = {
      text,
      language: context.language,
      sessionLanguage: context.sessionLanguage,
      tenantLanguages: tenant?.languages ?? [],
      timezone: tenant?.timezone ?? 'UTC',
      roomTypes: tenant?.roomTypes ?? [],
      nowMs: (context.now ?? new Date()).getTime(),
    };
    const signal =
      context.signal ?? AbortSignal.timeout(this.config?.pipeline.nlpTimeoutMs ?? DEFAULT_BUDGET_MS);
    if (this.thread) return this.thread.parse(request, tenant?.id ?? '', signal);
    const { parseText } = await mainThreadNlu();
    return parseText(request, signal);
  }

  private log(event: NluThreadEvent): void {
    switch (event.kind) {
      case 'ready':
        return this.logger.info({ trainingMs: event.trainingMs }, 'nlp.ready');
      case 'training-failed':
        return this.logger.error({ reason: event.message }, 'nlp.training_failed');
      case 'exited':
        return this.logger.error(
          { code: event.code, pending: event.pending, reason: event.reason },
          'nlp.thread_exited',
        );
      case 'stuck':
        return this.logger.error({ abandonedMs: event.abandonedMs }, 'nlp.thread_stuck');
    }
  }
}

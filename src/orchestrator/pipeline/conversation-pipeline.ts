import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Counter, Histogram } from 'prom-client';
import { Clock } from '../../common/clock';
import { calendarDateIn } from '../../common/calendar';
import { AppConfig } from '../../config/app-config';
import { MediaDownloader } from '../../messaging/media-downloader.port';
import type { ReplyContent } from '../../messaging/outbound-message';
import type { UnifiedMessage } from '../../messaging/unified-message';
import type { Language } from '../../nlp/nlp.types';
import { NluService } from '../../nlp/nlu.service';
import type { Session } from '../../session/session';
import type { Tenant } from '../../tenants/tenant';
import { BookingFlow } from '../booking/booking-flow';
import {
  isSideQuestion,
  settleAfterRouting,
  settleBeforeRouting,
  stateFromSession,
} from '../dialogue/conversation-state';
import { forgetEarlierAnswers } from '../dialogue/topic-follow-up';
import { DialogueRouter } from '../dialogue/dialogue-router';
import type { Routing } from '../dialogue/routing';
import { answerFallback } from '../dialogue/fallback';
import { IntentHandlerRegistry } from '../dialogue/intent-handler.registry';
import { answerOtherQuestions } from '../dialogue/other-questions-answered';
import { Turn } from '../dialogue/turn';
import {
  MESSAGE_PROCESSING_SECONDS,
  type PipelineStage,
  STAGE_TIMEOUTS_TOTAL,
} from '../orchestrator.metrics';
import { noticesWhileWithStaff } from '../handoff/while-with-staff';
import { Phrasebook, type PhraseKey } from '../replies/phrasebook';
import { Transcriber } from '../voice/transcriber.port';
import { foldForEmail } from './email-replies';
import { type PipelineResult, type ProcessOutcome, quietResult } from './pipeline-result';
import { knownLanguage, replyLanguage } from './reply-language';
import { runWithBudget, type StageResult } from './stage-budget';

/** WhatsApp voice notes are at most 16 MB; the transcription APIs take up to 25 MB. */
const MAX_AUDIO_BYTES = 16 * 1024 * 1024;

/**
 * handleMessage of design §6: voice → text, NLU, routing and the intent's handler, each stage within
 * its budget (TRANSCRIPTION_TIMEOUT_MS, NLP_TIMEOUT_MS, HANDLER_TIMEOUT_MS) with real cancellation.
 * An overrun or an exception becomes a fallback reply in the guest's language, a log line and a
 * metric — never silence. Pure with respect to storage: the caller saves and sends.
 */
@Injectable()
export class ConversationPipeline {
  constructor(
    private readonly nlu: NluService,
    private readonly transcriber: Transcriber,
    private readonly media: MediaDownloader,
    private readonly router: DialogueRouter,
    private readonly registry: IntentHandlerRegistry,
    private readonly booking: BookingFlow,
    private readonly phrases: Phrasebook,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectMetric(STAGE_TIMEOUTS_TOTAL) private readonly timeouts: Counter<'stage'>,
    @InjectMetric(MESSAGE_PROCESSING_SECONDS) private readonly seconds: Histogram<'stage'>,
    @InjectPinoLogger('orchestrator') private readonly logger: PinoLogger,
  ) {}

  async handle(
    message: UnifiedMessage,
    tenant: Tenant,
    session: Session,
    signal: AbortSignal,
    throttle: { throttled: boolean; notify: boolean } = { throttled: false, notify: false },
  ): Promise<PipelineResult> {
    const language = knownLanguage(session, tenant);
    const quiet = (outcome: ProcessOutcome, replies: ReplyContent[] = []): PipelineResult =>
      quietResult(outcome, language, replies);
    if (session.handoff)
      return quietResult(
        'silenced',
        language,
        [],
        noticesWhileWithStaff(message, tenant, this.phrases, throttle, language),
      );
    if (message.kind === 'reaction') return quiet('ignored');
    // Over RATE_LIMIT_GUEST_PER_MIN (GuestThrottle): the first in the window gets a notice, the rest silence.
    if (throttle.throttled)
      return quiet('throttled', throttle.notify ? [this.reply(language, 'throttle.notice', tenant)] : []);
    let text = message.text?.trim() ?? '';
    if (message.kind === 'audio') {
      const heard = await this.transcribe(message, tenant, session, signal);
      if (typeof heard !== 'string') return quiet(heard.outcome, [this.reply(language, heard.key, tenant)]);
      text = heard;
    }
    if (!text && !message.interactive)
      return quiet('unsupported', [this.reply(language, 'unsupported', tenant)]);

    const now = this.clock.date();
    const parsed = await this.stage('nlu', this.config.pipeline.nlpTimeoutMs, signal, (s) =>
      this.nlu.parse(text, {
        tenant,
        // A tapped button's title is our words, in the conversation's language: none of the guest's.
        language: message.interactive && session.language ? language : undefined,
        sessionLanguage: session.language ?? undefined,
        now,
        signal: s,
      }),
    );
    if (!parsed.ok) return this.failed('nlu', parsed, message, language, tenant);

    const state = stateFromSession(session, replyLanguage(session, text, parsed.value.language));
    settleBeforeRouting(state, session.updatedAt, now);
    const heardMessage = { ...message, text };
    let routing: Routing;
    try {
      routing = this.router.route(heardMessage, parsed.value, state, calendarDateIn(tenant.timezone, now));
    } catch (error) {
      // A reading that throws is a bug: the guest gets the fallback, not a retried job and silence.
      return this.failed(
        'handler',
        { ok: false, failure: 'error', error },
        message,
        parsed.value.language,
        tenant,
      );
    }
    const sideQuestion = isSideQuestion(state, routing.intent, routing.nlu.entities);
    if (!sideQuestion) settleAfterRouting(state, routing.intent);
    const handled = await this.stage('handler', this.config.pipeline.handlerTimeoutMs, signal, async (s) => {
      // The handler works on its own copy: one that overruns cannot change what gets saved.
      const turn = new Turn(heardMessage, tenant, routing.nlu, structuredClone(state), s, now, this.phrases);
      const handler = routing.intent ? this.registry.get(routing.intent) : undefined;
      if (handler) {
        await handler.handle(turn);
        await answerOtherQuestions(turn, routing.intent, this.registry);
      } else {
        answerFallback(turn);
        // "Can we continue in English?" at an offer or a summary: its question again, in that language.
        if (turn.outcome !== 'fallback') this.booking.remind(turn);
      }
      if (sideQuestion) this.remindOrSettle(turn, routing.intent);
      forgetEarlierAnswers(turn.state, message.id);
      return turn;
    });
    if (!handled.ok) return this.failed('handler', handled, message, parsed.value.language, tenant);

    const turn = handled.value;
    if (turn.outcome !== 'fallback') turn.state.fallbackCount = 0;
    if (turn.replies.length === 0) {
      this.logger.error(
        { correlationId: message.correlationId, tenantId: tenant.id, intent: routing.intent },
        'pipeline.handler_said_nothing',
      );
      turn.replies.push({ type: 'text', text: turn.text('error.technical', { phone: tenant.info.phone }) });
    }
    this.logger.debug(
      { correlationId: message.correlationId, tenantId: tenant.id, intent: routing.intent, via: routing.via },
      'pipeline.routed',
    );
    return {
      replies: message.channel === 'gmail' ? foldForEmail(turn.replies) : turn.replies,
      staffNotices: turn.staffNotices,
      state: turn.state,
      intent: routing.intent ?? 'none',
      confidence: routing.nlu.confidence,
      outcome: turn.outcome,
      language: turn.language,
    };
  }

  /**
   * After a side question: the pending offer or summary is asked for again, unless the handler
   * already asked something of its own (then, as after any other request, the old question lapses).
   */
  private remindOrSettle(turn: Turn, intent: string | null): void {
    const askedItself = turn.replies.some((reply) => reply.type === 'buttons' || reply.type === 'list');
    if (askedItself || !this.booking.remind(turn)) settleAfterRouting(turn.state, intent);
  }

  /** The voice note as text, or the reply to send instead. */
  private async transcribe(
    message: UnifiedMessage,
    tenant: Tenant,
    session: Session,
    signal: AbortSignal,
  ): Promise<string | { key: PhraseKey; outcome: ProcessOutcome }> {
    if (!this.transcriber.isConfigured) return { key: 'voice.not_configured', outcome: 'voice_unavailable' };
    const heard = await this.stage(
      'transcription',
      this.config.transcription.timeoutMs,
      signal,
      async (s) => {
        const clip = await this.media.download(message, tenant, { maxBytes: MAX_AUDIO_BYTES, signal: s });
        return this.transcriber.transcribe(clip, session.language ?? undefined, s);
      },
    );
    if (heard.ok) return heard.value;
    this.logFailure('transcription', heard, message, tenant);
    return { key: 'voice.failed', outcome: heard.failure };
  }

  private async stage<T>(
    stage: PipelineStage,
    budgetMs: number,
    signal: AbortSignal,
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<StageResult<T>> {
    const started = performance.now();
    const result = await runWithBudget(stage, budgetMs, signal, work);
    this.seconds.observe({ stage }, (performance.now() - started) / 1000);
    if (!result.ok && result.failure === 'timeout') this.timeouts.inc({ stage });
    return result;
  }

  private failed(
    stage: PipelineStage,
    result: Extract<StageResult<unknown>, { ok: false }>,
    message: UnifiedMessage,
    language: Language,
    tenant: Tenant,
  ): PipelineResult {
    this.logFailure(stage, result, message, tenant);
    return quietResult(result.failure, language, [this.reply(language, 'error.technical', tenant)]);
  }

  private logFailure(
    stage: PipelineStage,
    result: Extract<StageResult<unknown>, { ok: false }>,
    message: UnifiedMessage,
    tenant: Tenant,
  ): void {
    this.logger.warn(
      {
        correlationId: message.correlationId,
        stage,
        failure: result.failure,
        tenantId: tenant.id,
        channel: message.channel,
        messageId: message.id,
        err: result.error,
      },
      'pipeline.stage_failed',
    );
  }

  private reply(language: Language, key: PhraseKey, tenant: Tenant): ReplyContent {
    return { type: 'text', text: this.phrases.text(language, key, { phone: tenant.info.phone }) };
  }
}

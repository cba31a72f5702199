import { performance } from 'node:perf_hooks';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { linkSignals } from '../../common/async';
import { tagCorrelation } from '../../common/logging/correlation-context';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Counter, Histogram } from 'prom-client';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { conversationLockKey } from '../../lock/lock-keys';
import { LockService } from '../../lock/lock.service';
import { type JobContext, UnrecoverableJobError, WorkQueue } from '../../queue/work-queue.port';
import { hasHandled, recordHandledMessage, recordIntent, type Session } from '../../session/session';
import { SessionManager } from '../../session/session-manager';
import { guestRef } from '../../session/session-keys';
import { TenantNotFoundError } from '../../tenants/tenant.errors';
import { TenantRegistry } from '../../tenants/tenant-registry';
import { Clock } from '../../common/clock';
import {
  GUEST_MESSAGES_THROTTLED_TOTAL,
  HANDOFFS_TOTAL,
  MESSAGE_PROCESSING_SECONDS,
  MESSAGES_PROCESSED_TOTAL,
} from '../orchestrator.metrics';
import { ConversationInbox, type InboxEntry } from './conversation-inbox';
import { ConversationPipeline } from './conversation-pipeline';
import { GuestThrottle, type GuestVerdict } from './guest-throttle';
import type { PipelineResult } from './pipeline-result';
import { ReplyOutbox } from './reply-outbox';

/**
 * The inbound queue's worker (design §2 step 5). Under the guest's conversation lock it handles every
 * message waiting in the conversation's inbox, oldest first: session, pipeline, replies queued, then
 * the session saved with the message marked handled. A redelivered or retried message that was
 * handled already is skipped; a retry after a crash re-queues the same reply job ids (no double send)
 * and books with the same idempotency key (no double booking).
 */
@Injectable()
export class InboundWorker implements OnModuleInit {
  constructor(
    private readonly queue: WorkQueue,
    private readonly inbox: ConversationInbox,
    private readonly locks: LockService,
    private readonly sessions: SessionManager,
    private readonly tenants: TenantRegistry,
    private readonly pipeline: ConversationPipeline,
    private readonly outbox: ReplyOutbox,
    private readonly throttle: GuestThrottle,
    private readonly clock: Clock,
    @InjectMetric(MESSAGES_PROCESSED_TOTAL)
    private readonly processed: Counter<'channel' | 'intent' | 'outcome'>,
    @InjectMetric(MESSAGE_PROCESSING_SECONDS) private readonly seconds: Histogram<'stage'>,
    @InjectMetric(HANDOFFS_TOTAL) private readonly handoffs: Counter<'event'>,
    @InjectMetric(GUEST_MESSAGES_THROTTLED_TOTAL) private readonly throttled: Counter<'channel'>,
    @InjectPinoLogger('orchestrator') private readonly logger: PinoLogger,
  ) {}

  onModuleInit(): void {
    this.queue.process<UnifiedMessage>('inbound', (job) => this.run(job));
  }

  async run(job: JobContext<UnifiedMessage>): Promise<void> {
    const message = job.data;
    // In the inbox before the lock is asked for: whoever holds the lock when it lands answers it.
    await this.inbox.enter(message);
    const waitStarted = performance.now();
    await this.locks.withLock(
      [conversationLockKey(message.tenantId, message.channel, message.from)],
      async (signal) => {
        this.seconds.observe({ stage: 'lock' }, (performance.now() - waitStarted) / 1000);
        await this.drain(message, signal);
      },
      { owner: `inbound:${job.id}`, signal: job.signal },
    );
  }

  /** Handles everything waiting in the conversation, oldest first. */
  private async drain(trigger: UnifiedMessage, signal: AbortSignal): Promise<void> {
    const loaded = performance.now();
    // One store call reads the session and the inbox; when the inbox is empty (another worker
    // answered it meanwhile, which is rare) the session was read for nothing.
    const inboxKey = this.inbox.keyOf(trigger);
    const opened = await this.sessions.getOrCreateWithList(
      trigger.tenantId,
      trigger.channel,
      trigger.from,
      inboxKey,
      { correlationId: trigger.correlationId },
    );
    const entries = await this.inbox.entriesIn(trigger, opened.list);
    if (entries.length === 0) return;
    this.seconds.observe({ stage: 'session' }, (performance.now() - loaded) / 1000);
    let session = opened.session;
    for (const entry of entries) {
      if (signal.aborted) throw signal.reason;
      if (hasHandled(session, entry.message.id)) await this.inbox.done(trigger, entry);
      else session = await this.handle(inboxKey, entry, session, signal);
    }
  }

  /** Handles one message; the session save that marks it handled also takes it out of the inbox. */
  private async handle(
    inboxKey: string,
    entry: InboxEntry,
    session: Session,
    signal: AbortSignal,
  ): Promise<Session> {
    const message = entry.message;
    const started = performance.now();
    const tenant = await this.tenants.require(message.tenantId).catch((error: unknown) => {
      if (error instanceof TenantNotFoundError)
        throw new UnrecoverableJobError(error.message, { cause: error });
      throw error;
    });
    const verdict = this.throttle.judge(session, message);
    if (verdict.throttled) this.reportThrottled(message, verdict);
    // Its own signal, tagged with its id: what its work calls (the PMS, a booking's locks) logs that id.
    const own = linkSignals([signal]);
    tagCorrelation(own.signal, message.correlationId);
    const result = await this.pipeline
      .handle(message, tenant, session, own.signal, verdict)
      .finally(() => own.unlink());
    const turn = { key: replyTurnKey(session), number: (session.replyTurns ?? 0) + 1 };
    const jobs = this.outbox.jobs(
      message,
      tenant,
      result.replies,
      result.staffNotices,
      result.language,
      turn,
    );
    if (jobs.length > 0) {
      const queued = performance.now();
      await this.queue.addAll(jobs);
      this.seconds.observe({ stage: 'reply' }, (performance.now() - queued) / 1000);
    }
    const saved = await this.sessions.update(
      session,
      (draft) => {
        this.apply(draft, message, result);
        verdict.record(draft);
        if (result.replies.length > 0) draft.replyTurns = turn.number;
      },
      { key: inboxKey, value: entry.raw },
      { correlationId: message.correlationId },
    );
    this.account(message, result, performance.now() - started);
    return saved;
  }

  /**
   * A message over RATE_LIMIT_GUEST_PER_MIN (the pipeline answers it without NLU, handler or PMS: the
   * first one in the window gets a notice, the rest silence). It is still marked handled (a retry is
   * not handled again), counted and logged: throttled, never lost.
   */
  private reportThrottled(message: UnifiedMessage, verdict: GuestVerdict): void {
    this.throttled.inc({ channel: message.channel });
    const fields = {
      correlationId: message.correlationId,
      tenantId: message.tenantId,
      channel: message.channel,
      guest: guestRef(message.from),
      messageId: message.id,
      limitPerMin: this.throttle.limitPerMin,
      notified: verdict.notify,
    };
    // The first refusal of a burst is the event worth a warning; the rest are its echo.
    if (verdict.notify) this.logger.warn(fields, 'guest.throttled');
    else this.logger.info(fields, 'guest.throttled');
  }

  /** Deterministic, as SessionManager.update requires (it may re-apply it after a conflict). */
  private apply(draft: Session, message: UnifiedMessage, result: PipelineResult): void {
    recordHandledMessage(draft, message.id);
    if (!result.state) return;
    draft.language = result.state.language;
    draft.guestName = result.state.guestName;
    draft.dialogue = result.state.dialogue;
    draft.fallbackCount = result.state.fallbackCount;
    draft.handoff = result.state.handoff;
    if (result.intent !== 'none') recordIntent(draft, result.intent, result.confidence, this.clock.date());
  }

  private account(message: UnifiedMessage, result: PipelineResult, elapsedMs: number): void {
    this.processed.inc({ channel: message.channel, intent: result.intent, outcome: result.outcome });
    this.seconds.observe({ stage: 'total' }, elapsedMs / 1000);
    if (result.outcome === 'handoff') this.handoffs.inc({ event: 'requested' });
    this.logger.info(
      {
        correlationId: message.correlationId,
        tenantId: message.tenantId,
        channel: message.channel,
        messageId: message.id,
        intent: result.intent,
        outcome: result.outcome,
        replies: result.replies.length,
        elapsedMs: Math.round(elapsedMs),
      },
      'message.processed',
    );
  }
}

/** Where the dispatcher keeps the last turn it sent to this guest; new with each session. */
function replyTurnKey(session: Session): string {
  return `reply-turn:${session.tenantId}:${session.channel}:${session.guestId}:${Date.parse(session.createdAt)}`;
}

import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Counter } from 'prom-client';
import { IterationGate } from '../../common/async';
import { isLogLevelEnabled } from '../../common/logging/log-level';
import { AppConfig } from '../../config/app-config';
import { inboundJobId } from '../../messaging/outbound-message';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { WorkQueue } from '../../queue/work-queue.port';
import { DUPLICATES_DROPPED_TOTAL, MESSAGES_RECEIVED_TOTAL } from '../gateway.metrics';

export interface IntakeResult {
  queued: number;
  duplicates: number;
}

/**
 * Puts guest messages on the inbound queue exactly once (design §2 step 3). Each job carries the
 * message's dedupe key, kept DEDUP_TTL_S: the queue drops a known key and remembers a new one in the
 * same atomic step as the enqueue (in Redis mode, inside BullMQ's add script). A message whose
 * enqueue failed is therefore never remembered as seen, and Meta's retry gets it through; concurrent
 * deliveries of one id queue one job, on any replica. One store round trip per webhook, however
 * many messages it carries; the deliveries that arrive together share it (IterationGate).
 */
@Injectable()
export class MessageIntake {
  private readonly gate = new IterationGate();

  constructor(
    private readonly queue: WorkQueue,
    private readonly config: AppConfig,
    @InjectMetric(MESSAGES_RECEIVED_TOTAL) private readonly received: Counter<'channel' | 'type'>,
    @InjectMetric(DUPLICATES_DROPPED_TOTAL) private readonly duplicates: Counter<'channel'>,
    @InjectPinoLogger('gateway') private readonly logger: PinoLogger,
  ) {}

  async accept(messages: UnifiedMessage[]): Promise<IntakeResult> {
    if (messages.length === 0) return { queued: 0, duplicates: 0 };
    for (const message of messages) this.received.inc({ channel: message.channel, type: message.kind });
    const ttlMs = this.config.dedupTtlS * 1000;
    await this.gate.pass();
    const outcomes = await this.queue.addAll(
      messages.map((message) => {
        // Meta retries a delivery for up to about a week: the id is remembered for DEDUP_TTL_S.
        const id = inboundJobId(message);
        return {
          queue: 'inbound' as const,
          name: `${message.channel}-message`,
          id,
          data: message,
          correlationId: message.correlationId,
          dedupe: { key: id, ttlMs },
        };
      }),
    );
    let queued = 0;
    outcomes.forEach((isQueued, i) => (isQueued ? (queued += 1) : this.drop(messages[i])));
    return { queued, duplicates: messages.length - queued };
  }

  private drop(message: UnifiedMessage): void {
    this.duplicates.inc({ channel: message.channel });
    if (!isLogLevelEnabled('debug')) return;
    this.logger.debug(
      {
        correlationId: message.correlationId,
        channel: message.channel,
        messageId: message.id,
        tenantId: message.tenantId,
      },
      'gateway.duplicate_dropped',
    );
  }
}

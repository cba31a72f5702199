import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Counter } from 'prom-client';
import { isLogLevelEnabled } from '../../common/logging/log-level';
import { AppConfig } from '../../config/app-config';
import { inboundJobId } from '../../messaging/outbound-message';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { WorkQueue } from '../../queue/work-queue.port';
import { Store } from '../../storage/store.port';
import { DUPLICATES_DROPPED_TOTAL, MESSAGES_RECEIVED_TOTAL } from '../gateway.metrics';

export interface IntakeResult {
  queued: number;
  duplicates: number;
}

/**
 * Puts guest messages on the inbound queue exactly once. The order matters (design §2 step 3):
 * known ids are dropped first; the rest are queued under their message id (so two concurrent
 * deliveries of one id become one job); only then are the ids remembered for DEDUP_TTL_S. A message
 * whose enqueue failed is therefore never remembered as seen, and Meta's retry gets it through.
 * Three store round trips per webhook, however many messages it carries.
 */
@Injectable()
export class MessageIntake {
  constructor(
    private readonly store: Store,
    private readonly queue: WorkQueue,
    private readonly config: AppConfig,
    @InjectMetric(MESSAGES_RECEIVED_TOTAL) private readonly received: Counter<'channel' | 'type'>,
    @InjectMetric(DUPLICATES_DROPPED_TOTAL) private readonly duplicates: Counter<'channel'>,
    @InjectPinoLogger('gateway') private readonly logger: PinoLogger,
  ) {}

  async accept(messages: UnifiedMessage[]): Promise<IntakeResult> {
    if (messages.length === 0) return { queued: 0, duplicates: 0 };
    for (const message of messages) this.received.inc({ channel: message.channel, type: message.kind });
    const seen = await this.store.getMany(messages.map(seenKey));
    const fresh = new Map<string, UnifiedMessage>();
    messages.forEach((message, i) => {
      const key = seenKey(message);
      if (seen[i] === null && !fresh.has(key)) fresh.set(key, message);
      else this.drop(message);
    });
    if (fresh.size > 0) {
      await this.queue.addAll(
        [...fresh.values()].map((message) => ({
          queue: 'inbound' as const,
          name: `${message.channel}-message`,
          id: inboundJobId(message),
          data: message,
          correlationId: message.correlationId,
        })),
      );
      await this.remember([...fresh.values()]);
    }
    return { queued: fresh.size, duplicates: messages.length - fresh.size };
  }

  private drop(message: UnifiedMessage): void {
    this.duplicates.inc({ channel: message.channel });
    if (!isLogLevelEnabled('debug')) return;
    this.logger.debug(
      { channel: message.channel, messageId: message.id, tenantId: message.tenantId },
      'gateway.duplicate_dropped',
    );
  }

  /** A failure here is not a failure of the webhook: the messages are queued; a redelivery is de-duplicated by job id. */
  private async remember(messages: UnifiedMessage[]): Promise<void> {
    try {
      await this.store.setMany(
        messages.map((message) => ({ key: seenKey(message), value: message.correlationId })),
        this.config.dedupTtlS * 1000,
      );
    } catch (error) {
      this.logger.warn({ err: error, count: messages.length }, 'gateway.dedup_marker_failed');
    }
  }
}

/** Meta retries a delivery for up to about a week: ids are remembered for DEDUP_TTL_S (7 days). */
function seenKey(message: Pick<UnifiedMessage, 'channel' | 'id'>): string {
  return `dedup:${message.channel}:${message.id}`;
}

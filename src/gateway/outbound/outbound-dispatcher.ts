import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { correlationOf } from '../../common/logging/correlation-context';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Counter } from 'prom-client';
import { ChannelSender, PermanentSendError, TransientSendError } from '../../messaging/channel-sender.port';
import type { OutboundMessage } from '../../messaging/outbound-message';
import type { Channel } from '../../messaging/unified-message';
import { type JobContext, UnrecoverableJobError, WorkQueue } from '../../queue/work-queue.port';
import { delay } from '../../common/async';
import { Store } from '../../storage/store.port';
import type { Tenant } from '../../tenants/tenant';
import { TenantRegistry } from '../../tenants/tenant-registry';
import { OUTBOUND_MESSAGES_TOTAL } from '../gateway.metrics';

export const CHANNEL_SENDERS = Symbol('CHANNEL_SENDERS');
/** How long a multi-part reply remembers how far it got, for its retries. */
const PROGRESS_TTL_MS = 24 * 3600 * 1000;
/** How long a turn's replies wait for the previous turn's to go out before going anyway. */
const TURN_WAIT_MS = 15_000;
const TURN_POLL_CAP_MS = 50;
/** The last sent turn of a conversation is kept as long as a session lives (a day by default). */
const TURN_TTL_MS = 48 * 3600 * 1000;

/**
 * The outbound queue's worker: sends each reply through its channel's sender. A transient failure
 * (rate limit, 5xx, network) fails the job so the queue retries it with backoff; a permanent one
 * (WhatsApp's closed 24-hour window 131047, an unknown number, a revoked token) is counted, logged and
 * dropped — retrying it would only fail again. A reply sent in parts resumes where it stopped.
 */
@Injectable()
export class OutboundDispatcher implements OnModuleInit {
  private readonly senders: Map<Channel, ChannelSender>;

  constructor(
    private readonly queue: WorkQueue,
    private readonly tenants: TenantRegistry,
    private readonly store: Store,
    @Inject(CHANNEL_SENDERS) senders: ChannelSender[],
    @InjectMetric(OUTBOUND_MESSAGES_TOTAL) private readonly outbound: Counter<'channel' | 'outcome'>,
    @InjectPinoLogger('gateway') private readonly logger: PinoLogger,
  ) {
    this.senders = new Map(senders.map((sender) => [sender.channel, sender]));
  }

  onModuleInit(): void {
    this.queue.process<OutboundMessage>('outbound', (job) => this.deliver(job));
  }

  async deliver(job: JobContext<OutboundMessage>): Promise<void> {
    const message = job.data;
    const sender = this.senders.get(message.channel);
    if (!sender) throw new UnrecoverableJobError(`No sender for channel ${message.channel}.`);
    const tenant = await this.tenants.require(message.tenantId);
    await this.waitForEarlierTurn(message, job.signal);
    await this.send(job, sender, tenant);
    if (message.turn) await this.store.set(message.turn.key, String(message.turn.number), TURN_TTL_MS);
  }

  /**
   * Holds a turn's replies until the previous turn's are out: workers take jobs concurrently and a
   * send can be slow, so without this a quick answer could overtake an earlier one. Bounded, so a
   * reply that failed for good never blocks the conversation.
   */
  private async waitForEarlierTurn(message: OutboundMessage, signal: AbortSignal): Promise<void> {
    const turn = message.turn;
    if (!turn || turn.number <= 1) return;
    const deadline = Date.now() + TURN_WAIT_MS;
    for (let attempt = 1; ; attempt++) {
      const sent = Number((await this.store.get(turn.key)) ?? '0');
      if (sent >= turn.number - 1) return;
      if (Date.now() >= deadline) {
        this.logger.warn(
          {
            ...correlationOf(signal),
            tenantId: message.tenantId,
            inReplyTo: message.inReplyTo,
            turn: turn.number,
            sent,
          },
          'gateway.turn_wait_expired',
        );
        return;
      }
      await delay(Math.min(TURN_POLL_CAP_MS, 5 * attempt), signal);
    }
  }

  private async send(job: JobContext<OutboundMessage>, sender: ChannelSender, tenant: Tenant): Promise<void> {
    const message = job.data;
    const progressKey = `outbound-progress:${job.id}`;
    // Only a retry can have sent parts already: the first attempt skips the read.
    const alreadySent = job.attempt > 1 ? Number((await this.store.get(progressKey)) ?? '0') : 0;
    try {
      if (alreadySent === 0 && message.index === 0) {
        // The read mark need not hold up the answer; its failure is logged by the sender.
        void sender.acknowledge(message, tenant, job.signal).catch(() => undefined);
      }
      await sender.send(message, tenant, job.signal, {
        alreadySent,
        onPartSent: async (sent, total) => {
          if (sent < total) await this.store.set(progressKey, String(sent), PROGRESS_TTL_MS);
        },
      });
      this.outbound.inc({ channel: message.channel, outcome: 'sent' });
    } catch (error) {
      if (error instanceof PermanentSendError) {
        this.outbound.inc({ channel: message.channel, outcome: error.outcome });
        this.logger.warn(
          {
            correlationId: job.correlationId,
            tenantId: message.tenantId,
            channel: message.channel,
            inReplyTo: message.inReplyTo,
            outcome: error.outcome,
          },
          'gateway.reply_dropped',
        );
        return;
      }
      if (error instanceof TransientSendError)
        this.outbound.inc({ channel: message.channel, outcome: error.outcome });
      throw error;
    }
  }
}

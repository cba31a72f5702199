import type { Tenant } from '../tenants/tenant';
import type { Channel } from './unified-message';
import type { OutboundMessage } from './outbound-message';

/** A send that must not be retried (the 24-hour window closed, a bad number, a revoked token). */
export class PermanentSendError extends Error {
  constructor(
    readonly outcome: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PermanentSendError';
  }
}

/** A send that may succeed later (rate limit, 5xx, network): the outbound queue retries it. */
export class TransientSendError extends Error {
  constructor(
    readonly outcome: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransientSendError';
  }
}

/**
 * How far an earlier attempt got with a reply sent in several parts (a long text split for
 * WhatsApp): the parts already delivered are skipped, and each new one is reported before the next
 * goes out, so the caller can keep the count durably between attempts.
 */
export interface SendProgress {
  /** Parts already delivered by earlier attempts: skipped. */
  alreadySent: number;
  /** Awaited after each delivered part (`sent` of `total`); if it throws, sending stops. */
  onPartSent?: (sent: number, total: number, providerMessageId: string | undefined) => Promise<void>;
}

/**
 * Sends replies on one channel. Implementations throw PermanentSendError or TransientSendError;
 * `outcome` (e.g. `error_131047`, `rate_limited`) labels hotel_agent_outbound_messages_total.
 */
export abstract class ChannelSender {
  abstract readonly channel: Channel;
  abstract send(
    message: OutboundMessage,
    tenant: Tenant,
    signal?: AbortSignal,
    progress?: SendProgress,
  ): Promise<{ providerMessageId?: string }>;

  /** Tells the guest their message was seen, where the channel has such a thing (WhatsApp's read mark). */
  async acknowledge(_message: OutboundMessage, _tenant: Tenant, _signal?: AbortSignal): Promise<void> {}
}

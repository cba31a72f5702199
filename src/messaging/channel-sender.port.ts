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
 * Sends replies on one channel. Implementations throw PermanentSendError or TransientSendError;
 * `outcome` (e.g. `error_131047`, `rate_limited`) labels hotel_agent_outbound_messages_total.
 */
export abstract class ChannelSender {
  abstract readonly channel: Channel;
  abstract send(
    message: OutboundMessage,
    tenant: Tenant,
    signal?: AbortSignal,
  ): Promise<{ providerMessageId?: string }>;
}

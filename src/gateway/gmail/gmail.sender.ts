import { Injectable } from '@nestjs/common';
import { ChannelSender, PermanentSendError, TransientSendError } from '../../messaging/channel-sender.port';
import type { OutboundMessage } from '../../messaging/outbound-message';
import type { Tenant } from '../../tenants/tenant';
import { GmailApiClient, gmailCredentials } from './gmail-api.client';
import { composeReply, ReplyCompositionError } from './gmail-reply.composer';
import { GmailApiError } from './google-http';

/**
 * Sends replies by e-mail from the tenant's Gmail mailbox, in the guest's thread. Bad credentials
 * and unsendable messages are permanent; rate limits, 5xx, timeouts and network failures transient.
 */
@Injectable()
export class GmailSender extends ChannelSender {
  readonly channel = 'gmail' as const;

  constructor(private readonly api: GmailApiClient) {
    super();
  }

  async send(
    message: OutboundMessage,
    tenant: Tenant,
    signal?: AbortSignal,
  ): Promise<{ providerMessageId?: string }> {
    const credentials = gmailCredentials(tenant.channels.gmail);
    if (!credentials) {
      throw new PermanentSendError(
        'not_configured',
        `Tenant ${tenant.id} has no complete Gmail credentials.`,
      );
    }
    let composed: { raw: string; threadId?: string };
    try {
      composed = composeReply(message, { address: credentials.address, name: tenant.name });
    } catch (error) {
      if (error instanceof ReplyCompositionError)
        throw new PermanentSendError('invalid_message', error.message);
      throw error;
    }
    try {
      const sent = await this.api.sendMessage(credentials, composed, signal);
      return { providerMessageId: sent.id };
    } catch (error) {
      if (!(error instanceof GmailApiError)) throw error;
      const Failure = error.isRetryable ? TransientSendError : PermanentSendError;
      throw new Failure(error.outcome, `Gmail send failed: ${error.message}`, { cause: error });
    }
  }
}

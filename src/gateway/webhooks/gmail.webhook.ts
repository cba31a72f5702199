import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { WorkQueue } from '../../queue/work-queue.port';
import { TenantResolver } from '../../tenants/tenant-resolver';
import { decodeGmailPush } from '../gmail/gmail-push';
import { GmailPushVerifier } from '../gmail/gmail-push.verifier';
import type { MailboxSync } from '../gmail/gmail-mailbox.worker';
import { WebhookBadRequestError } from './webhook.errors';

/**
 * Gmail's Pub/Sub push: the OIDC token is verified, the notification decoded and its mailbox's hotel
 * resolved; the push itself is only a pointer ("mailbox X changed"), so what it asks for — reading
 * the mailbox — is queued as a mailbox sync and the push acknowledged once that job is durable.
 * The Gmail API is never called on this path.
 */
@Injectable()
export class GmailWebhook {
  constructor(
    private readonly verifier: GmailPushVerifier,
    private readonly resolver: TenantResolver,
    private readonly queue: WorkQueue,
    @InjectPinoLogger('gateway') private readonly logger: PinoLogger,
  ) {}

  async deliver(
    rawBody: Buffer,
    authorization: string | undefined,
    correlationId: string,
  ): Promise<{ queued: boolean }> {
    await this.verifier.assertValid(authorization);
    const push = decodeGmailPush(parseJson(rawBody));
    const { tenant } = await this.resolver.byGmailAddress(push.emailAddress, correlationId);
    const sync: MailboxSync = {
      tenantId: tenant.id,
      mailbox: push.emailAddress.toLowerCase(),
      historyId: push.historyId,
    };
    await this.queue.add({
      queue: 'mailbox',
      name: 'gmail-sync',
      // Pub/Sub redelivers: one sync per (mailbox, historyId).
      id: `gmail-sync:${sync.mailbox}:${sync.historyId}`,
      data: sync,
      correlationId,
    });
    this.logger.debug(
      { correlationId, tenantId: tenant.id, historyId: push.historyId },
      'gateway.gmail_push_queued',
    );
    return { queued: true };
  }
}

function parseJson(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8')) as unknown;
  } catch {
    throw new WebhookBadRequestError('The body is not valid JSON.');
  }
}

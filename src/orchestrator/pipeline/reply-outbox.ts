import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { type OutboundMessage, outboundJobId, type ReplyContent } from '../../messaging/outbound-message';
import type { UnifiedMessage } from '../../messaging/unified-message';
import type { JobRequest } from '../../queue/work-queue.port';
import type { Tenant } from '../../tenants/tenant';

const SUBJECT_MAX = 120;

/**
 * Turns a turn's replies (and any notice for the staff) into outbound jobs: one job for the guest
 * (index 0, the replies in order) and one per staff notice. Job ids derive from the guest message
 * and the position, so handling the same message again queues nothing new.
 */
@Injectable()
export class ReplyOutbox {
  constructor(@InjectPinoLogger('orchestrator') private readonly logger: PinoLogger) {}

  jobs(
    message: UnifiedMessage,
    tenant: Tenant,
    replies: ReplyContent[],
    staffNotices: string[],
    language: string,
    turn?: OutboundMessage['turn'],
  ): Array<JobRequest<OutboundMessage>> {
    const outbound: OutboundMessage[] = [];
    const [first, ...rest] = replies;
    if (first) {
      // The whole turn in one job: its replies go out in order, whatever the outbound concurrency.
      outbound.push({
        tenantId: tenant.id,
        channel: message.channel,
        to: message.from,
        inReplyTo: message.id,
        index: 0,
        content: first,
        ...(rest.length > 0 ? { then: rest } : {}),
        ...(turn ? { turn } : {}),
        phoneNumberId: message.phoneNumberId,
        email: message.email,
        language,
      });
    }
    staffNotices.forEach((text, offset) => {
      const notice = this.staffNotice(message, tenant, text, 1 + offset);
      if (notice) outbound.push(notice);
    });
    return outbound.map((data) => ({
      queue: 'outbound',
      name: `${data.channel}-reply`,
      id: outboundJobId(data),
      data,
      correlationId: message.correlationId,
    }));
  }

  /** The hotel's handoff contact: WhatsApp when the hotel has a number to send from, else e-mail. */
  private staffNotice(
    message: UnifiedMessage,
    tenant: Tenant,
    text: string,
    index: number,
  ): OutboundMessage | null {
    const base = {
      tenantId: tenant.id,
      inReplyTo: message.id,
      index,
      content: { type: 'text' as const, text },
      language: tenant.languages[0],
    };
    const fromNumber =
      message.channel === 'whatsapp' ? message.phoneNumberId : tenant.channels.whatsapp?.phoneNumberIds[0];
    if (tenant.handoff.whatsapp && fromNumber) {
      return {
        ...base,
        channel: 'whatsapp',
        to: tenant.handoff.whatsapp.replace(/[^\d]/g, ''),
        phoneNumberId: fromNumber,
      };
    }
    const mailbox = tenant.channels.gmail?.address;
    if (tenant.handoff.email && mailbox) {
      const subject = text.split(/(?<=[.!?])\s/)[0].slice(0, SUBJECT_MAX);
      return { ...base, channel: 'gmail', to: tenant.handoff.email, email: { mailbox, subject } };
    }
    this.logger.warn(
      { correlationId: message.correlationId, tenantId: tenant.id },
      'handoff.no_staff_contact',
    );
    return null;
  }
}

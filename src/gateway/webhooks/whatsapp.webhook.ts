import { createHash, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Counter } from 'prom-client';
import { AppConfig } from '../../config/app-config';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { TenantResolver } from '../../tenants/tenant-resolver';
import { CHANNEL_STATUSES_TOTAL } from '../gateway.metrics';
import { type IntakeResult, MessageIntake } from '../intake/message-intake';
import { verifyWhatsAppSignature } from '../whatsapp/whatsapp-signature';
import { parseWhatsAppEnvelope } from '../whatsapp/whatsapp-webhook.dto';
import { normaliseWhatsAppEnvelope, type WhatsAppStatus } from '../whatsapp/whatsapp-normalizer';
import {
  WebhookBadRequestError,
  WebhookForbiddenError,
  WebhookNotConfiguredError,
  WebhookUnauthorizedError,
} from './webhook.errors';

export interface DeliveryResult extends IntakeResult {
  statuses: number;
}

/**
 * Meta's webhook: the verification handshake, and deliveries — signature checked on the raw bytes
 * before anything is parsed, the envelope validated, each message normalised, its hotel resolved,
 * and the lot handed to the intake (de-duplicated, queued). No NLP, no PMS on this path.
 */
@Injectable()
export class WhatsAppWebhook {
  constructor(
    private readonly config: AppConfig,
    private readonly resolver: TenantResolver,
    private readonly intake: MessageIntake,
    @InjectMetric(CHANNEL_STATUSES_TOTAL) private readonly statusesTotal: Counter<'channel' | 'status'>,
    @InjectPinoLogger('gateway') private readonly logger: PinoLogger,
  ) {}

  /** GET handshake: the challenge when mode is subscribe and the token matches; 403 otherwise. */
  verify(query: Record<string, unknown>, correlationId: string): string {
    const expected = this.config.whatsapp.verifyToken;
    const token = query['hub.verify_token'];
    const challenge = query['hub.challenge'];
    const matches = expected !== undefined && typeof token === 'string' && sameText(token, expected);
    if (query['hub.mode'] !== 'subscribe' || !matches || typeof challenge !== 'string') {
      this.logger.warn(
        { correlationId, mode: query['hub.mode'], configured: expected !== undefined },
        'gateway.whatsapp_verification_refused',
      );
      throw new WebhookForbiddenError('The verification request does not match this webhook.');
    }
    return challenge;
  }

  async deliver(
    rawBody: Buffer,
    signature: string | undefined,
    correlationId: string,
  ): Promise<DeliveryResult> {
    const secret = this.config.whatsapp.appSecret;
    if (!secret)
      throw new WebhookNotConfiguredError('WHATSAPP_APP_SECRET is not set: deliveries cannot be verified.');
    const check = verifyWhatsAppSignature(rawBody, signature, secret);
    if (check !== 'valid') {
      this.logger.warn({ correlationId, check }, 'gateway.whatsapp_signature_rejected');
      throw new WebhookUnauthorizedError(`X-Hub-Signature-256 is ${check}.`);
    }
    const { messages, statuses } = normaliseWhatsAppEnvelope(parseWhatsAppEnvelope(parseJson(rawBody)));
    this.recordStatuses(statuses, correlationId);
    const tenants = new Map<string, string>();
    const unified: UnifiedMessage[] = [];
    for (const message of messages) {
      const phoneNumberId = message.phoneNumberId ?? '';
      let tenantId = tenants.get(phoneNumberId);
      if (tenantId === undefined) {
        tenantId = (await this.resolver.byWhatsAppNumber(phoneNumberId, correlationId)).tenant.id;
        tenants.set(phoneNumberId, tenantId);
      }
      unified.push({ ...message, tenantId, correlationId });
    }
    const result = await this.intake.accept(unified);
    return { ...result, statuses: statuses.length };
  }

  private recordStatuses(statuses: WhatsAppStatus[], correlationId: string): void {
    for (const status of statuses) {
      this.statusesTotal.inc({ channel: 'whatsapp', status: status.status });
      if (status.status !== 'failed') continue;
      for (const error of status.errors ?? [{ code: 0, title: 'unknown' }]) {
        this.logger.warn(
          {
            correlationId,
            messageId: status.id,
            recipient: hashOf(status.recipientId),
            code: error.code,
            title: error.title,
          },
          'gateway.whatsapp_delivery_failed',
        );
      }
    }
  }
}

function parseJson(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8')) as unknown;
  } catch {
    throw new WebhookBadRequestError('The body is not valid JSON.');
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Recipients are phone numbers: logs get a short hash. */
function hashOf(value: string | undefined): string | undefined {
  return value && createHash('sha256').update(value).digest('hex').slice(0, 12);
}

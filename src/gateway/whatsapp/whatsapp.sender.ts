import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { correlationOf } from '../../common/logging/correlation-context';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../../config/app-config';
import {
  ChannelSender,
  type SendProgress,
  PermanentSendError,
  TransientSendError,
} from '../../messaging/channel-sender.port';
import { contentsOf, type OutboundMessage } from '../../messaging/outbound-message';
import type { Tenant } from '../../tenants/tenant';
import { toGraphPayloads } from './whatsapp-payloads';
import { mediaTooLarge, WhatsAppClient, WhatsAppMediaError } from './whatsapp.client';

export interface MediaDownload {
  bytes: Buffer;
  mimeType?: string;
}

/** The tenant's own access token, else the deployment's. */
function accessTokenFor(config: AppConfig, tenant: Tenant): string | undefined {
  return tenant.channels.whatsapp?.accessToken ?? config.whatsapp.accessToken;
}

/** A short, stable stand-in for a phone number in logs: enough to correlate lines, not to recover it. */
export function recipientHash(phoneNumber: string): string {
  return createHash('sha256').update(phoneNumber).digest('hex').slice(0, 12);
}

/**
 * Sends replies through the WhatsApp Cloud API: each reply becomes one or more Graph messages, posted
 * in order. Failures are TransientSendError (the outbound queue retries) or PermanentSendError (e.g.
 * 131047, the 24-hour window closed), logged with their outcome and a hash of the recipient only.
 */
@Injectable()
export class WhatsAppSender extends ChannelSender {
  readonly channel = 'whatsapp' as const;

  constructor(
    private readonly config: AppConfig,
    private readonly client: WhatsAppClient,
    @InjectPinoLogger('gateway') private readonly logger: PinoLogger,
  ) {
    super();
  }

  /** Sends every part of the reply not yet sent; resolves with the id of the last part sent. */
  async send(
    message: OutboundMessage,
    tenant: Tenant,
    signal?: AbortSignal,
    progress?: SendProgress,
  ): Promise<{ providerMessageId?: string }> {
    const position = { part: progress?.alreadySent ?? 0, parts: 0 };
    try {
      const token = this.requireToken(tenant);
      const phoneNumberId = this.senderNumber(message, tenant);
      // The turn's replies in order; progress counts Graph messages across all of them.
      const payloads = contentsOf(message).flatMap((content) => toGraphPayloads({ ...message, content }));
      position.parts = payloads.length;
      let providerMessageId: string | undefined;
      for (; position.part < payloads.length; position.part += 1) {
        providerMessageId = await this.client.postMessage(
          phoneNumberId,
          payloads[position.part],
          token,
          signal,
        );
        await progress?.onPartSent?.(position.part + 1, payloads.length, providerMessageId);
      }
      return { providerMessageId };
    } catch (error) {
      this.logFailure(error, message, position, signal);
      throw error;
    }
  }

  /** Marks the guest's message as read (the blue ticks) as its first reply goes out. */
  override async acknowledge(message: OutboundMessage, tenant: Tenant, signal?: AbortSignal): Promise<void> {
    await this.markAsRead(this.senderNumber(message, tenant), message.inReplyTo, tenant, signal);
  }

  /** Marks a guest's message as read on the hotel number that received it. */
  async markAsRead(
    phoneNumberId: string,
    messageId: string,
    tenant: Tenant,
    signal?: AbortSignal,
  ): Promise<void> {
    try {
      await this.client.markAsRead(phoneNumberId, messageId, this.requireToken(tenant), signal);
    } catch (error) {
      this.logger.warn(
        { ...correlationOf(signal), tenantId: tenant.id, messageId, outcome: outcomeOf(error) },
        'whatsapp.mark_read_failed',
      );
      throw error;
    }
  }

  private senderNumber(message: OutboundMessage, tenant: Tenant): string {
    const phoneNumberId = message.phoneNumberId ?? tenant.channels.whatsapp?.phoneNumberIds[0];
    if (phoneNumberId) return phoneNumberId;
    throw new PermanentSendError(
      'no_phone_number_id',
      `Tenant ${tenant.id} has no WhatsApp number to send from.`,
    );
  }

  private requireToken(tenant: Tenant): string {
    const token = accessTokenFor(this.config, tenant);
    if (!token) throw new PermanentSendError('no_token', `No WhatsApp access token for tenant ${tenant.id}.`);
    return token;
  }

  private logFailure(
    error: unknown,
    message: OutboundMessage,
    position: { part: number; parts: number },
    signal: AbortSignal | undefined,
  ): void {
    this.logger.warn(
      {
        ...correlationOf(signal),
        tenantId: message.tenantId,
        recipient: recipientHash(message.to),
        inReplyTo: message.inReplyTo,
        index: message.index,
        contentType: message.content.type,
        ...position,
        outcome: outcomeOf(error),
        retryable: error instanceof TransientSendError,
      },
      'whatsapp.send_failed',
    );
  }
}

/**
 * Fetches what a guest sent (a voice note, a photo): the Graph media URL, then its bytes, both with
 * the tenant's bearer token. Throws WhatsAppMediaError (`too_large`, `error_<code>`, `network`, ...).
 */
@Injectable()
export class WhatsAppMediaDownloader {
  constructor(
    private readonly config: AppConfig,
    private readonly client: WhatsAppClient,
    @InjectPinoLogger('gateway') private readonly logger: PinoLogger,
  ) {}

  /** Downloads a media id's bytes, refusing files over `maxBytes` before or while reading them. */
  async downloadWhatsAppMedia(
    mediaId: string,
    tenant: Tenant,
    options: { maxBytes: number; signal?: AbortSignal },
  ): Promise<MediaDownload> {
    const token = accessTokenFor(this.config, tenant);
    if (!token)
      throw new WhatsAppMediaError('no_token', false, `No WhatsApp access token for tenant ${tenant.id}.`);
    try {
      const media = await this.client.getMediaUrl(mediaId, token, options.signal);
      if (media.fileSizeBytes !== undefined && media.fileSizeBytes > options.maxBytes) {
        throw mediaTooLarge(options.maxBytes, `has ${media.fileSizeBytes} bytes, says Graph`);
      }
      const download = await this.client.downloadMedia(media.url, token, options);
      return { bytes: download.bytes, mimeType: media.mimeType ?? download.mimeType };
    } catch (error) {
      this.logger.warn(
        { ...correlationOf(options.signal), tenantId: tenant.id, mediaId, outcome: outcomeOf(error) },
        'whatsapp.media_failed',
      );
      throw error;
    }
  }
}

function outcomeOf(error: unknown): string {
  if (error instanceof PermanentSendError || error instanceof TransientSendError) return error.outcome;
  if (error instanceof WhatsAppMediaError) return error.code;
  return 'unexpected';
}

import { Injectable } from '@nestjs/common';
import {
  type DownloadedMedia,
  MediaDownloader,
  MediaUnavailableError,
} from '../../messaging/media-downloader.port';
import type { UnifiedMessage } from '../../messaging/unified-message';
import type { Tenant } from '../../tenants/tenant';
import { WhatsAppMediaError } from '../whatsapp/whatsapp.client';
import { WhatsAppMediaDownloader } from '../whatsapp/whatsapp.sender';

/** The MediaDownloader port for the orchestrator: WhatsApp media through Graph; e-mail has none yet. */
@Injectable()
export class ChannelMediaDownloader extends MediaDownloader {
  constructor(private readonly whatsapp: WhatsAppMediaDownloader) {
    super();
  }

  async download(
    message: UnifiedMessage,
    tenant: Tenant,
    options: { maxBytes: number; signal?: AbortSignal },
  ): Promise<DownloadedMedia> {
    if (!message.media) throw new MediaUnavailableError('no_media', 'The message carries no media.');
    if (message.channel !== 'whatsapp') {
      throw new MediaUnavailableError('unsupported_channel', `No media download on ${message.channel}.`);
    }
    try {
      return await this.whatsapp.downloadWhatsAppMedia(message.media.id, tenant, options);
    } catch (error) {
      if (error instanceof WhatsAppMediaError)
        throw new MediaUnavailableError(error.code, error.message, { cause: error });
      throw error;
    }
  }
}

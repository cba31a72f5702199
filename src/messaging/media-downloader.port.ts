import type { Tenant } from '../tenants/tenant';
import type { UnifiedMessage } from './unified-message';

export interface DownloadedMedia {
  bytes: Buffer;
  mimeType?: string;
}

/** The media of a message cannot be fetched (not on this channel, too large, gone, refused). */
export class MediaUnavailableError extends Error {
  constructor(
    readonly reason: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MediaUnavailableError';
  }
}

/** Fetches what a guest attached (a voice note, a photo) from the channel it came on. */
export abstract class MediaDownloader {
  /** The bytes of `message.media`, refusing more than `maxBytes`; throws MediaUnavailableError. */
  abstract download(
    message: UnifiedMessage,
    tenant: Tenant,
    options: { maxBytes: number; signal?: AbortSignal },
  ): Promise<DownloadedMedia>;
}

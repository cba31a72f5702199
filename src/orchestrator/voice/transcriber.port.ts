/** The speech-to-text service could not transcribe (not configured, refused, failed, timed out). */
export class TranscriptionError extends Error {
  constructor(
    readonly reason: 'not_configured' | 'rejected' | 'unavailable' | 'empty',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TranscriptionError';
  }
}

export interface AudioClip {
  bytes: Buffer;
  mimeType?: string;
}

/** Speech to text for voice notes. */
export abstract class Transcriber {
  /** Whether a service is configured; without one, voice notes get a "please write it" reply. */
  abstract get isConfigured(): boolean;
  /** The text of the clip; `language` is a hint (ISO 639-1). Throws TranscriptionError. */
  abstract transcribe(clip: AudioClip, language: string | undefined, signal: AbortSignal): Promise<string>;
}

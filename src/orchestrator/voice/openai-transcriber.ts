import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { type AudioClip, Transcriber, TranscriptionError } from './transcriber.port';

/** File extensions the OpenAI endpoint recognises the format by. */
const EXTENSIONS: Record<string, string> = {
  'audio/ogg': 'ogg',
  'audio/opus': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/aac': 'm4a',
  'audio/amr': 'amr',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/webm': 'webm',
};

/**
 * Any OpenAI-compatible `POST {TRANSCRIPTION_BASE_URL}/audio/transcriptions` (OpenAI, Groq, a local
 * faster-whisper server): multipart with the file and TRANSCRIPTION_MODEL, JSON `{ text }` back.
 */
@Injectable()
export class OpenAiTranscriber extends Transcriber {
  constructor(private readonly config: AppConfig) {
    super();
  }

  get isConfigured(): boolean {
    return Boolean(this.config.transcription.baseUrl);
  }

  async transcribe(clip: AudioClip, language: string | undefined, signal: AbortSignal): Promise<string> {
    const { baseUrl, apiKey, model } = this.config.transcription;
    if (!baseUrl) throw new TranscriptionError('not_configured', 'TRANSCRIPTION_BASE_URL is not set.');
    const mimeType = (clip.mimeType ?? 'audio/ogg').split(';')[0].trim().toLowerCase();
    const form = new FormData();
    form.append('file', new Blob([clip.bytes], { type: mimeType }), `voice.${EXTENSIONS[mimeType] ?? 'ogg'}`);
    form.append('model', model);
    form.append('response_format', 'json');
    if (language) form.append('language', language);
    let response: Response;
    try {
      response = await fetch(`${baseUrl.replace(/\/+$/, '')}/audio/transcriptions`, {
        method: 'POST',
        headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
        body: form,
        signal,
      });
    } catch (error) {
      throw new TranscriptionError('unavailable', 'The transcription service did not answer.', {
        cause: error,
      });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const reason = response.status >= 500 || response.status === 429 ? 'unavailable' : 'rejected';
      throw new TranscriptionError(reason, `The transcription service answered ${response.status}.`);
    }
    const body: unknown = await response.json().catch(() => null);
    const text = typeof body === 'object' && body !== null ? (body as { text?: unknown }).text : undefined;
    if (typeof text !== 'string' || text.trim() === '') {
      throw new TranscriptionError('empty', 'The transcription came back empty.');
    }
    return text.trim();
  }
}

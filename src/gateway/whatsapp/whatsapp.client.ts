import type { OnApplicationShutdown } from '@nestjs/common';
import { PermanentSendError, TransientSendError } from '../../messaging/channel-sender.port';
import { type GraphAnswer, GraphHttp } from './graph-http';
import type { GraphMessagePayload } from './whatsapp-payloads';

export interface WhatsAppClientOptions {
  /** The Graph root with its version, e.g. `https://graph.facebook.com/v21.0`. */
  baseUrl: string;
  /** Bound on one call (answer and body) when the caller's signal does not end it sooner. */
  timeoutMs?: number;
}

/** How a failed Graph call is to be treated; `outcome` is `error_<code>`, `http_<status>`, `network` or `cancelled`. */
export interface GraphFailure {
  outcome: string;
  retryable: boolean;
  message: string;
}

/** A media lookup or download that failed; `code` reads like a send outcome, plus `too_large` and `bad_answer`. */
export class WhatsAppMediaError extends Error {
  constructor(
    readonly code: string,
    readonly retryable: boolean,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WhatsAppMediaError';
  }
}

export interface GraphMedia {
  url: string;
  mimeType?: string;
  fileSizeBytes?: number;
}

type ToError = (failure: GraphFailure, cause?: unknown) => Error;

interface GraphCall {
  what: string;
  url: string;
  token: string;
  callerSignal?: AbortSignal;
  /** The caller's signal joined with the per-call timeout. */
  signal: AbortSignal;
  toError: ToError;
  /** Stops the timeout and forgets the caller's signal; called once the call is over. */
  end: () => void;
}

const DEFAULT_TIMEOUT_MS = 15_000;
// Meta's error table (shared/reference/whatsapp.md): rate limits and "something went wrong" pass.
const RETRYABLE_CODES = new Set([130429, 131056, 131000, 4, 80007, 1, 2]);
const PERMANENT_CODES = new Set([131047, 131026, 190, 100, 131008, 131009]);

const toSendError: ToError = (failure, cause) =>
  failure.retryable
    ? new TransientSendError(failure.outcome, failure.message, { cause })
    : new PermanentSendError(failure.outcome, failure.message, { cause });

const toMediaError: ToError = (failure, cause) =>
  new WhatsAppMediaError(failure.outcome, failure.retryable, failure.message, { cause });

/**
 * The few Graph API calls the gateway makes: the JSON ones over GraphHttp, media bytes over the
 * global fetch (which streams them). Sending calls throw TransientSendError / PermanentSendError;
 * media calls throw WhatsAppMediaError. Nothing retries here: the outbound queue owns retries.
 */
export class WhatsAppClient implements OnApplicationShutdown {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly http = new GraphHttp();

  constructor(options: WhatsAppClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** Releases the client's kept-alive connections. */
  close(): void {
    this.http.close();
  }

  /** After the queues have drained (application shutdown comes after module destruction). */
  onApplicationShutdown(): void {
    this.close();
  }

  /** Sends one message; resolves with the `wamid` Graph gave it (undefined if the answer lacked one). */
  async postMessage(
    phoneNumberId: string,
    payload: GraphMessagePayload,
    token: string,
    signal?: AbortSignal,
  ): Promise<string | undefined> {
    const url = `${this.baseUrl}/${encodeURIComponent(phoneNumberId)}/messages`;
    const body = await this.callJson(this.begin('POST messages', url, token, signal, toSendError), payload);
    const messages = isRecord(body) && Array.isArray(body.messages) ? (body.messages as unknown[]) : [];
    const first = messages[0];
    return isRecord(first) && typeof first.id === 'string' ? first.id : undefined;
  }

  /** Marks a guest message as read (the blue ticks). */
  async markAsRead(
    phoneNumberId: string,
    messageId: string,
    token: string,
    signal?: AbortSignal,
  ): Promise<void> {
    const url = `${this.baseUrl}/${encodeURIComponent(phoneNumberId)}/messages`;
    const payload = { messaging_product: 'whatsapp', status: 'read', message_id: messageId };
    await this.callJson(this.begin('POST messages (read)', url, token, signal, toSendError), payload);
  }

  /** Looks up a media id: the short-lived download URL and what Graph says about the file. */
  async getMediaUrl(mediaId: string, token: string, signal?: AbortSignal): Promise<GraphMedia> {
    const url = `${this.baseUrl}/${encodeURIComponent(mediaId)}`;
    const body = await this.callJson(this.begin('GET media', url, token, signal, toMediaError));
    if (!isRecord(body) || typeof body.url !== 'string' || !/^https?:\/\//.test(body.url)) {
      throw new WhatsAppMediaError('bad_answer', false, 'Graph GET media answered without a download URL.');
    }
    return {
      url: body.url,
      mimeType: typeof body.mime_type === 'string' ? body.mime_type : undefined,
      fileSizeBytes: typeof body.file_size === 'number' ? body.file_size : undefined,
    };
  }

  /** Downloads media bytes with the same bearer token, refusing (before or while reading) more than `maxBytes`. */
  async downloadMedia(
    url: string,
    token: string,
    options: { maxBytes: number; signal?: AbortSignal },
  ): Promise<{ bytes: Buffer; mimeType?: string }> {
    const call = this.begin('GET media bytes', url, token, options.signal, toMediaError);
    try {
      return await this.readMedia(call, options.maxBytes);
    } finally {
      call.end();
    }
  }

  private async readMedia(call: GraphCall, maxBytes: number): Promise<{ bytes: Buffer; mimeType?: string }> {
    const response = await this.fetchOk(call);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw mediaTooLarge(maxBytes, `declares ${declared} bytes`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = (response.body as ReadableStream<Uint8Array> | null)?.getReader();
    try {
      for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
        total += read.value.byteLength;
        if (total > maxBytes) {
          await reader?.cancel().catch(() => undefined);
          throw mediaTooLarge(maxBytes, 'sent more than that');
        }
        chunks.push(read.value);
      }
    } catch (error) {
      if (error instanceof WhatsAppMediaError) throw error;
      throw this.networkError(call, error);
    }
    return { bytes: Buffer.concat(chunks), mimeType: response.headers.get('content-type') ?? undefined };
  }

  private begin(
    what: string,
    url: string,
    token: string,
    callerSignal: AbortSignal | undefined,
    toError: ToError,
  ): GraphCall {
    // Not AbortSignal.timeout/any: their signals outlive the call (a 15 s timer; weak references
    // that only a full GC clears), so every call would add to the old generation (see GraphHttp).
    // This controller dies young: its timer is cleared and its listener removed when the call ends.
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException('The Graph call timed out.', 'TimeoutError')),
      this.timeoutMs,
    );
    const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) onCallerAbort();
    else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const end = (): void => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    };
    return { what, url, token, callerSignal, signal: controller.signal, toError, end };
  }

  /** The parsed answer of a 2xx; any other answer is classified and thrown. */
  private async callJson(call: GraphCall, payload?: object): Promise<unknown> {
    const headers: Record<string, string> = { authorization: `Bearer ${call.token}` };
    if (payload) headers['content-type'] = 'application/json';
    let answer: GraphAnswer;
    try {
      answer = await this.http.call(
        call.url,
        payload ? 'POST' : 'GET',
        headers,
        payload && JSON.stringify(payload),
        call.signal,
      );
    } catch (error) {
      throw this.networkError(call, error);
    } finally {
      call.end();
    }
    const body = parseJson(answer.text);
    if (answer.status >= 200 && answer.status < 300) return body;
    throw call.toError(classifyGraphError(call.what, answer.status, body));
  }

  /** A 2xx answer, its body not read yet (media bytes); any other answer is classified and thrown. */
  private async fetchOk(call: GraphCall): Promise<Response> {
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(call.url, {
        headers: { authorization: `Bearer ${call.token}` },
        signal: call.signal,
      });
      if (response.ok) return response;
      body = parseJson(await response.text());
    } catch (error) {
      throw this.networkError(call, error);
    }
    throw call.toError(classifyGraphError(call.what, response.status, body));
  }

  private networkError(call: GraphCall, cause: unknown): Error {
    if (call.callerSignal?.aborted) {
      const message = `Graph ${call.what} was cancelled by the caller.`;
      return call.toError({ outcome: 'cancelled', retryable: true, message }, cause);
    }
    const reason = call.signal.aborted ? `timed out after ${this.timeoutMs} ms` : 'failed without an answer';
    return call.toError(
      { outcome: 'network', retryable: true, message: `Graph ${call.what} ${reason}.` },
      cause,
    );
  }
}

/** Classifies a non-2xx Graph answer by its error code, else by its HTTP status (reference, "Errors"). */
export function classifyGraphError(what: string, status: number, body: unknown): GraphFailure {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code = typeof error?.code === 'number' ? error.code : undefined;
  const details = isRecord(error?.error_data) ? error.error_data.details : undefined;
  const text = [error?.message, details].filter((part) => typeof part === 'string').join(': ');
  const message = `Graph ${what} answered HTTP ${status}${code === undefined ? '' : `, error ${code}`}${text ? `: ${text}` : ''}.`;
  const retryableStatus = status === 429 || status >= 500;
  if (code === undefined) return { outcome: `http_${status}`, retryable: retryableStatus, message };
  const retryable = RETRYABLE_CODES.has(code) || (!PERMANENT_CODES.has(code) && retryableStatus);
  return { outcome: `error_${code}`, retryable, message };
}

/** The error for media over the caller's size limit; `why` completes "it …". */
export function mediaTooLarge(maxBytes: number, why: string): WhatsAppMediaError {
  return new WhatsAppMediaError(
    'too_large',
    false,
    `WhatsApp media exceeds the ${maxBytes}-byte limit: it ${why}.`,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

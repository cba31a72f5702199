/** The `outcome` label of a failed Google call (a bounded set: it labels metrics). */
export type GmailApiOutcome =
  | 'http_400'
  | 'http_401'
  | 'http_403'
  | 'http_404'
  | 'http_4xx'
  | 'http_5xx'
  | 'rate_limited'
  | 'timeout'
  | 'network'
  | 'bad_response'
  | 'invalid_grant'
  | 'not_configured';

/** A failed Gmail or OAuth call; `isRetryable` is false for bad credentials and bad requests. */
export class GmailApiError extends Error {
  readonly retryAfterMs?: number;

  constructor(
    readonly outcome: GmailApiOutcome,
    readonly isRetryable: boolean,
    message: string,
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super(message, options);
    this.name = 'GmailApiError';
    this.retryAfterMs = options?.retryAfterMs;
  }
}

export interface GoogleAnswer {
  status: number;
  text: string;
  retryAfter: string | null;
}

// Gmail answers quota exhaustion with 403 and one of these reasons: a wait, not a bad credential.
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'dailyLimitExceeded']);

/**
 * One HTTP call to Google, ended by `timeoutMs` or the caller's signal. The caller's abort rethrows
 * its reason; our timeout and network failures become retryable GmailApiErrors.
 */
export async function callGoogle(
  url: string,
  init: Omit<RequestInit, 'signal'>,
  what: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<GoogleAnswer> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      ...init,
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
    });
    const text = await response.text();
    return { status: response.status, text, retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) throw new GmailApiError('timeout', true, `${what}: no answer in ${timeoutMs} ms.`);
    throw new GmailApiError('network', true, `${what}: the request failed.`, { cause: error });
  }
}

/** The JSON body of a 2xx answer; anything else throws the GmailApiError its status calls for. */
export function interpretGoogleAnswer(answer: GoogleAnswer, what: string): unknown {
  const { status, text } = answer;
  if (status >= 200 && status < 300) {
    if (text.trim() === '') return {};
    const parsed = parseJson(text);
    if (parsed === undefined)
      throw new GmailApiError('bad_response', true, `${what}: the answer is not JSON.`);
    return parsed;
  }
  const message = `${what} answered HTTP ${status}`;
  if (status === 429 || (status === 403 && isRateLimit(text))) {
    const retryAfterMs = Number(answer.retryAfter ?? NaN) * 1000;
    throw new GmailApiError('rate_limited', true, message, {
      retryAfterMs: Number.isFinite(retryAfterMs) ? retryAfterMs : undefined,
    });
  }
  if (status === 408) throw new GmailApiError('timeout', true, message);
  if (status >= 500) throw new GmailApiError('http_5xx', true, message);
  throw new GmailApiError(CLIENT_ERRORS[status] ?? 'http_4xx', false, message);
}

const CLIENT_ERRORS: Partial<Record<number, GmailApiOutcome>> = {
  400: 'http_400',
  401: 'http_401',
  403: 'http_403',
  404: 'http_404',
};

function isRateLimit(text: string): boolean {
  const body = parseJson(text);
  const error = isRecord(body) ? body.error : undefined;
  const details = isRecord(error) && Array.isArray(error.errors) ? error.errors : [];
  return details.some((detail) => isRecord(detail) && RATE_LIMIT_REASONS.has(String(detail.reason)));
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

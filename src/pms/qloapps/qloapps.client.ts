import { PmsUnavailableError } from '../pms.errors';
import { isObject, readNumber, readString } from './qloapps-json';
import { describeErrors, QloAppsError, type QloAppsErrorEntry } from './qloapps.errors';

export interface QloAppsClientOptions {
  baseUrl: string;
  /** The 32-character webservice key. */
  apiKey: string;
  /**
   * `rewrite` (default): `<baseUrl>/api/<resource>`, which needs QloApps' Apache rewrite rules.
   * `dispatcher`: `<baseUrl>/webservice/dispatcher.php?url=<resource>`, for servers without them (nginx).
   */
  entryPoint?: 'rewrite' | 'dispatcher';
  /** Bound on one call when the caller's signal does not set a shorter one. */
  timeoutMs?: number;
}

export type QloAppsBody = { xml: string } | { json: unknown };

export interface QloAppsRequest {
  method: 'GET' | 'POST';
  /** `<resource>` or `<resource>/<id>`. */
  path: string;
  query?: Record<string, string>;
  body?: QloAppsBody;
  signal?: AbortSignal;
}

/** `found: false` is a 404: an unknown id (`GET bookings/{id}` answers it with an empty body). */
export type QloAppsAnswer = { found: true; status: number; body: unknown } | { found: false };

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * HTTP client for the QloApps webservice over the global fetch. Every answer is parsed by trying JSON,
 * whatever its Content-Type says (misconfigured servers send HTML or nothing). Failures become
 * PmsUnavailableError (try later), QloAppsError (a 400 error list) or a `found: false` answer.
 */
export class QloAppsClient {
  private readonly baseUrl: string;
  private readonly authorization: string;

  constructor(private readonly options: QloAppsClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.authorization = `Basic ${Buffer.from(`${options.apiKey}:`).toString('base64')}`;
  }

  async request(request: QloAppsRequest): Promise<QloAppsAnswer> {
    const signals = [AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS)];
    if (request.signal) signals.push(request.signal);
    const signal = AbortSignal.any(signals);
    const what = `${request.method} ${request.path.split('/')[0]}`;
    let status: number;
    let text: string;
    try {
      const response = await fetch(this.url(request), {
        method: request.method,
        headers: this.headers(request.body),
        body: request.body && ('xml' in request.body ? request.body.xml : JSON.stringify(request.body.json)),
        signal,
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      if (signal.aborted) {
        throw new PmsUnavailableError(`QloApps ${what} was aborted before it answered.`, {
          cause: signal.reason,
        });
      }
      throw new PmsUnavailableError(`QloApps ${what} failed: no answer.`, { cause: error });
    }
    return interpret(status, text, what);
  }

  private url({ path, query }: QloAppsRequest): string {
    const params = new URLSearchParams(query);
    params.set('output_format', 'JSON');
    if (this.options.entryPoint === 'dispatcher') {
      return `${this.baseUrl}/webservice/dispatcher.php?url=${encodeURI(path)}&${params.toString()}`;
    }
    return `${this.baseUrl}/api/${encodeURI(path)}?${params.toString()}`;
  }

  private headers(body: QloAppsBody | undefined): Record<string, string> {
    const headers: Record<string, string> = {
      authorization: this.authorization,
      'output-format': 'JSON',
      accept: 'application/json',
    };
    if (body) headers['content-type'] = 'xml' in body ? 'text/xml; charset=utf-8' : 'application/json';
    return headers;
  }
}

function interpret(status: number, text: string, what: string): QloAppsAnswer {
  const parsed = parseJson(text);
  const errors = parsed.ok ? readErrors(parsed.value) : undefined;
  if (status >= 200 && status < 300) {
    if (!parsed.ok)
      throw new PmsUnavailableError(`QloApps ${what} answered ${status} with a body that is not JSON.`);
    return { found: true, status, body: parsed.value };
  }
  if (status === 401) {
    // Nothing the guest can do: the tenant's key is wrong, or lacks the grant for this resource/method.
    throw new PmsUnavailableError(
      `QloApps refused the webservice key on ${what} (HTTP 401: ${errors ? describeErrors(errors) : 'no key accepted'}): ` +
        'the key is wrong or lacks the grant for this resource and method.',
    );
  }
  if (status === 404) return { found: false };
  if (status === 400 && errors) throw new QloAppsError(status, errors, what);
  const detail = errors ? describeErrors(errors) : parsed.ok ? 'no error list' : 'not JSON';
  throw new PmsUnavailableError(`QloApps ${what} answered HTTP ${status} (${detail}).`);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function readErrors(value: unknown): QloAppsErrorEntry[] | undefined {
  if (!isObject(value) || !Array.isArray(value.errors)) return undefined;
  return value.errors.map((entry) => ({
    code: isObject(entry) ? readNumber(entry.code) : undefined,
    message: (isObject(entry) ? readString(entry.message) : undefined) ?? '',
  }));
}

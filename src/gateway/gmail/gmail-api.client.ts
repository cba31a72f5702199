import type { AppConfig } from '../../config/app-config';
import type { Tenant } from '../../tenants/tenant';
import { type GmailCredentials, GoogleAccessTokens } from './google-access-tokens';
import { callGoogle, GmailApiError, interpretGoogleAnswer, isRecord } from './google-http';

export type GmailApiSettings = Pick<AppConfig['gmail'], 'apiBaseUrl' | 'tokenUrl'>;

/** A message id from history.list or messages.list; labelIds are empty when the listing omits them. */
export interface GmailMessageRef {
  id: string;
  threadId?: string;
  labelIds: string[];
}

/**
 * New INBOX messages, oldest first. `history`: since the given historyId, and `historyId` is where
 * the next listing starts. `recent`: that id was too old (404), so the last day of INBOX instead.
 */
export type GmailNewMessages =
  | { source: 'history'; messages: GmailMessageRef[]; historyId: string }
  | { source: 'recent'; messages: GmailMessageRef[] };

export interface GmailApiClientOptions {
  /** Bound on one HTTP call when the caller's signal does not end it sooner. */
  timeoutMs?: number;
  /** Pages read per listing at most; a history listing cut short resumes on the next push. */
  maxPages?: number;
  clock?: { now(): number };
}

interface ApiRequest {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  json?: unknown;
}

const RECENT_INBOX_QUERY = 'in:inbox newer_than:1d';
const HISTORY_ID = /^\d{1,20}$/;

/** The tenant's Gmail credentials, or undefined when any part is missing. */
export function gmailCredentials(gmail: Tenant['channels']['gmail']): GmailCredentials | undefined {
  if (!gmail?.address || !gmail.clientId || !gmail.clientSecret || !gmail.refreshToken) return undefined;
  const { clientId, clientSecret, refreshToken } = gmail;
  return { address: gmail.address.toLowerCase(), clientId, clientSecret, refreshToken };
}

/**
 * The Gmail API calls the gateway makes, over fetch, as the mailbox itself. Failures are
 * GmailApiErrors: 401/403/400 not retryable, 429/5xx/timeouts/network retryable. A 401 first drops
 * the cached access token and tries once more with a fresh one (revoked or early-expired tokens).
 */
export class GmailApiClient {
  private readonly tokens: GoogleAccessTokens;
  private readonly timeoutMs: number;
  private readonly maxPages: number;

  constructor(
    private readonly settings: GmailApiSettings,
    options: GmailApiClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxPages = options.maxPages ?? 20;
    this.tokens = new GoogleAccessTokens(settings.tokenUrl, {
      timeoutMs: this.timeoutMs,
      clock: options.clock,
    });
  }

  /** A valid access token for the mailbox (cached; one refresh shared by concurrent callers). */
  accessToken(credentials: GmailCredentials, signal?: AbortSignal): Promise<string> {
    return this.tokens.get(credentials, signal);
  }

  /** INBOX messages added since `startHistoryId` (history.list), or the last day's on a 404. */
  async listNewMessages(
    credentials: GmailCredentials,
    startHistoryId: string,
    signal?: AbortSignal,
  ): Promise<GmailNewMessages> {
    if (!HISTORY_ID.test(startHistoryId)) throw new RangeError(`not a historyId: ${startHistoryId}`);
    try {
      return await this.listHistory(credentials, startHistoryId, signal);
    } catch (error) {
      if (!(error instanceof GmailApiError) || error.outcome !== 'http_404') throw error;
    }
    const messages: GmailMessageRef[] = [];
    const request: ApiRequest = { method: 'GET', path: 'messages', query: { q: RECENT_INBOX_QUERY } };
    await this.eachPage(credentials, request, signal, (page) => {
      messages.push(...readRefs(isRecord(page) ? page.messages : undefined));
    });
    // messages.list is newest first; guests' messages are handled in arrival order.
    return { source: 'recent', messages: messages.reverse() };
  }

  /** messages.get with format=full: the resource as Google sent it, for the normaliser to narrow. */
  getMessage(credentials: GmailCredentials, id: string, signal?: AbortSignal): Promise<unknown> {
    const path = `messages/${encodeURIComponent(id)}`;
    return this.call(credentials, { method: 'GET', path, query: { format: 'full' } }, signal);
  }

  /** messages.send of a base64url RFC 2822 message into a thread. */
  async sendMessage(
    credentials: GmailCredentials,
    message: { raw: string; threadId?: string },
    signal?: AbortSignal,
  ): Promise<{ id?: string }> {
    const request: ApiRequest = { method: 'POST', path: 'messages/send', json: message };
    const answer = await this.call(credentials, request, signal);
    // Sent is sent: an odd answer body must not become a retry that mails the guest twice.
    return { id: isRecord(answer) && typeof answer.id === 'string' ? answer.id : undefined };
  }

  private async listHistory(
    credentials: GmailCredentials,
    startHistoryId: string,
    signal?: AbortSignal,
  ): Promise<GmailNewMessages> {
    const query = { startHistoryId, historyTypes: 'messageAdded', labelId: 'INBOX' };
    const messages: GmailMessageRef[] = [];
    let lastRecordId = BigInt(startHistoryId);
    let mailboxHistoryId = lastRecordId;
    const request: ApiRequest = { method: 'GET', path: 'history', query };
    const complete = await this.eachPage(credentials, request, signal, (page) => {
      if (!isRecord(page)) return;
      mailboxHistoryId = max(mailboxHistoryId, readHistoryId(page.historyId));
      for (const record of Array.isArray(page.history) ? page.history : []) {
        if (!isRecord(record)) continue;
        lastRecordId = max(lastRecordId, readHistoryId(record.id));
        const added = Array.isArray(record.messagesAdded) ? record.messagesAdded : [];
        messages.push(...readRefs(added.map((entry) => (isRecord(entry) ? entry.message : undefined))));
      }
    });
    // A listing cut short resumes after the last record read, not at the mailbox's current id.
    const next = complete ? max(mailboxHistoryId, lastRecordId) : lastRecordId;
    return { source: 'history', messages: uniqueById(messages), historyId: next.toString() };
  }

  /** Calls `onPage` for each page (following nextPageToken); false when maxPages cut it short. */
  private async eachPage(
    credentials: GmailCredentials,
    request: ApiRequest,
    signal: AbortSignal | undefined,
    onPage: (page: unknown) => void,
  ): Promise<boolean> {
    let pageToken: string | undefined;
    for (let page = 0; page < this.maxPages; page += 1) {
      const query = { ...request.query, ...(pageToken ? { pageToken } : {}) };
      const answer = await this.call(credentials, { ...request, query }, signal);
      onPage(answer);
      const next = isRecord(answer) ? answer.nextPageToken : undefined;
      pageToken = typeof next === 'string' && next ? next : undefined;
      if (!pageToken) return true;
    }
    return false;
  }

  private async call(
    credentials: GmailCredentials,
    request: ApiRequest,
    signal?: AbortSignal,
  ): Promise<unknown> {
    const user = encodeURIComponent(credentials.address);
    const search = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
    const url = `${this.settings.apiBaseUrl}/gmail/v1/users/${user}/${request.path}${search}`;
    const what = `gmail ${request.method} ${request.path.split('/')[0]}`;
    const body = request.json === undefined ? undefined : JSON.stringify(request.json);
    for (let attempt = 1; ; attempt += 1) {
      const token = await this.tokens.get(credentials, signal);
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
      };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const answer = await callGoogle(
        url,
        { method: request.method, headers, body },
        what,
        this.timeoutMs,
        signal,
      );
      if (answer.status === 401 && attempt === 1) {
        this.tokens.invalidate(credentials);
        continue;
      }
      return interpretGoogleAnswer(answer, what);
    }
  }
}

function readRefs(values: unknown): GmailMessageRef[] {
  if (!Array.isArray(values)) return [];
  return values.flatMap((value): GmailMessageRef[] => {
    if (!isRecord(value) || typeof value.id !== 'string' || !value.id) return [];
    const labels: unknown[] = Array.isArray(value.labelIds) ? value.labelIds : [];
    const threadId = typeof value.threadId === 'string' ? value.threadId : undefined;
    return [{ id: value.id, threadId, labelIds: labels.filter((l): l is string => typeof l === 'string') }];
  });
}

/** One ref per message, at its first appearance (a message can be in several history records). */
function uniqueById(refs: GmailMessageRef[]): GmailMessageRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(ref.id) && seen.add(ref.id));
}

function readHistoryId(value: unknown): bigint | undefined {
  if (typeof value === 'string' && HISTORY_ID.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  return undefined;
}

function max(a: bigint, b: bigint | undefined): bigint {
  return b !== undefined && b > a ? b : a;
}

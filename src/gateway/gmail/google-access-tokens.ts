import { createHash } from 'node:crypto';
import { untilAborted } from '../../common/async';
import { callGoogle, GmailApiError, interpretGoogleAnswer, isRecord, parseJson } from './google-http';

/** One hotel mailbox and the OAuth client + refresh token that act for it. */
export interface GmailCredentials {
  address: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export interface GoogleAccessTokensOptions {
  timeoutMs?: number;
  clock?: { now(): number };
}

interface CachedToken {
  value: string;
  refreshAtMs: number;
}

/** Refresh this long before Google's expiry, so a token never dies in flight. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * OAuth access tokens per mailbox from GOOGLE_TOKEN_URL (refresh_token grant): cached until a
 * minute before they expire, and refreshed once for all concurrent callers (single flight).
 */
export class GoogleAccessTokens {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly refreshing = new Map<string, Promise<CachedToken>>();
  private readonly timeoutMs: number;
  private readonly clock: { now(): number };

  constructor(
    private readonly tokenUrl: string,
    options: GoogleAccessTokensOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.clock = options.clock ?? Date;
  }

  /** A valid access token for the mailbox. */
  async get(credentials: GmailCredentials, signal?: AbortSignal): Promise<string> {
    const key = tokenKey(credentials);
    const cached = this.tokens.get(key);
    if (cached && this.clock.now() < cached.refreshAtMs) return cached.value;
    let pending = this.refreshing.get(key);
    if (!pending) {
      // Shared by every caller, so it runs on its own timeout: one caller's abort must not fail the rest.
      pending = this.refresh(credentials, key).finally(() => this.refreshing.delete(key));
      this.refreshing.set(key, pending);
    }
    return (await (signal ? untilAborted(pending, signal) : pending)).value;
  }

  /** Forgets the mailbox's token (Gmail answered 401 with it), so the next get refreshes. */
  invalidate(credentials: GmailCredentials): void {
    this.tokens.delete(tokenKey(credentials));
  }

  private async refresh(credentials: GmailCredentials, key: string): Promise<CachedToken> {
    const what = 'google token refresh';
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      refresh_token: credentials.refreshToken,
    });
    const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    const init = { method: 'POST', headers, body: form.toString() };
    const answer = await callGoogle(this.tokenUrl, init, what, this.timeoutMs);
    const error = readError(answer.text);
    if (answer.status === 400 && error === 'invalid_grant') {
      throw new GmailApiError(
        'invalid_grant',
        false,
        `${what}: the refresh token was revoked or has expired.`,
      );
    }
    const body = interpretGoogleAnswer(answer, what);
    const value = isRecord(body) ? body.access_token : undefined;
    const expiresInS = isRecord(body) ? Number(body.expires_in) : NaN;
    if (typeof value !== 'string' || !value || !Number.isFinite(expiresInS)) {
      throw new GmailApiError('bad_response', true, `${what}: no access_token and expires_in in the answer.`);
    }
    const token = { value, refreshAtMs: this.clock.now() + expiresInS * 1000 - REFRESH_MARGIN_MS };
    this.tokens.set(key, token);
    return token;
  }
}

function readError(text: string): unknown {
  const body = parseJson(text);
  return isRecord(body) ? body.error : undefined;
}

/** The cache key: a rotated refresh token or client gets a token of its own. */
function tokenKey(credentials: GmailCredentials): string {
  const { address, clientId, refreshToken } = credentials;
  return createHash('sha256').update(`${address}\n${clientId}\n${refreshToken}`).digest('base64url');
}

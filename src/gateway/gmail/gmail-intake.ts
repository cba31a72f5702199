import { correlationOf } from '../../common/logging/correlation-context';
import type { Store } from '../../storage/store.port';
import type { Tenant } from '../../tenants/tenant';
import { type GmailApiClient, gmailCredentials, type GmailMessageRef } from './gmail-api.client';
import type { GmailCredentials } from './google-access-tokens';
import { type GmailIgnoreReason, type GmailInbound, normaliseGmailMessage } from './gmail-message.normalizer';
import type { GmailPushNotification } from './gmail-push';
import { GmailApiError } from './google-http';

/** The two API calls the intake makes (GmailApiClient in production). */
export type GmailMailboxReader = Pick<GmailApiClient, 'listNewMessages' | 'getMessage'>;

/** Structured log events (a PinoLogger fits). */
export interface GmailIntakeLogger {
  debug(fields: object, event: string): void;
  info(fields: object, event: string): void;
  warn(fields: object, event: string): void;
}

export interface GmailIntakeResult {
  /** Guest messages to queue, oldest first. */
  messages: GmailInbound[];
  /** Messages that get no answer, and why (for metrics and debugging). */
  ignored: Array<{ id: string; reason: GmailIgnoreReason | 'gone' }>;
  /** Where the next listing will start once commit() has run. */
  historyId: string;
  /**
   * Records `historyId` as processed. Call it only after `messages` are durably queued: a crash
   * before it re-reads the same history on the next push, and de-duplication by message id
   * downstream drops the repeats. Calling it first could lose mail; calling it late only repeats.
   */
  commit(): Promise<void>;
}

// Fetch a few messages at once: a burst of mail should not take one round trip per message in series.
const FETCH_CONCURRENCY = 4;

export function historyKey(address: string): string {
  return `gmail:history:${address.toLowerCase()}`;
}

/**
 * One Gmail push for one mailbox: what arrived since the last processed historyId, fetched,
 * normalised and filtered. The push's own historyId is only a hint (pushes come late, twice and
 * out of order); the store's value says where reading resumes.
 *
 * A mailbox with no stored historyId starts at the push's historyId minus one: that catches the
 * message this push announces without answering the mailbox's past. (Registering the watch
 * should store the historyId `watch` returns, so that not even the first message depends on this.)
 */
export class GmailIntake {
  constructor(
    private readonly store: Store,
    private readonly api: GmailMailboxReader,
    private readonly logger: GmailIntakeLogger,
  ) {}

  async collect(
    push: Pick<GmailPushNotification, 'emailAddress' | 'historyId'>,
    tenant: Pick<Tenant, 'id' | 'channels'>,
    signal?: AbortSignal,
  ): Promise<GmailIntakeResult> {
    const credentials = gmailCredentials(tenant.channels.gmail);
    if (!credentials) {
      throw new GmailApiError(
        'not_configured',
        false,
        `Tenant ${tenant.id} has no complete Gmail credentials.`,
      );
    }
    if (credentials.address !== push.emailAddress.toLowerCase()) {
      throw new Error(`The push is for another mailbox than tenant ${tenant.id}'s.`);
    }
    if (!isHistoryId(push.historyId)) throw new RangeError(`not a historyId: ${push.historyId}`);
    const key = historyKey(credentials.address);
    const stored = readMark(await this.store.get(key));
    const pushed = BigInt(push.historyId);
    if (stored !== undefined && stored >= pushed) {
      this.logger.debug(
        { ...correlationOf(signal), tenantId: tenant.id, historyId: push.historyId },
        'gmail.push.already_read',
      );
      return this.result(key, [], [], stored.toString());
    }
    const start = (stored ?? (pushed > 0n ? pushed - 1n : 0n)).toString();
    const listing = await this.api.listNewMessages(credentials, start, signal);
    if (listing.source === 'recent') {
      this.logger.warn(
        { ...correlationOf(signal), tenantId: tenant.id, startHistoryId: start },
        'gmail.history.expired',
      );
    }
    const { messages, ignored } = await this.read(credentials, listing.messages, signal);
    for (const { id, reason } of ignored) {
      this.logger.debug(
        { ...correlationOf(signal), tenantId: tenant.id, messageId: id, reason },
        'gmail.message.ignored',
      );
    }
    this.logger.info(
      {
        ...correlationOf(signal),
        tenantId: tenant.id,
        source: listing.source,
        messages: messages.length,
        ignored: ignored.length,
      },
      'gmail.push.read',
    );
    // After the 404 fallback the push's id is the best mark: it covers what that listing saw.
    const next = listing.source === 'history' ? listing.historyId : push.historyId;
    return this.result(key, messages, ignored, next);
  }

  /** Fetches and normalises the listed messages, a few at a time, keeping their order. */
  private async read(
    credentials: GmailCredentials,
    refs: GmailMessageRef[],
    signal?: AbortSignal,
  ): Promise<Pick<GmailIntakeResult, 'messages' | 'ignored'>> {
    const messages: GmailInbound[] = [];
    const ignored: GmailIntakeResult['ignored'] = [];
    const toFetch = refs.filter((ref) => {
      const reason = labelReason(ref);
      if (reason) ignored.push({ id: ref.id, reason });
      return !reason;
    });
    for (let i = 0; i < toFetch.length; i += FETCH_CONCURRENCY) {
      const batch = toFetch.slice(i, i + FETCH_CONCURRENCY);
      const fetched = await Promise.all(batch.map((ref) => this.fetch(credentials, ref.id, signal)));
      for (const [index, resource] of fetched.entries()) {
        const normalised =
          resource === undefined ? undefined : normaliseGmailMessage(resource, credentials.address);
        if (normalised?.ok) messages.push(normalised.message);
        else ignored.push({ id: batch[index].id, reason: normalised?.reason ?? 'gone' });
      }
    }
    return { messages, ignored };
  }

  /** The message resource, or undefined when it was deleted between listing and fetching. */
  private async fetch(credentials: GmailCredentials, id: string, signal?: AbortSignal): Promise<unknown> {
    try {
      return await this.api.getMessage(credentials, id, signal);
    } catch (error) {
      if (error instanceof GmailApiError && error.outcome === 'http_404') return undefined;
      throw error;
    }
  }

  private result(
    key: string,
    messages: GmailInbound[],
    ignored: GmailIntakeResult['ignored'],
    historyId: string,
  ): GmailIntakeResult {
    return { messages, ignored, historyId, commit: () => this.commit(key, historyId) };
  }

  /**
   * Does not move the mark backwards when a slow worker finishes an older push. Not atomic: two
   * replicas racing can still rewind it, which costs a re-read that de-duplication absorbs.
   */
  private async commit(key: string, historyId: string): Promise<void> {
    const stored = readMark(await this.store.get(key));
    if (stored !== undefined && stored >= BigInt(historyId)) return;
    await this.store.set(key, historyId);
  }
}

/** The listing's labels already tell some messages apart; no need to fetch those. */
function labelReason(ref: GmailMessageRef): GmailIgnoreReason | undefined {
  if (ref.labelIds.includes('SENT')) return 'sent';
  if (ref.labelIds.includes('DRAFT')) return 'draft';
  return undefined;
}

/** The stored mark; anything unreadable counts as none (the push then sets the start). */
function readMark(value: string | null): bigint | undefined {
  return value !== null && isHistoryId(value) ? BigInt(value) : undefined;
}

function isHistoryId(value: string): boolean {
  return /^\d{1,20}$/.test(value);
}

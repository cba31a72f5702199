import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { LRUCache } from 'lru-cache';
import type { LogFields } from '../common/logging/correlation-context';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Counter } from 'prom-client';
import { delay, withTimeout } from '../common/async';
import { backoffDelayMs } from '../common/backoff';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { type KeyValue, Store } from '../storage/store.port';
import { freshSession, type Session, type SessionIdentity } from './session';
import { SessionConflictError, SessionStoreUnavailableError } from './session.errors';
import { guestRef, quarantineKey, sessionKey } from './session-keys';
import { SESSION_CONFLICTS_TOTAL, SESSION_RECOVERED_TOTAL } from './session.metrics';
import { readSession } from './session.record';
import { compareAndSetScript, getOrCreateScript, quarantineScript } from './session.scripts';

/** Unreadable session data is kept this long for a developer to inspect. */
const QUARANTINE_TTL_MS = 7 * 24 * 3600 * 1000;
/** How many times update() re-applies its change after meeting a concurrent write. */
const MAX_WRITE_ATTEMPTS = 20;
/** A short jittered pause after a conflict spreads out writers that keep colliding. */
const CONFLICT_PAUSE_BASE_MS = 2;
const CONFLICT_PAUSE_CAP_MS = 50;
/** Store calls: attempts and the bound of each, so a sick store surfaces as an error, never a hang. */
const STORE_ATTEMPTS = 3;
const STORE_CALL_TIMEOUT_MS = 2500;
const STORE_RETRY_BASE_MS = 20;
/** How many sessions' last-known JSON this process remembers (about 1 KB each). */
const KNOWN_SESSIONS = 5000;

/** A change to a session. Re-applied on a fresh copy after a conflict, so it must be deterministic. */
export type SessionMutator = (draft: Session) => void;

/** A session and the entries of a list kept beside it, read in the same store call. */
export interface SessionWithList {
  session: Session;
  /** The list's entries, head first (as the store keeps them). */
  list: string[];
}

/**
 * Conversation sessions in the store, one per (tenant, channel, guest). Loads validate the JSON and
 * quarantine what is unreadable (the guest still gets a fresh session and an answer); writes are
 * compare-and-set on a version number, so concurrent writers never drop each other's changes.
 */
@Injectable()
export class SessionManager {
  /** Session key → the JSON last validated or written here; a matching read skips validation. */
  private readonly known = new LRUCache<string, string>({ max: KNOWN_SESSIONS });

  constructor(
    private readonly store: Store,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectMetric(SESSION_RECOVERED_TOTAL) private readonly recovered: Counter<'reason'>,
    @InjectMetric(SESSION_CONFLICTS_TOTAL) private readonly conflicts: Counter,
    @InjectPinoLogger('session') private readonly logger: PinoLogger,
  ) {}

  /**
   * The guest's session, created when there is none; refreshes a TTL running low. One round trip.
   * `log` (here and below): the fields naming the request or job asking, for the lines logged.
   */
  async getOrCreate(
    tenantId: string,
    channel: string,
    guestId: string,
    log: LogFields = {},
  ): Promise<Session> {
    return (await this.getOrCreateWith({ tenantId, channel, guestId }, [], log)).session;
  }

  /**
   * getOrCreate that also reads the list at `listKey` (a store key, without prefix) in the same
   * store call: the orchestrator reads the conversation's inbox this way, one command instead of two.
   */
  getOrCreateWithList(
    tenantId: string,
    channel: string,
    guestId: string,
    listKey: string,
    log: LogFields = {},
  ): Promise<SessionWithList> {
    return this.getOrCreateWith({ tenantId, channel, guestId }, [listKey], log);
  }

  /**
   * Applies `mutator` to the session and saves it if nobody wrote in between; otherwise re-applies
   * it to what is stored now (bounded). Slides the TTL. Returns the saved session. With
   * `removeFromList`, the save also removes every copy of that value from that list, atomically:
   * a message leaves the inbox exactly when the session that marks it handled is stored.
   */
  async update(
    session: Session,
    mutator: SessionMutator,
    removeFromList?: KeyValue,
    log: LogFields = {},
  ): Promise<Session> {
    const identity = { tenantId: session.tenantId, channel: session.channel, guestId: session.guestId };
    const listKeys = removeFromList ? [removeFromList.key] : [];
    const listArgs = removeFromList ? [removeFromList.value] : [];
    let base = session;
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      const next = this.applyTo(base, mutator);
      const json = JSON.stringify(next);
      const key = sessionKey(identity);
      const reply = await this.call(log, () =>
        this.store.run(
          compareAndSetScript,
          [key, ...listKeys],
          [base.version, json, this.ttlMs, ...listArgs],
        ),
      );
      if (reply.saved) {
        this.known.set(key, json);
        return next;
      }
      this.conflicts.inc();
      await delay(backoffDelayMs(attempt, CONFLICT_PAUSE_BASE_MS, { capMs: CONFLICT_PAUSE_CAP_MS }));
      base =
        reply.current === null
          ? await this.getOrCreate(identity.tenantId, identity.channel, identity.guestId, log)
          : await this.load(identity, reply.current, log);
    }
    throw new SessionConflictError(
      `The session kept changing under ${MAX_WRITE_ATTEMPTS} attempts to update it.`,
    );
  }

  private async getOrCreateWith(
    identity: SessionIdentity,
    listKeys: string[],
    log: LogFields,
  ): Promise<SessionWithList> {
    const key = sessionKey(identity);
    const fresh = freshSession(identity, this.clock.date());
    const freshJson = JSON.stringify(fresh);
    const stored = await this.call(log, () =>
      this.store.run(
        getOrCreateScript,
        [key, ...listKeys],
        [freshJson, this.ttlMs, this.config.session.refreshThresholdS * 1000],
      ),
    );
    if (!stored.created) return { session: await this.load(identity, stored.raw, log), list: stored.list };
    this.known.set(key, freshJson);
    return { session: fresh, list: stored.list };
  }

  private applyTo(base: Session, mutator: SessionMutator): Session {
    const draft = structuredClone(base);
    mutator(draft);
    const max = this.config.session.maxIntentHistory;
    return {
      ...draft,
      tenantId: base.tenantId,
      channel: base.channel,
      guestId: base.guestId,
      intents: draft.intents.slice(-max),
      version: base.version + 1,
      createdAt: base.createdAt,
      updatedAt: this.clock.date().toISOString(),
    };
  }

  /** Validates stored JSON; unreadable data is quarantined and replaced by a fresh session. */
  private async load(identity: SessionIdentity, raw: string, log: LogFields): Promise<Session> {
    const key = sessionKey(identity);
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      // JSON this process validated or wrote itself needs no second validation (the costly part).
      if (this.known.get(key) === raw) return JSON.parse(raw) as Session;
      const read = readSession(raw, identity);
      if ('session' in read) {
        this.known.set(key, raw);
        return read.session;
      }
      const now = this.clock.date();
      const fresh = freshSession(identity, now);
      const quarantine = quarantineKey(identity, now);
      const replaced = await this.call(log, () =>
        this.store.run(
          quarantineScript,
          [sessionKey(identity), quarantine],
          [raw, JSON.stringify(fresh), this.ttlMs, QUARANTINE_TTL_MS],
        ),
      );
      if (!replaced.created) {
        raw = replaced.raw; // someone wrote meanwhile: read that instead
        continue;
      }
      this.recovered.inc({ reason: read.problem });
      this.logger.warn(
        {
          ...log,
          tenantId: identity.tenantId,
          channel: identity.channel,
          guest: guestRef(identity.guestId),
          reason: read.problem,
          detail: read.detail,
          quarantinedAt: now.getTime(),
        },
        'session.recovered',
      );
      return fresh;
    }
    throw new SessionConflictError('The session kept being rewritten with unreadable data.');
  }

  /** A store call with short bounded retries; then a typed error. */
  private async call<T>(log: LogFields, operation: () => Promise<T>): Promise<T> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= STORE_ATTEMPTS; attempt++) {
      try {
        return await withTimeout(operation(), STORE_CALL_TIMEOUT_MS);
      } catch (error) {
        lastError = error;
        if (attempt < STORE_ATTEMPTS) await delay(backoffDelayMs(attempt, STORE_RETRY_BASE_MS));
      }
    }
    this.logger.error({ ...log, err: lastError }, 'session.store_unavailable');
    throw new SessionStoreUnavailableError('The session store is not answering.', { cause: lastError });
  }

  private get ttlMs(): number {
    return this.config.session.ttlS * 1000;
  }
}

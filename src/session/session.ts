/** One intent the guest expressed, newest last in the session's ring. */
export interface IntentRecord {
  name: string;
  confidence: number;
  at: string;
}

/** Where a multi-turn conversation stands: the active flow and the slots filled so far. */
export interface DialogueState {
  flow: string | null;
  /** The slot the bot last asked for, if any. */
  awaiting: string | null;
  slots: Record<string, unknown>;
}

/** A guest's conversation with one hotel on one channel. Stored as JSON, validated on load. */
export interface Session {
  tenantId: string;
  channel: string;
  guestId: string;
  language: string | null;
  guestName: string | null;
  /** The last SESSION_MAX_INTENT_HISTORY intents, oldest first. */
  intents: IntentRecord[];
  dialogue: DialogueState;
  /** Consecutive fallbacks; the second one offers a human. */
  fallbackCount: number;
  /** While true the bot stays silent for this guest until an operator releases the conversation. */
  handoff: boolean;
  lastMessageId: string | null;
  /** Ids of the guest messages handled lately (newest last): a redelivered one is not answered twice. */
  recentMessageIds?: string[];
  /** Turns whose replies were queued; the replies of the next one are sent only after these. */
  replyTurns?: number;
  /**
   * Arrival times (epoch ms) of the guest's latest messages let through the per-guest rate limit,
   * oldest first, at most RATE_LIMIT_GUEST_PER_MIN of them: the limit's sliding window.
   */
  recentArrivals?: number[];
  /** When the guest was last told they write too fast (epoch ms): at most one notice a minute. */
  throttleNoticeAt?: number | null;
  /** Incremented by every write; the compare-and-set of update() checks it. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface SessionIdentity {
  tenantId: string;
  channel: string;
  guestId: string;
}

export function freshSession(identity: SessionIdentity, now: Date): Session {
  const at = now.toISOString();
  return {
    tenantId: identity.tenantId,
    channel: identity.channel,
    guestId: identity.guestId,
    language: null,
    guestName: null,
    intents: [],
    dialogue: { flow: null, awaiting: null, slots: {} },
    fallbackCount: 0,
    handoff: false,
    lastMessageId: null,
    recentMessageIds: [],
    recentArrivals: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/** Appends an intent to the ring (trimmed to the configured size when the session is saved). */
export function recordIntent(session: Session, name: string, confidence: number, at: Date): void {
  session.intents.push({ name, confidence, at: at.toISOString() });
}

/** The most arrival times a session may hold (RATE_LIMIT_GUEST_PER_MIN's upper bound). */
export const MAX_RECENT_ARRIVALS = 1000;

/** How many handled message ids a session remembers. */
export const RECENT_MESSAGES_KEPT = 20;

/** Marks a guest message as handled (bounded ring). */
export function recordHandledMessage(session: Session, messageId: string): void {
  const recent = (session.recentMessageIds ?? []).filter((id) => id !== messageId);
  recent.push(messageId);
  session.recentMessageIds = recent.slice(-RECENT_MESSAGES_KEPT);
  session.lastMessageId = messageId;
}

export function hasHandled(session: Session, messageId: string): boolean {
  return session.lastMessageId === messageId || (session.recentMessageIds ?? []).includes(messageId);
}

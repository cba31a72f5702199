import { Injectable } from '@nestjs/common';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { Store } from '../../storage/store.port';

/** A guest with more messages than this waiting is flooding; the oldest beyond it are dropped. */
const INBOX_MAX = 200;

export interface InboxEntry {
  raw: string;
  message: UnifiedMessage;
}

/**
 * The messages of one conversation waiting to be handled, in arrival order. Every inbound job puts
 * its message here before it queues for the conversation lock; whoever holds the lock handles all
 * that are waiting, oldest first. So when two messages of one guest are taken by two workers at once,
 * the second cannot overtake the first: whichever worker gets the lock answers both, in order.
 * The worker reads the inbox in the session's load and takes a handled message out in the session's
 * save (SessionManager.getOrCreateWithList, update's removeFromList): `keyOf` and `entriesIn` serve
 * those calls.
 */
@Injectable()
export class ConversationInbox {
  constructor(private readonly store: Store) {}

  async enter(message: UnifiedMessage): Promise<void> {
    await this.store.pushCapped(inboxKey(message), JSON.stringify(message), INBOX_MAX);
  }

  /** The store key of the conversation's inbox (without KEY_PREFIX). */
  keyOf(conversation: Pick<UnifiedMessage, 'tenantId' | 'channel' | 'from'>): string {
    return inboxKey(conversation);
  }

  /**
   * What is waiting among `raws` (the inbox as the store keeps it, newest first), oldest first by when
   * the guest sent it, then by arrival. An unreadable entry is removed from the store.
   */
  async entriesIn(conversation: UnifiedMessage, raws: string[]): Promise<InboxEntry[]> {
    const seen = new Set<string>();
    const entries: InboxEntry[] = [];
    for (const raw of [...raws].reverse()) {
      const message = parse(raw);
      if (!message) {
        await this.store.listRemove(inboxKey(conversation), raw); // not ours to answer: never blocks the others
        continue;
      }
      if (seen.has(message.id)) continue;
      seen.add(message.id);
      entries.push({ raw, message });
    }
    // Stable: equal timestamps (WhatsApp's are in seconds) keep their arrival order.
    return entries.sort((a, b) => Date.parse(a.message.receivedAt) - Date.parse(b.message.receivedAt));
  }

  /** Removes a message handled earlier (every copy of it) without saving the session. */
  async done(conversation: UnifiedMessage, entry: InboxEntry): Promise<void> {
    await this.store.listRemove(inboxKey(conversation), entry.raw);
  }
}

function inboxKey(message: Pick<UnifiedMessage, 'tenantId' | 'channel' | 'from'>): string {
  return `inbox:${message.tenantId}:${message.channel}:${message.from}`;
}

function parse(raw: string): UnifiedMessage | null {
  try {
    const message = JSON.parse(raw) as UnifiedMessage;
    return typeof message?.id === 'string' && typeof message.receivedAt === 'string' ? message : null;
  } catch {
    return null;
  }
}

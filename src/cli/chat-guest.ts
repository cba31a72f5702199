import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { inboundJobId } from '../messaging/outbound-message';
import type { UnifiedMessage } from '../messaging/unified-message';
import type { WorkQueue } from '../queue/work-queue.port';
import { hasHandled } from '../session/session';
import type { SessionManager } from '../session/session-manager';
import type { ChatChoice } from './chat-renderer';

/** Beyond the pipeline's own budgets (NLP, handler, lock) plus a retry or two. */
const HANDLED_TIMEOUT_MS = 45_000;
/** Replies count as finished once none has arrived for this long... */
const QUIET_MS = 150;
/**
 * ...after the first one, which may come later: the queue does not say when a reply job is running,
 * and the first request of the process pays for loading the HTTP client.
 */
const FIRST_REPLY_WAIT_MS = 5000;
const POLL_MS = 20;

export interface ChatGuestOptions {
  tenantId: string;
  /** The hotel's WhatsApp phone_number_id the guest writes to. */
  phoneNumberId: string;
  /** The first guest's number; /reset moves to the next one. */
  firstNumber: number;
  /** How many reply bodies have arrived so far, and when the last one did (ms since the epoch). */
  replies: () => { count: number; lastAt: number };
}

/** What a typed line becomes: plain text, or the tap on a numbered option. */
export function guestMessage(
  from: string,
  options: Pick<ChatGuestOptions, 'tenantId' | 'phoneNumberId'>,
  text: string,
  choice?: ChatChoice,
): UnifiedMessage {
  const message: UnifiedMessage = {
    id: `wamid.GUEST${randomUUID().replace(/-/g, '')}`,
    channel: 'whatsapp',
    tenantId: options.tenantId,
    from,
    kind: choice ? 'interactive' : 'text',
    text: choice ? choice.title : text,
    phoneNumberId: options.phoneNumberId,
    receivedAt: new Date().toISOString(),
    correlationId: randomUUID(),
  };
  if (choice) message.interactive = { kind: choice.kind, id: choice.id, title: choice.title };
  return message;
}

/**
 * The guest at the terminal: each line goes on the inbound queue as a WhatsApp message would after
 * the webhook, and `say` returns once the worker has handled it and its replies have stopped arriving.
 */
export class ChatGuest {
  private sequence = 0;

  constructor(
    private readonly queue: Pick<WorkQueue, 'add' | 'depth'>,
    private readonly sessions: Pick<SessionManager, 'getOrCreate'>,
    private readonly options: ChatGuestOptions,
  ) {}

  /** The guest's WhatsApp number (wa_id). */
  get number(): string {
    return String(this.options.firstNumber + this.sequence);
  }

  /** Becomes a new guest, with a new number and so a new session. */
  reset(): string {
    this.sequence += 1;
    return this.number;
  }

  /**
   * Sends a line (or the tap on `choice`) and waits for its replies: resolves with how many arrived,
   * or undefined when the message was not handled in time.
   */
  async say(text: string, choice?: ChatChoice): Promise<number | undefined> {
    const message = guestMessage(this.number, this.options, text, choice);
    const before = this.options.replies().count;
    await this.queue.add({
      queue: 'inbound',
      name: 'whatsapp-message',
      id: inboundJobId(message),
      data: message,
      correlationId: message.correlationId,
    });
    if (!(await this.handled(message))) return undefined;
    await this.quiet(before);
    return this.options.replies().count - before;
  }

  private async handled(message: UnifiedMessage): Promise<boolean> {
    const deadline = Date.now() + HANDLED_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const session = await this.sessions.getOrCreate(message.tenantId, message.channel, message.from);
      if (hasHandled(session, message.id)) return true;
      await sleep(POLL_MS);
    }
    return false;
  }

  /** Waits for a first reply (bounded), then until no reply is queued and none arrived for QUIET_MS. */
  private async quiet(countBefore: number): Promise<void> {
    const since = Date.now();
    const deadline = since + HANDLED_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const replies = this.options.replies();
      const isWaitingForFirst = replies.count === countBefore && Date.now() - since < FIRST_REPLY_WAIT_MS;
      const isQuiet = Date.now() - Math.max(since, replies.lastAt) >= QUIET_MS;
      if (!isWaitingForFirst && isQuiet && (await this.queue.depth('outbound')) === 0) return;
      await sleep(POLL_MS);
    }
  }
}

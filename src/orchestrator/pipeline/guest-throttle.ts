import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import type { UnifiedMessage } from '../../messaging/unified-message';
import type { Session } from '../../session/session';

/** The per-guest limit counts the messages of the last minute. */
export const GUEST_WINDOW_MS = 60_000;

/** What the per-guest rate limit makes of one message, and what to save with it. */
export interface GuestVerdict {
  /** Over the limit: the message is marked handled without NLU, handlers or PMS. */
  throttled: boolean;
  /** Throttled, and the first time in the window: the guest gets the one polite notice. */
  notify: boolean;
  /** Records the verdict in the session (deterministic: SessionManager.update may re-apply it). */
  record: (draft: Session) => void;
}

const UNLIMITED: GuestVerdict = { throttled: false, notify: false, record: () => undefined };

/**
 * RATE_LIMIT_GUEST_PER_MIN (design §8): a guest gets at most that many messages a minute through the
 * pipeline. The window is the arrival times of the messages let through, kept in the session the
 * worker loads anyway (no extra store round trip) and capped at the limit. Only messages let through
 * count, so a guest who keeps writing is answered again as soon as the oldest of them is a minute
 * old. A message arrives when the channel says it did (WhatsApp's timestamp, Gmail's internal date),
 * never later than now: a backlog the workers catch up on after an outage was not sent quickly, and
 * must not be throttled as if it had been.
 */
@Injectable()
export class GuestThrottle {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get limitPerMin(): number {
    return this.config.rateLimit.guestPerMin;
  }

  judge(session: Session, message: UnifiedMessage): GuestVerdict {
    const limit = this.limitPerMin;
    // A conversation with a person is not the bot's to limit; a reaction is never answered anyway.
    if (limit === 0 || session.handoff || message.kind === 'reaction') return UNLIMITED;
    const arrival = this.arrivalOf(message);
    const windowStart = arrival - GUEST_WINDOW_MS;
    const counted = (session.recentArrivals ?? []).filter((at) => at > windowStart);
    if (counted.length < limit) {
      const arrivals = [...counted, arrival].sort((a, b) => a - b);
      return { throttled: false, notify: false, record: (draft) => void (draft.recentArrivals = arrivals) };
    }
    const lastNotice = session.throttleNoticeAt ?? null;
    const notify = lastNotice === null || lastNotice <= windowStart;
    return {
      throttled: true,
      notify,
      record: (draft) => {
        if (notify) draft.throttleNoticeAt = arrival;
      },
    };
  }

  private arrivalOf(message: UnifiedMessage): number {
    const now = this.clock.now();
    const stamped = Date.parse(message.receivedAt);
    return Number.isFinite(stamped) ? Math.min(Math.max(stamped, 0), now) : now;
  }
}

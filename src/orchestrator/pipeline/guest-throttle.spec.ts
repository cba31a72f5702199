import { Clock } from '../../common/clock';
import { loadConfig } from '../../config/load-config';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { freshSession, type Session } from '../../session/session';
import { GUEST_WINDOW_MS, GuestThrottle } from './guest-throttle';

const START = Date.parse('2026-11-25T10:00:00Z');

class ManualClock extends Clock {
  ms = START;
  override now(): number {
    return this.ms;
  }
}

describe('GuestThrottle', () => {
  let clock: ManualClock;
  let session: Session;
  let sequence = 0;

  const throttle = (limit: number): GuestThrottle =>
    new GuestThrottle(loadConfig({ RATE_LIMIT_GUEST_PER_MIN: String(limit) }), clock);

  const message = (overrides: Partial<UnifiedMessage> = {}): UnifiedMessage => ({
    id: `wamid.${++sequence}`,
    channel: 'whatsapp',
    tenantId: 'demo',
    from: '34600111222',
    kind: 'text',
    text: 'hola',
    receivedAt: new Date(clock.now()).toISOString(),
    correlationId: 'c',
    ...overrides,
  });

  /** Judges a message and saves what the verdict records, as the worker does. */
  const send = (subject: GuestThrottle, overrides: Partial<UnifiedMessage> = {}) => {
    const verdict = subject.judge(session, message(overrides));
    const draft = structuredClone(session);
    verdict.record(draft);
    session = draft;
    return { throttled: verdict.throttled, notify: verdict.notify };
  };

  beforeEach(() => {
    clock = new ManualClock();
    session = freshSession(
      { tenantId: 'demo', channel: 'whatsapp', guestId: '34600111222' },
      new Date(START),
    );
  });

  it('lets the limit through in a minute, then one notice, then silence, then answers once the minute frees up', () => {
    const subject = throttle(3);
    const verdicts = [];
    for (let i = 0; i < 6; i++) {
      verdicts.push(send(subject));
      clock.ms += 1000;
    }
    expect(verdicts).toEqual([
      { throttled: false, notify: false },
      { throttled: false, notify: false },
      { throttled: false, notify: false },
      { throttled: true, notify: true },
      { throttled: true, notify: false },
      { throttled: true, notify: false },
    ]);
    expect(session.recentArrivals).toEqual([START, START + 1000, START + 2000]);
    expect(session.throttleNoticeAt).toBe(START + 3000);
    clock.ms = START + GUEST_WINDOW_MS; // the first arrival is exactly a minute old: out of the window
    expect(send(subject)).toEqual({ throttled: false, notify: false });
    expect(session.recentArrivals).toEqual([START + 1000, START + 2000, START + GUEST_WINDOW_MS]);
    expect(send(subject)).toEqual({ throttled: true, notify: false }); // noticed less than a minute ago
  });

  it('gives a new notice to a new burst more than a minute after the last one', () => {
    const subject = throttle(1);
    send(subject);
    expect(send(subject)).toEqual({ throttled: true, notify: true });
    clock.ms += GUEST_WINDOW_MS + 1;
    expect(send(subject)).toEqual({ throttled: false, notify: false });
    expect(send(subject)).toEqual({ throttled: true, notify: true });
  });

  it('drops arrival times over a minute old, so the list never outgrows the limit', () => {
    const subject = throttle(2);
    session.recentArrivals = Array.from({ length: 1000 }, (_, i) => START - GUEST_WINDOW_MS - i);
    expect(send(subject)).toEqual({ throttled: false, notify: false });
    clock.ms += 1;
    send(subject);
    clock.ms += 1;
    send(subject);
    expect(session.recentArrivals).toEqual([START, START + 1]);
  });

  it('measures when the channel says the guest sent it: a backlog caught up at once is not a burst', () => {
    const subject = throttle(2);
    clock.ms = START + 10 * GUEST_WINDOW_MS;
    for (let i = 0; i < 5; i++) {
      const sentAt = new Date(START + i * GUEST_WINDOW_MS).toISOString();
      expect(send(subject, { receivedAt: sentAt })).toEqual({ throttled: false, notify: false });
    }
  });

  it('never takes an arrival for later than now, nor an unreadable stamp for anything but now', () => {
    const subject = throttle(5);
    send(subject, { receivedAt: '2099-01-01T00:00:00Z' });
    send(subject, { receivedAt: 'not a date' });
    expect(session.recentArrivals).toEqual([START, START]);
  });

  it('leaves alone a guest in a conversation with a person, reactions, and everyone when the limit is 0', () => {
    const subject = throttle(1);
    send(subject);
    session.handoff = true;
    expect(send(subject)).toEqual({ throttled: false, notify: false });
    session.handoff = false;
    expect(send(subject, { kind: 'reaction' })).toEqual({ throttled: false, notify: false });
    expect(session.recentArrivals).toEqual([START]);
    for (let i = 0; i < 50; i++) expect(send(throttle(0))).toEqual({ throttled: false, notify: false });
  });

  it('reads a session stored before the limit existed as one with no arrivals', () => {
    const subject = throttle(1);
    delete session.recentArrivals;
    delete session.throttleNoticeAt;
    expect(send(subject)).toEqual({ throttled: false, notify: false });
    expect(send(subject)).toEqual({ throttled: true, notify: true });
  });
});

import type { TestingModule } from '@nestjs/testing';
import fc from 'fast-check';
import { register } from 'prom-client';
import { compileWithCore } from '../../test/support/core-module';
import { uniquePrefix } from '../../test/support/app-harness';
import { describeWithRedis, type RedisHandle, startRedis } from '../../test/support/redis-server';
import type { RawEnvironment } from '../config/load-config';
import { Store } from '../storage/store.port';
import { freshSession, recordIntent, type Session } from './session';
import { SessionManager } from './session-manager';
import { SessionModule } from './session.module';
import { compareAndSetScript } from './session.scripts';

const KEY = 'session:demo:whatsapp:34600111222';
const DAY_MS = 86_400_000;

/** A valid stored session as written before the per-guest rate limit existed (no arrival fields). */
function storedBeforeRateLimits(overrides: Record<string, unknown> = {}): string {
  const identity = { tenantId: 'demo', channel: 'whatsapp', guestId: '34600111222' };
  const { recentArrivals: _arrivals, ...old } = freshSession(identity, new Date());
  return JSON.stringify({ ...old, version: 3, ...overrides });
}

async function recoveredCount(reason: string): Promise<number> {
  const metric = await register.getSingleMetric('hotel_agent_session_recovered_total')?.get();
  return metric?.values.find((v) => v.labels.reason === reason)?.value ?? 0;
}

function sessionContract(envFor: () => RawEnvironment): void {
  let module: TestingModule;
  let other: TestingModule;
  let sessions: SessionManager;
  let secondWriter: SessionManager;
  let store: Store;

  beforeEach(async () => {
    const env = { ...envFor(), KEY_PREFIX: uniquePrefix('session') };
    module = await compileWithCore(env, [SessionModule]);
    await module.init();
    sessions = module.get(SessionManager);
    store = module.get(Store);
    // A second application instance on the same store (in Redis mode: another connection).
    other = envFor().REDIS_URL ? await compileWithCore(env, [SessionModule]) : module;
    if (other !== module) await other.init();
    secondWriter = other.get(SessionManager);
  });
  afterEach(async () => {
    if (other !== module) await other.close();
    await module.close();
  });

  const guest = (): Promise<Session> => sessions.getOrCreate('demo', 'whatsapp', '34600111222');

  it('creates a fresh session under session:{tenant}:{channel}:{guest} with the TTL', async () => {
    const session = await guest();
    expect(session).toMatchObject({
      tenantId: 'demo',
      channel: 'whatsapp',
      guestId: '34600111222',
      language: null,
      guestName: null,
      intents: [],
      dialogue: { flow: null, awaiting: null, slots: {} },
      fallbackCount: 0,
      handoff: false,
      lastMessageId: null,
      version: 1,
    });
    expect(JSON.parse((await store.get(KEY)) as string)).toEqual(session);
    expect(await store.ttlMs(KEY)).toBeGreaterThan(DAY_MS - 5000);
  });

  it('returns the stored session on the next read', async () => {
    const first = await sessions.update(await guest(), (s) => void (s.guestName = 'Ana'));
    const again = await guest();
    expect(again).toEqual(first);
  });

  it('refreshes the TTL on read only when less than the threshold remains', async () => {
    await guest();
    await store.compareAndExpire(KEY, (await store.get(KEY)) as string, 2 * 3600 * 1000);
    await guest();
    expect(await store.ttlMs(KEY)).toBeLessThanOrEqual(2 * 3600 * 1000);
    await store.compareAndExpire(KEY, (await store.get(KEY)) as string, 1000 * 1000);
    await guest();
    expect(await store.ttlMs(KEY)).toBeGreaterThan(DAY_MS - 5000);
  });

  it('saves an update with a new version and a slid TTL, keeping identity and creation time', async () => {
    const session = await guest();
    await store.compareAndExpire(KEY, (await store.get(KEY)) as string, 60_000);
    const saved = await sessions.update(session, (s) => {
      s.language = 'es';
      s.guestId = 'someone-else';
      s.dialogue = { flow: 'make_reservation', awaiting: 'dates', slots: { guests: 2 } };
    });
    expect(saved).toMatchObject({
      version: 2,
      language: 'es',
      guestId: '34600111222',
      createdAt: session.createdAt,
    });
    expect(saved.dialogue.slots).toEqual({ guests: 2 });
    expect(JSON.parse((await store.get(KEY)) as string)).toEqual(saved);
    expect(await store.ttlMs(KEY)).toBeGreaterThan(DAY_MS - 5000);
  });

  it('keeps only the newest SESSION_MAX_INTENT_HISTORY intents', async () => {
    let session = await guest();
    for (let i = 0; i < 8; i++) {
      session = await sessions.update(session, (s) => recordIntent(s, `intent_${i}`, 0.9, new Date()));
    }
    expect(session.intents.map((intent) => intent.name)).toEqual([
      'intent_3',
      'intent_4',
      'intent_5',
      'intent_6',
      'intent_7',
    ]);
  });

  it.each([
    ['truncated JSON', '{"tenantId":"demo","channel":"whatsa', 'unparseable'],
    ['not JSON at all', '\u0000\u0001binary', 'unparseable'],
    [
      'wrong types',
      JSON.stringify({ tenantId: 'demo', channel: 'whatsapp', guestId: '34600111222', version: 'two' }),
      'invalid',
    ],
    ['a JSON array', '[1,2,3]', 'invalid'],
    ['another guest’s session', null, 'invalid'],
    ['arrival times that are not numbers', storedBeforeRateLimits({ recentArrivals: ['soon'] }), 'invalid'],
    ['negative arrival times', storedBeforeRateLimits({ recentArrivals: [-5] }), 'invalid'],
    ['arrival times that are not a list', storedBeforeRateLimits({ recentArrivals: 12 }), 'invalid'],
    [
      'more arrival times than any limit keeps',
      storedBeforeRateLimits({ recentArrivals: Array.from({ length: 1001 }, () => 1) }),
      'invalid',
    ],
    ['a notice time that is not a number', storedBeforeRateLimits({ throttleNoticeAt: 'now' }), 'invalid'],
  ])('quarantines %s for a week and answers with a fresh session', async (_label, stored, reason) => {
    const foreign = async (): Promise<string> => {
      const real = await sessions.getOrCreate('demo', 'whatsapp', '999');
      return JSON.stringify(real);
    };
    const raw = stored ?? (await foreign());
    await store.set(KEY, raw, DAY_MS);
    const before = await recoveredCount(reason);
    const session = await guest();
    expect(session.version).toBe(1);
    expect(session.guestId).toBe('34600111222');
    expect(await recoveredCount(reason)).toBe(before + 1);
    const [quarantined] = await store.scanKeys('session-quarantine:demo:whatsapp:34600111222:*', 10);
    expect(await store.get(quarantined)).toBe(raw);
    expect(await store.ttlMs(quarantined)).toBeGreaterThan(6 * DAY_MS);
    expect(JSON.parse((await store.get(KEY)) as string)).toEqual(session);
  });

  it('loads a session stored before the rate-limit fields existed as one with no arrivals', async () => {
    await store.set(KEY, storedBeforeRateLimits(), DAY_MS);
    const before = await recoveredCount('invalid');
    const session = await guest();
    expect(session).toMatchObject({ version: 3, recentArrivals: [], throttleNoticeAt: null });
    expect(await recoveredCount('invalid')).toBe(before);
    const saved = await sessions.update(session, (s) => void (s.recentArrivals = [1_764_000_000_000]));
    expect(JSON.parse((await store.get(KEY)) as string)).toMatchObject({
      version: 4,
      recentArrivals: [1_764_000_000_000],
    });
    expect(saved.recentArrivals).toEqual([1_764_000_000_000]);
  });

  it('re-applies an update to a fresh session when the stored one turned unreadable meanwhile', async () => {
    const session = await guest();
    await store.set(KEY, '{"broken', DAY_MS);
    const saved = await sessions.update(session, (s) => void (s.fallbackCount += 1));
    expect(saved).toMatchObject({ fallbackCount: 1, version: 2 });
  });

  it('re-creates a session that expired before the update was saved', async () => {
    const session = await sessions.update(await guest(), (s) => void (s.guestName = 'Old'));
    await store.delete(KEY);
    const saved = await sessions.update(session, (s) => void (s.handoff = true));
    expect(saved).toMatchObject({ handoff: true, guestName: null, version: 2 });
  });

  describe('with a list kept beside the session (the orchestrator’s inbox)', () => {
    const LIST = 'inbox:demo:whatsapp:34600111222';

    it('reads the list, head first, in the call that creates or loads the session', async () => {
      await store.pushAllCapped(LIST, ['first', 'second'], 10);
      const created = await sessions.getOrCreateWithList('demo', 'whatsapp', '34600111222', LIST);
      expect(created.session).toMatchObject({ guestId: '34600111222', version: 1 });
      expect(created.list).toEqual(['second', 'first']);
      const saved = await sessions.update(created.session, (s) => void (s.guestName = 'Ana'));
      const loaded = await sessions.getOrCreateWithList('demo', 'whatsapp', '34600111222', LIST);
      expect(loaded).toEqual({ session: saved, list: ['second', 'first'] });
    });

    it('answers an empty list when there is none', async () => {
      const opened = await sessions.getOrCreateWithList('demo', 'whatsapp', '34600111222', LIST);
      expect(opened.list).toEqual([]);
    });

    it('removes every copy of the value from the list in the save, and nothing else', async () => {
      await store.pushAllCapped(LIST, ['done', 'waiting', 'done'], 10);
      const session = await guest();
      const saved = await sessions.update(session, (s) => void (s.fallbackCount += 1), {
        key: LIST,
        value: 'done',
      });
      expect(JSON.parse((await store.get(KEY)) as string)).toEqual(saved);
      expect(await store.listRange(LIST, 0, -1)).toEqual(['waiting']);
    });

    it('removes the value when a conflicting write made the update re-apply itself', async () => {
      await store.pushAllCapped(LIST, ['done', 'waiting'], 10);
      const stale = await guest();
      await secondWriter.update(stale, (s) => void (s.guestName = 'Ana'));
      const saved = await sessions.update(stale, (s) => void (s.fallbackCount += 1), {
        key: LIST,
        value: 'done',
      });
      expect(saved).toMatchObject({ guestName: 'Ana', fallbackCount: 1, version: 3 });
      expect(await store.listRange(LIST, 0, -1)).toEqual(['waiting']);
    });

    it('leaves the list alone when the save meets another version (the script itself, on every store)', async () => {
      await store.pushAllCapped(LIST, ['done', 'waiting'], 10);
      const session = await guest();
      const reply = await store.run(
        compareAndSetScript,
        [KEY, LIST],
        [session.version + 1, JSON.stringify(session), DAY_MS, 'done'],
      );
      expect(reply.saved).toBe(false);
      expect(await store.listRange(LIST, 0, -1)).toEqual(['waiting', 'done']);
    });
  });

  it('never drops a concurrent writer’s change (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ item: fc.string({ minLength: 1, maxLength: 8 }), writer: fc.boolean() }), {
          minLength: 1,
          maxLength: 12,
        }),
        async (changes) => {
          await store.delete(KEY);
          const start = await guest();
          await Promise.all(
            changes.map(({ item, writer }, i) =>
              (writer ? secondWriter : sessions).update(start, (s) => {
                const items = (s.dialogue.slots.items as string[] | undefined) ?? [];
                s.dialogue.slots.items = [...items, `${i}:${item}`];
                s.fallbackCount += 1;
              }),
            ),
          );
          const final = await guest();
          expect(final.fallbackCount).toBe(changes.length);
          expect(final.version).toBe(1 + changes.length);
          expect([...(final.dialogue.slots.items as string[])].sort()).toEqual(
            changes.map(({ item }, i) => `${i}:${item}`).sort(),
          );
        },
      ),
      { numRuns: 25 },
    );
  });
}

describe('SessionManager on the memory store', () => {
  sessionContract(() => ({}));
});

describeWithRedis('SessionManager on Redis', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  sessionContract(() => ({ REDIS_URL: redis.url }));
  afterAll(async () => {
    await redis?.stop();
  });
});

import { PinoLogger } from 'nestjs-pino';
import { Counter } from 'prom-client';
import { Clock } from '../common/clock';
import { loadConfig } from '../config/load-config';
import { MemoryKeyspace } from '../storage/memory-keyspace';
import { MemoryStore } from '../storage/memory.store';
import type { StoreScript } from '../storage/store-script';
import { SessionConflictError, SessionStoreUnavailableError } from './session.errors';
import { SessionManager } from './session-manager';

/** A memory store whose scripts can be made to fail, hang or always report a conflict. */
class FaultyStore extends MemoryStore {
  failures = 0;
  hang = false;
  alwaysConflict = false;
  calls = 0;

  override async run<R>(script: StoreScript<R>, keys: string[], args: Array<string | number>): Promise<R> {
    this.calls += 1;
    if (this.hang) return new Promise<R>(() => undefined);
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('ECONNRESET');
    }
    if (this.alwaysConflict && script.name === 'agentSessionCompareAndSet') {
      const stored = JSON.parse((await this.get(keys[0])) as string) as { version: number };
      await this.set(keys[0], JSON.stringify({ ...stored, version: stored.version + 1 }));
    }
    return super.run(script, keys, args);
  }
}

function build(): { sessions: SessionManager; store: FaultyStore } {
  const store = new FaultyStore('t:', new MemoryKeyspace({ maxKeys: 1000 }));
  const sessions = new SessionManager(
    store,
    loadConfig({}),
    new Clock(),
    new Counter({ name: 'recovered_test', help: 'x', labelNames: ['reason'], registers: [] }),
    new Counter({ name: 'conflicts_test', help: 'x', registers: [] }),
    new PinoLogger({ pinoHttp: { level: 'silent' } }),
  );
  return { sessions, store };
}

describe('SessionManager against a faulty store', () => {
  it('retries a transient store error and then succeeds', async () => {
    const { sessions, store } = build();
    store.failures = 2;
    await expect(sessions.getOrCreate('demo', 'whatsapp', '1')).resolves.toMatchObject({ version: 1 });
    expect(store.calls).toBe(3);
  });

  it('surfaces a store that keeps failing as SessionStoreUnavailableError after three attempts', async () => {
    const { sessions, store } = build();
    store.failures = 100;
    await expect(sessions.getOrCreate('demo', 'whatsapp', '1')).rejects.toBeInstanceOf(
      SessionStoreUnavailableError,
    );
    expect(store.calls).toBe(3);
  });

  it('does not hang on a store that never answers', async () => {
    jest.useFakeTimers();
    try {
      const { sessions, store } = build();
      store.hang = true;
      const outcome = sessions.getOrCreate('demo', 'whatsapp', '1').catch((error: unknown) => error);
      await jest.advanceTimersByTimeAsync(10_000);
      expect(await outcome).toBeInstanceOf(SessionStoreUnavailableError);
    } finally {
      jest.useRealTimers();
    }
  });

  it('gives up with SessionConflictError when every write meets a newer version', async () => {
    const { sessions, store } = build();
    const session = await sessions.getOrCreate('demo', 'whatsapp', '1');
    store.alwaysConflict = true;
    await expect(sessions.update(session, (s) => void (s.fallbackCount += 1))).rejects.toBeInstanceOf(
      SessionConflictError,
    );
  });

  it('leaves the list untouched when the update is never saved', async () => {
    const { sessions, store } = build();
    await store.pushCapped('inbox:1', 'message', 10);
    const session = await sessions.getOrCreate('demo', 'whatsapp', '1');
    store.alwaysConflict = true;
    const removal = { key: 'inbox:1', value: 'message' };
    await expect(
      sessions.update(session, (s) => void (s.fallbackCount += 1), removal),
    ).rejects.toBeInstanceOf(SessionConflictError);
    expect(await store.listRange('inbox:1', 0, -1)).toEqual(['message']);
  });
});

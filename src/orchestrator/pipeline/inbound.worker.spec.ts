import { PinoLogger } from 'nestjs-pino';
import { Counter, Histogram } from 'prom-client';
import { Clock } from '../../common/clock';
import { loadConfig } from '../../config/load-config';
import type { LockService } from '../../lock/lock.service';
import type { UnifiedMessage } from '../../messaging/unified-message';
import type { JobContext, WorkQueue } from '../../queue/work-queue.port';
import { hasHandled } from '../../session/session';
import { SessionManager } from '../../session/session-manager';
import { MemoryKeyspace } from '../../storage/memory-keyspace';
import { MemoryStore } from '../../storage/memory.store';
import type { StoreScript } from '../../storage/store-script';
import type { Tenant } from '../../tenants/tenant';
import type { TenantRegistry } from '../../tenants/tenant-registry';
import { ConversationInbox } from './conversation-inbox';
import type { ConversationPipeline } from './conversation-pipeline';
import { GuestThrottle } from './guest-throttle';
import { InboundWorker } from './inbound.worker';
import type { PipelineResult } from './pipeline-result';
import { ReplyOutbox } from './reply-outbox';

const GUEST = '34600000001';
const INBOX = `inbox:demo:whatsapp:${GUEST}`;

/** A memory store that counts the list commands sent on their own and can refuse session saves. */
class CountingStore extends MemoryStore {
  listReads = 0;
  listRemovals = 0;
  refuseSaves = false;

  override listRange(key: string, start: number, stop: number): Promise<string[]> {
    this.listReads += 1;
    return super.listRange(key, start, stop);
  }

  override listRemove(key: string, value: string): Promise<number> {
    this.listRemovals += 1;
    return super.listRemove(key, value);
  }

  override run<R>(script: StoreScript<R>, keys: string[], args: Array<string | number>): Promise<R> {
    if (this.refuseSaves && script.name === 'agentSessionCompareAndSet')
      return Promise.reject(new Error('ECONNRESET'));
    return super.run(script, keys, args);
  }
}

function message(id: string, receivedAt: string): UnifiedMessage {
  return {
    id,
    channel: 'whatsapp',
    tenantId: 'demo',
    from: GUEST,
    kind: 'text',
    text: id,
    receivedAt,
    correlationId: id,
  };
}

function jobFor(data: UnifiedMessage): JobContext<UnifiedMessage> {
  const signal = new AbortController().signal;
  return {
    queue: 'inbound',
    name: 'whatsapp-message',
    id: data.id,
    data,
    correlationId: data.id,
    attempt: 1,
    maxAttempts: 3,
    signal,
  };
}

const answered: PipelineResult = {
  replies: [{ type: 'text', text: 'hola' }],
  staffNotices: [],
  state: null,
  intent: 'greeting',
  confidence: 1,
  outcome: 'answered',
  language: 'es',
};

function build() {
  const store = new CountingStore('t:', new MemoryKeyspace({ maxKeys: 1000 }));
  const config = loadConfig({});
  const clock = new Clock();
  const logger = new PinoLogger({ pinoHttp: { level: 'silent' } });
  const counter = (name: string, labelNames: string[] = []) =>
    new Counter({ name, help: 'x', labelNames, registers: [] });
  const sessions = new SessionManager(
    store,
    config,
    clock,
    counter('recovered', ['reason']),
    counter('conflicts'),
    logger,
  );
  const handled: string[] = [];
  const pipeline = {
    handle: async (m: UnifiedMessage) => (handled.push(m.id), answered),
  } as unknown as ConversationPipeline;
  const locks = {
    withLock: (_keys: string[], fn: (signal: AbortSignal) => Promise<void>) =>
      fn(new AbortController().signal),
  } as unknown as LockService;
  const tenants = {
    require: async () => ({ id: 'demo', languages: ['es'] }) as unknown as Tenant,
  } as unknown as TenantRegistry;
  const queue = { addAll: async (jobs: unknown[]) => jobs.map(() => true) } as unknown as WorkQueue;
  const worker = new InboundWorker(
    queue,
    new ConversationInbox(store),
    locks,
    sessions,
    tenants,
    pipeline,
    new ReplyOutbox(logger),
    new GuestThrottle(config, clock),
    clock,
    counter('processed', ['channel', 'intent', 'outcome']),
    new Histogram({ name: 'seconds', help: 'x', labelNames: ['stage'], registers: [] }),
    counter('handoffs', ['event']),
    counter('throttled', ['channel']),
    logger,
  );
  return { store, sessions, worker, handled, inbox: new ConversationInbox(store) };
}

describe('InboundWorker', () => {
  it('answers every message waiting in the conversation, oldest first, and empties the inbox', async () => {
    const { store, sessions, worker, handled, inbox } = build();
    await inbox.enter(message('m1', '2026-11-25T10:00:01Z'));
    await worker.run(jobFor(message('m2', '2026-11-25T10:00:05Z')));
    expect(handled).toEqual(['m1', 'm2']);
    expect(await store.listRange(INBOX, 0, -1)).toEqual([]);
    const session = await sessions.getOrCreate('demo', 'whatsapp', GUEST);
    expect(hasHandled(session, 'm1') && hasHandled(session, 'm2')).toBe(true);
  });

  it('reads the inbox with the session and takes a message out with its save: no list command of its own', async () => {
    const { store, worker } = build();
    await worker.run(jobFor(message('m1', '2026-11-25T10:00:01Z')));
    expect({ reads: store.listReads, removals: store.listRemovals }).toEqual({ reads: 0, removals: 0 });
  });

  it('keeps a message in the inbox when the session that marks it handled could not be saved', async () => {
    const { store, worker, handled } = build();
    store.refuseSaves = true;
    await expect(worker.run(jobFor(message('m1', '2026-11-25T10:00:01Z')))).rejects.toThrow();
    expect(handled).toEqual(['m1']);
    expect(await store.listLength(INBOX)).toBe(1);
  });

  it('takes a message handled before out of the inbox without answering it again', async () => {
    const { store, worker, handled } = build();
    const m1 = message('m1', '2026-11-25T10:00:01Z');
    await worker.run(jobFor(m1));
    await worker.run(jobFor(m1)); // redelivered: the job puts it in the inbox again
    expect(handled).toEqual(['m1']);
    expect(await store.listLength(INBOX)).toBe(0);
  });
});

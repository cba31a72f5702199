import type { UnifiedMessage } from '../../messaging/unified-message';
import { MemoryKeyspace } from '../../storage/memory-keyspace';
import { MemoryStore } from '../../storage/memory.store';
import { ConversationInbox, type InboxEntry } from './conversation-inbox';

function message(id: string, receivedAt: string, from = '34600000001'): UnifiedMessage {
  return {
    id,
    channel: 'whatsapp',
    tenantId: 'demo',
    from,
    kind: 'text',
    text: id,
    receivedAt,
    correlationId: `c-${id}`,
  };
}

describe('ConversationInbox', () => {
  let store: MemoryStore;
  let inbox: ConversationInbox;

  beforeEach(() => {
    store = new MemoryStore('t:', new MemoryKeyspace({ maxKeys: 1000 }));
    inbox = new ConversationInbox(store);
  });

  /** The inbox as the worker sees it: the store's list (read with the session) turned into entries. */
  const readInbox = async (conversation: UnifiedMessage): Promise<InboxEntry[]> =>
    inbox.entriesIn(conversation, await store.listRange(inbox.keyOf(conversation), 0, -1));

  it('lists waiting messages oldest first, by send time and then by arrival', async () => {
    await inbox.enter(message('m2', '2026-11-25T10:00:05Z'));
    await inbox.enter(message('m1', '2026-11-25T10:00:01Z'));
    await inbox.enter(message('m3', '2026-11-25T10:00:05Z'));
    const waiting = await readInbox(message('x', '2026-11-25T10:00:00Z'));
    expect(waiting.map((entry) => entry.message.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('keeps conversations apart', async () => {
    await inbox.enter(message('a', '2026-11-25T10:00:00Z', '34600000001'));
    await inbox.enter(message('b', '2026-11-25T10:00:00Z', '34600000002'));
    const waiting = await readInbox(message('x', '2026-11-25T10:00:00Z', '34600000002'));
    expect(waiting.map((entry) => entry.message.id)).toEqual(['b']);
  });

  it('lists a message entered twice (a retried job) once, and done() removes every copy', async () => {
    const m = message('m1', '2026-11-25T10:00:01Z');
    await inbox.enter(m);
    await inbox.enter(m);
    const [entry, ...rest] = await readInbox(m);
    expect(rest).toHaveLength(0);
    await inbox.done(m, entry);
    await expect(readInbox(m)).resolves.toEqual([]);
  });

  it('drops an unreadable entry instead of letting it block the conversation', async () => {
    await store.pushCapped('inbox:demo:whatsapp:34600000001', '{broken', 10);
    await inbox.enter(message('m1', '2026-11-25T10:00:01Z'));
    const waiting = await readInbox(message('m1', '2026-11-25T10:00:01Z'));
    expect(waiting.map((entry) => entry.message.id)).toEqual(['m1']);
    await expect(store.listLength('inbox:demo:whatsapp:34600000001')).resolves.toBe(1);
  });
});

import type { UnifiedMessage } from '../messaging/unified-message';
import type { JobRequest } from '../queue/work-queue.port';
import type { Session } from '../session/session';
import { ChatGuest, guestMessage } from './chat-guest';

const OPTIONS = { tenantId: 'demo', phoneNumberId: '100000000000001' };

/** A queue whose worker "handles" each message at once and sends `repliesPerMessage` replies. */
function fakePipeline(repliesPerMessage: number) {
  const jobs: Array<JobRequest<UnifiedMessage>> = [];
  const handled = new Set<string>();
  const replies = { count: 0, lastAt: 0 };
  const queue = {
    add: async <T>(request: JobRequest<T>) => {
      const job = request as JobRequest<unknown> as JobRequest<UnifiedMessage>;
      jobs.push(job);
      handled.add(job.data.id);
      replies.count += repliesPerMessage;
      replies.lastAt = Date.now();
      return true;
    },
    depth: async () => 0,
  };
  const sessions = {
    getOrCreate: async () => ({ recentMessageIds: [...handled] }) as Session,
  };
  const guest = new ChatGuest(queue, sessions, {
    ...OPTIONS,
    firstNumber: 34600000001,
    replies: () => replies,
  });
  return { guest, jobs };
}

describe('guestMessage', () => {
  it('makes a typed line a WhatsApp text message to the hotel number', () => {
    const message = guestMessage('34600000001', OPTIONS, 'hola');
    expect(message).toMatchObject({
      channel: 'whatsapp',
      tenantId: 'demo',
      from: '34600000001',
      kind: 'text',
      text: 'hola',
      phoneNumberId: '100000000000001',
    });
    expect(message.interactive).toBeUndefined();
    expect(Date.parse(message.receivedAt)).not.toBeNaN();
  });

  it('makes a picked option the tap on it, with its title as the text', () => {
    const message = guestMessage('34600000001', OPTIONS, '1', {
      kind: 'list_reply',
      id: 'room:double',
      title: 'Doble',
    });
    expect(message).toMatchObject({
      kind: 'interactive',
      text: 'Doble',
      interactive: { kind: 'list_reply', id: 'room:double', title: 'Doble' },
    });
  });

  it('gives every message a fresh id and correlation id', () => {
    const [a, b] = [guestMessage('1', OPTIONS, 'x'), guestMessage('1', OPTIONS, 'x')];
    expect(a.id).not.toBe(b.id);
    expect(a.correlationId).not.toBe(b.correlationId);
  });
});

describe('ChatGuest', () => {
  it('queues the line as an inbound job and resolves with the number of replies', async () => {
    const { guest, jobs } = fakePipeline(2);
    await expect(guest.say('hola')).resolves.toBe(2);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ queue: 'inbound', id: `whatsapp:${jobs[0].data.id}` });
    expect(jobs[0].correlationId).toBe(jobs[0].data.correlationId);
  });

  it('writes as a new guest after a reset', async () => {
    const { guest, jobs } = fakePipeline(1);
    const first = guest.number;
    expect(guest.reset()).not.toBe(first);
    await guest.say('hello');
    expect(jobs[0].data.from).toBe(guest.number);
  });
});

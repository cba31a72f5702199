import type { RoomType } from '../../tenants/tenant';
import { parseText } from '../parse-text';
import { startNluThreadHandler } from './nlu-thread.handler';
import type { ParseMessage, ThreadMessage } from './nlu-thread.protocol';

// The thread's side of the protocol, run in this process on the real model.

const roomType = (id: string, es: string): RoomType => ({
  id,
  name: { es, en: es },
  maxGuests: 2,
  rooms: 1,
  rate: 100,
  photos: [],
});

const REQUEST: ParseMessage['request'] = {
  text: '¿cuánto cuesta la suite junior?',
  tenantLanguages: ['es', 'en'],
  timezone: 'Europe/Madrid',
  nowMs: Date.UTC(2026, 10, 26, 10),
};

describe('startNluThreadHandler', () => {
  jest.setTimeout(120_000);
  let posted: ThreadMessage[];
  let handle: (message: ParseMessage) => void;

  const answer = async (id: number): Promise<ThreadMessage> => {
    for (;;) {
      const found = posted.find((message) => 'id' in message && message.id === id);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  beforeAll(async () => {
    posted = [];
    handle = startNluThreadHandler((message) => posted.push(message));
    while (!posted.some((message) => message.kind === 'ready')) await new Promise((r) => setTimeout(r, 20));
  });

  it('announces the training time once it can parse', () => {
    expect(posted).toEqual([{ kind: 'ready', trainingMs: expect.any(Number) }]);
  });

  it("parses as the main thread would, with the tenant's room types kept from the first message", async () => {
    const roomTypes = [roomType('suite', 'Suite Junior')];
    handle({ id: 1, request: REQUEST, tenantKey: 'demo', roomTypesVersion: 4, roomTypes });
    handle({ id: 2, request: REQUEST, tenantKey: 'demo', roomTypesVersion: 4 });
    const inline = await parseText({ ...REQUEST, roomTypes });
    expect(inline.entities).toContainEqual(expect.objectContaining({ type: 'room_type' }));
    expect(await answer(1)).toEqual({ kind: 'parsed', id: 1, result: inline });
    expect(await answer(2)).toEqual({ kind: 'parsed', id: 2, result: inline });
  });

  it('takes newer room types of a tenant in place of the old ones', async () => {
    handle({
      id: 3,
      request: REQUEST,
      tenantKey: 'demo',
      roomTypesVersion: 5,
      roomTypes: [roomType('x', 'Ático')],
    });
    const parsed = await answer(3);
    expect(parsed.kind).toBe('parsed');
    expect(parsed.kind === 'parsed' && parsed.result.entities.map((entity) => entity.type)).toEqual([]);
  });

  it('refuses a version of room types it was never sent, rather than parse without them', async () => {
    handle({ id: 4, request: REQUEST, tenantKey: 'other', roomTypesVersion: 9 });
    expect(await answer(4)).toEqual({
      kind: 'failed',
      id: 4,
      message: 'room types of "other" v9 were never sent',
    });
  });
});

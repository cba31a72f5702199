import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RoomType } from '../../tenants/tenant';
import type { ParseRequest } from '../parse-text';
import { NluThread, type NluThreadEvent } from './nlu-thread';

const SCRIPTED = join(__dirname, '..', '..', '..', 'test', 'support', 'scripted-nlu.worker.js');

function request(text: string, roomTypes: readonly RoomType[] = []): ParseRequest {
  return {
    text,
    tenantLanguages: ['es'],
    timezone: 'Europe/Madrid',
    roomTypes,
    nowMs: Date.UTC(2026, 10, 26),
  };
}

const suite: RoomType = {
  id: 'suite',
  name: { es: 'Suite', en: 'Suite' },
  maxGuests: 2,
  rooms: 1,
  rate: 200,
  photos: [],
};

describe('NluThread on a scripted thread', () => {
  let events: NluThreadEvent[];
  let spawned: number;
  let thread: NluThread;

  function scripted(workerData: Record<string, unknown> = {}, stuckAfterMs = 200): NluThread {
    return new NluThread({
      stuckAfterMs,
      onEvent: (event) => events.push(event),
      spawn: () => {
        spawned += 1;
        return new Worker(SCRIPTED, { workerData });
      },
    });
  }

  beforeEach(() => {
    events = [];
    spawned = 0;
    thread = scripted();
  });
  afterEach(() => thread.stop());

  it('starts once, reports the training time and answers each parse by its id', async () => {
    await expect(thread.start()).resolves.toBe(7);
    const answers = await Promise.all([
      thread.parse(request('slow 30'), 't'),
      thread.parse(request('hola'), 't'),
    ]);
    expect(answers.map((answer) => (answer as unknown as { echo: string }).echo)).toEqual([
      'slow 30',
      'hola',
    ]);
    expect(spawned).toBe(1);
    expect(events).toEqual([{ kind: 'ready', trainingMs: 7 }]);
  });

  it("sends a hotel's room types only when the thread has not seen that version", async () => {
    const first = [suite];
    const seen = async (roomTypes: readonly RoomType[], tenant: string) =>
      (await thread.parse(request('room types', roomTypes), tenant)) as unknown as {
        sent: boolean;
        roomTypes: RoomType[];
      };
    expect(await seen(first, 'a')).toMatchObject({ sent: true, roomTypes: [suite] });
    expect(await seen(first, 'a')).toMatchObject({ sent: false, roomTypes: [suite] });
    expect(await seen(first, 'b')).toMatchObject({ sent: true });
    const reloaded = [{ ...suite, id: 'suite-2' }];
    expect(await seen(reloaded, 'a')).toMatchObject({ sent: true, roomTypes: [{ id: 'suite-2' }] });
  });

  it('fails a parse the thread could not do, and goes on', async () => {
    await expect(thread.parse(request('fail'), 't')).rejects.toThrow('NLU thread: cannot parse');
    await expect(thread.parse(request('hola'), 't')).resolves.toMatchObject({ intent: 'greeting' });
  });

  it('gives up at once when the signal aborts, with its reason', async () => {
    const controller = new AbortController();
    const parsing = thread.parse(request('slow 150'), 't', controller.signal);
    const reason = new Error('budget');
    setTimeout(() => controller.abort(reason), 20);
    const started = Date.now();
    await expect(parsing).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(140);
    // The late answer is dropped, and the thread, which did come back, is kept.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events.filter((event) => event.kind !== 'ready')).toEqual([]);
    await expect(thread.parse(request('hola'), 't')).resolves.toMatchObject({ intent: 'greeting' });
    expect(spawned).toBe(1);
  });

  it('does not start a parse whose signal has already aborted', async () => {
    await expect(thread.parse(request('hola'), 't', AbortSignal.abort(new Error('late')))).rejects.toThrow(
      'late',
    );
    expect(spawned).toBe(0);
  });

  it('replaces a thread that never comes back from a parse its caller gave up on', async () => {
    const controller = new AbortController();
    const hung = thread.parse(request('hang'), 't', controller.signal);
    const waiting = thread.parse(request('hola'), 't');
    controller.abort(new Error('budget'));
    await expect(hung).rejects.toThrow('budget');
    // The thread is stuck in the first parse: the second fails when the stuck thread is ended.
    await expect(waiting).rejects.toThrow(/NLU thread exited/);
    expect(events).toContainEqual({ kind: 'stuck', abandonedMs: 200 });
    await expect(thread.parse(request('hola'), 't')).resolves.toMatchObject({ intent: 'greeting' });
    expect(spawned).toBe(2);
  });

  it('fails what was waiting when the thread dies, and starts a new one for the next parse', async () => {
    const waiting = thread.parse(request('slow 100'), 't');
    await expect(thread.parse(request('crash'), 't')).rejects.toThrow('NLU thread exited with code 3');
    await expect(waiting).rejects.toThrow('NLU thread exited with code 3');
    expect(events).toContainEqual({ kind: 'exited', code: 3, pending: 2 });
    await expect(thread.parse(request('hola'), 't')).resolves.toMatchObject({ intent: 'greeting' });
    expect(spawned).toBe(2);
  });

  it('rejects start() when training fails, and says why', async () => {
    await thread.stop();
    thread = scripted({ trainingFails: true });
    await expect(thread.start()).rejects.toThrow('NLU training failed: no corpus');
    expect(events).toEqual([{ kind: 'training-failed', message: 'no corpus' }]);
  });

  it('stops without reporting an exit', async () => {
    await thread.start();
    await thread.stop();
    expect(events).toEqual([{ kind: 'ready', trainingMs: 7 }]);
    await expect(thread.parse(request('hola'), 't')).resolves.toMatchObject({ intent: 'greeting' });
    expect(spawned).toBe(2);
  });
});

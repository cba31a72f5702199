import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RoomType } from '../../tenants/tenant';
import type { ParseRequest } from '../parse-text';
import { NluThread, type NluThreadEvent } from './nlu-thread';

const SCRIPTED = join(__dirname, '..', '..', '..', 'test', 'support', 'scripted-nlu.worker.js');
const NO_ROOM_TYPES: readonly RoomType[] = [];

function request(text: string, roomTypes: readonly RoomType[] = NO_ROOM_TYPES): ParseRequest {
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

type Echo = { echo: string; sent: boolean; roomTypes?: RoomType[] };
const echoOf = (answer: unknown): Echo => answer as Echo;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('NluThread on a scripted thread', () => {
  let events: NluThreadEvent[];
  let spawned: number;
  let thread: NluThread;

  function scripted(stuckAfterMs: number, workerData: Record<string, unknown> = {}): NluThread {
    return new NluThread({
      stuckAfterMs,
      onEvent: (event) => events.push(event),
      spawn: () => {
        spawned += 1;
        return new Worker(SCRIPTED, { workerData });
      },
    });
  }

  beforeEach(async () => {
    events = [];
    spawned = 0;
    thread = scripted(5000);
    await thread.start();
  });
  afterEach(() => thread.stop());

  it('starts once, reports the training time and answers each parse by its id', async () => {
    await expect(thread.start()).resolves.toBe(7);
    const answers = await Promise.all([
      thread.parse(request('slow 30'), 't'),
      thread.parse(request('hola'), 't'),
    ]);
    expect(answers.map((answer) => echoOf(answer).echo)).toEqual(['slow 30', 'hola']);
    expect(spawned).toBe(1);
    expect(events).toEqual([{ kind: 'ready', trainingMs: 7 }]);
  });

  it('hands the thread a few parses at a time and queues the rest, in order', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => `slow ${5 + (i % 3)}`);
    const answers = await Promise.all(texts.map((text) => thread.parse(request(text), 't')));
    expect(answers.map((answer) => echoOf(answer).echo)).toEqual(texts);
  });

  it("sends a hotel's room types only when the thread has not seen that version", async () => {
    const first = [suite];
    const seen = async (roomTypes: readonly RoomType[], tenant: string) =>
      echoOf(await thread.parse(request('room types', roomTypes), tenant));
    expect(await seen(first, 'a')).toMatchObject({ sent: true, roomTypes: [suite] });
    expect(await seen(first, 'a')).toMatchObject({ sent: false, roomTypes: [suite] });
    expect(await seen(first, 'b')).toMatchObject({ sent: true });
    const reloaded = [{ ...suite, id: 'suite-2' }];
    expect(await seen(reloaded, 'a')).toMatchObject({ sent: true, roomTypes: [{ id: 'suite-2' }] });
    // A new thread has seen nothing: the same room types go again.
    await expect(thread.parse(request('crash'), 't')).rejects.toThrow('exited');
    expect(await seen(reloaded, 'a')).toMatchObject({ sent: true, roomTypes: [{ id: 'suite-2' }] });
    expect(spawned).toBe(2);
  });

  it('fails a parse the thread could not do, and goes on', async () => {
    await expect(thread.parse(request('fail'), 't')).rejects.toThrow('NLU thread: cannot parse');
    await expect(thread.parse(request('hola'), 't')).resolves.toMatchObject({ intent: 'greeting' });
  });

  it('fails a parse whose data cannot cross to the thread, and goes on', async () => {
    const unclonable = [{ ...suite, rate: (() => 1) as unknown as number }];
    await expect(thread.parse(request('room types', unclonable), 't')).rejects.toThrow(/could not be cloned/);
    // Nothing was recorded as sent: the next parse for that tenant carries its room types.
    expect(echoOf(await thread.parse(request('room types', [suite]), 't'))).toMatchObject({ sent: true });
  });

  it('gives up at once when the signal aborts, with its reason, and keeps a thread that comes back', async () => {
    const controller = new AbortController();
    const parsing = thread.parse(request('slow 600'), 't', controller.signal);
    const reason = new Error('budget');
    setTimeout(() => controller.abort(reason), 20);
    const started = Date.now();
    await expect(parsing).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(400);
    await pause(800); // the thread answers the abandoned parse late: dropped, no watchdog fires
    await expect(thread.parse(request('hola'), 't')).resolves.toMatchObject({ intent: 'greeting' });
    expect(events.filter((event) => event.kind !== 'ready')).toEqual([]);
    expect(spawned).toBe(1);
  });

  it('drops a waiting parse whose caller gave up before the thread ever sees it', async () => {
    const busy = ['slow 200', 'slow 200', 'slow 200', 'slow 200'].map((text) =>
      thread.parse(request(text), 't'),
    );
    const controller = new AbortController();
    // Fifth in line: still waiting here when it is given up, so the thread never crashes on it.
    const dropped = thread.parse(request('crash'), 't', controller.signal);
    controller.abort(new Error('gone'));
    await expect(dropped).rejects.toThrow('gone');
    await expect(Promise.all(busy)).resolves.toHaveLength(4);
    expect(events.filter((event) => event.kind === 'exited')).toEqual([]);
  });

  it('does not start a parse whose signal has already aborted', async () => {
    await expect(thread.parse(request('hola'), 't', AbortSignal.abort(new Error('late')))).rejects.toThrow(
      'late',
    );
  });

  it('replaces a thread that never comes back, once however many callers gave up on it', async () => {
    await thread.stop();
    thread = scripted(200);
    spawned = 0;
    const controllers = [0, 1, 2].map(() => new AbortController());
    const hung = [
      thread.parse(request('hang'), 't', controllers[0].signal),
      thread.parse(request('slow 1'), 't', controllers[1].signal),
      thread.parse(request('slow 1'), 't', controllers[2].signal),
    ];
    const stranded = thread.parse(request('hola'), 't'); // handed over, behind the hang
    const queued = thread.parse(request('queued'), 't'); // fifth: still waiting here
    for (const controller of controllers) controller.abort(new Error('budget'));
    for (const parse of hung) await expect(parse).rejects.toThrow('budget');
    await expect(stranded).rejects.toThrow('NLU thread stuck: restarted');
    expect(echoOf(await queued).echo).toBe('queued');
    expect(events.filter((event) => event.kind === 'stuck')).toEqual([{ kind: 'stuck', abandonedMs: 200 }]);
    expect(events.filter((event) => event.kind === 'exited')).toEqual([]);
    expect(spawned).toBe(2);
  });

  it('fails what was waiting when the thread dies, says why, and starts a new one for the next parse', async () => {
    const waiting = thread.parse(request('slow 100'), 't');
    await expect(thread.parse(request('crash'), 't')).rejects.toThrow('NLU thread exited with code 3');
    await expect(waiting).rejects.toThrow('NLU thread exited with code 3');
    expect(events).toContainEqual({ kind: 'exited', code: 3, pending: 2, reason: undefined });
    await expect(thread.parse(request('hola'), 't')).resolves.toMatchObject({ intent: 'greeting' });
    expect(spawned).toBe(2);
  });

  it('rejects start() when training fails, says why, and fails parses at once for a moment after', async () => {
    await thread.stop();
    thread = scripted(5000, { trainingFails: true });
    spawned = 0;
    await expect(thread.start()).rejects.toThrow('NLU training failed: no corpus');
    expect(events).toContainEqual({ kind: 'training-failed', message: 'no corpus' });
    await expect(thread.parse(request('hola'), 't')).rejects.toThrow('NLU thread unavailable');
    expect(spawned).toBe(1);
  });

  it('stops without reporting an exit, and starts again on the next parse', async () => {
    await thread.stop();
    expect(events).toEqual([{ kind: 'ready', trainingMs: 7 }]);
    await expect(thread.parse(request('hola'), 't')).resolves.toMatchObject({ intent: 'greeting' });
    expect(spawned).toBe(2);
  });
});

describe('NluThread and the life of the process', () => {
  jest.setTimeout(120_000);
  const run = (script: string) =>
    spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      cwd: join(__dirname, '..', '..', '..'),
      encoding: 'utf8',
      timeout: 20_000,
    });
  const boot = `
    const { Worker } = require('node:worker_threads');
    const { NluThread } = require('./src/nlp/thread/nlu-thread');
    const thread = new NluThread({ stuckAfterMs: 5000, spawn: () => new Worker(${JSON.stringify(SCRIPTED)}) });`;

  it('lets the process exit once the thread is idle, and holds it open while a parse is pending', () => {
    const result = run(`${boot}
      thread.start().then(() => thread.parse({ text: 'slow 300', tenantLanguages: [], timezone: 'UTC', roomTypes: [], nowMs: 0 }, 't'))
        .then((answer) => process.stdout.write('answered ' + answer.echo + '\\n'));`);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('answered slow 300');
  });

  it('holds the process open while the thread trains', () => {
    const result = run(`${boot}
      thread.start().then((ms) => process.stdout.write('ready after ' + ms + '\\n'));`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('ready after 7');
  });
});

import { IterationGate, linkSignals } from './async';

describe('linkSignals', () => {
  it('aborts with the reason of whichever source aborts first', () => {
    const [a, b] = [new AbortController(), new AbortController()];
    const linked = linkSignals([a.signal, b.signal]);
    expect(linked.signal.aborted).toBe(false);
    b.abort(new Error('b went first'));
    a.abort(new Error('a later'));
    expect(linked.signal.aborted).toBe(true);
    expect((linked.signal.reason as Error).message).toBe('b went first');
  });

  it('is aborted at once when a source already is', () => {
    const a = new AbortController();
    a.abort('gone');
    const linked = linkSignals([new AbortController().signal, a.signal]);
    expect([linked.signal.aborted, linked.signal.reason]).toEqual([true, 'gone']);
    linked.unlink();
  });

  it('no longer follows its sources once unlinked, and leaves no listener on them', () => {
    const source = new AbortController();
    const add = jest.spyOn(source.signal, 'addEventListener');
    const remove = jest.spyOn(source.signal, 'removeEventListener');
    const linked = linkSignals([source.signal]);
    linked.unlink();
    source.abort('late');
    expect(linked.signal.aborted).toBe(false);
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0][1]);
  });
});

describe('IterationGate', () => {
  it('lets every caller of one event-loop iteration through together, in its check phase', async () => {
    const gate = new IterationGate();
    const passed: string[] = [];
    const first = gate.pass();
    expect(gate.pass()).toBe(first);
    void first.then(() => passed.push('gate'));
    setImmediate(() => passed.push('immediate queued after the gate'));
    await Promise.resolve();
    expect(passed).toEqual([]);
    await first;
    expect(passed).toEqual(['gate']);
  });

  it('opens anew for the next iteration', async () => {
    const gate = new IterationGate();
    const first = gate.pass();
    await first;
    const second = gate.pass();
    expect(second).not.toBe(first);
    await expect(second).resolves.toBeUndefined();
  });
});

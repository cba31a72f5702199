import { linkSignals } from './async';

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

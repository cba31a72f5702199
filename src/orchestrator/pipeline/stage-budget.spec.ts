import { correlationOf, tagCorrelation } from '../../common/logging/correlation-context';
import { runWithBudget, StageTimeoutError } from './stage-budget';

describe('runWithBudget', () => {
  it("gives the work a signal with the message's correlation id, for code that logs deep in the stage", async () => {
    const message = tagCorrelation(new AbortController().signal, 'corr-stage');
    const seen = await runWithBudget('handler', 1000, message, async (signal) => correlationOf(signal));
    expect(seen).toEqual({ ok: true, value: { correlationId: 'corr-stage' } });
  });

  it('returns the value of work that finishes within its budget', async () => {
    await expect(runWithBudget('nlu', 1000, new AbortController().signal, async () => 42)).resolves.toEqual({
      ok: true,
      value: 42,
    });
  });

  it('aborts the work at the deadline and stops waiting even if the work ignores the signal', async () => {
    let seen: AbortSignal | undefined;
    const started = Date.now();
    const result = await runWithBudget('handler', 50, new AbortController().signal, (signal) => {
      seen = signal;
      return new Promise<never>(() => undefined); // never settles, never listens
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ ok: false, failure: 'timeout' });
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBeInstanceOf(StageTimeoutError);
    expect((seen?.reason as StageTimeoutError).stage).toBe('handler');
  });

  it('reports an exception as an error, not a timeout', async () => {
    const result = await runWithBudget('nlu', 1000, new AbortController().signal, () =>
      Promise.reject(new Error('boom')),
    );
    expect(result).toMatchObject({ ok: false, failure: 'error' });
    expect((result as { error: Error }).error.message).toBe('boom');
  });

  it('reports a synchronous throw as an error', async () => {
    const result = await runWithBudget('nlu', 1000, new AbortController().signal, () => {
      throw new Error('sync');
    });
    expect(result).toMatchObject({ ok: false, failure: 'error' });
  });

  it('rethrows when the outer signal aborts (shutdown, lost lock): that work must stop, not answer', async () => {
    const outer = new AbortController();
    const lost = new Error('lock lost');
    const running = runWithBudget('handler', 5000, outer.signal, () => new Promise<never>(() => undefined));
    outer.abort(lost);
    await expect(running).rejects.toBe(lost);
  });

  it('does not start when the outer signal is already aborted', async () => {
    const outer = new AbortController();
    outer.abort(new Error('gone'));
    const work = jest.fn(async () => 1);
    await expect(runWithBudget('nlu', 1000, outer.signal, work)).rejects.toThrow('gone');
    expect(work).not.toHaveBeenCalled();
  });
});

import { MicroBatcher } from './lock-batcher';

/** A send that records each batch and answers when the test says so. */
function controlledSend(): {
  batches: number[][];
  answer: (i: number, results?: Array<string | Error>) => void;
  fail: (i: number, error: Error) => void;
  send: (requests: number[]) => Promise<Array<string | Error>>;
} {
  const batches: number[][] = [];
  const settlers: Array<{ resolve: (r: Array<string | Error>) => void; reject: (e: Error) => void }> = [];
  return {
    batches,
    answer: (i, results) => settlers[i].resolve(results ?? batches[i].map((n) => `r${n}`)),
    fail: (i, error) => settlers[i].reject(error),
    send: (requests) => {
      batches.push(requests);
      return new Promise((resolve, reject) => settlers.push({ resolve, reject }));
    },
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('MicroBatcher', () => {
  it('sends a request made while idle at once, in a call of its own', async () => {
    const io = controlledSend();
    const batcher = new MicroBatcher(io.send, { maxBatch: 64, maxInFlight: 1 });
    const lone = batcher.submit(1);
    expect(io.batches).toEqual([[1]]);
    io.answer(0);
    await expect(lone).resolves.toBe('r1');
  });

  it('sends the requests made while a call is in flight together in the next call', async () => {
    const io = controlledSend();
    const batcher = new MicroBatcher(io.send, { maxBatch: 64, maxInFlight: 1 });
    const first = batcher.submit(1);
    const waiting = [2, 3, 4].map((n) => batcher.submit(n));
    await tick();
    expect(io.batches).toEqual([[1]]);
    io.answer(0);
    await expect(first).resolves.toBe('r1');
    await tick();
    expect(io.batches).toEqual([[1], [2, 3, 4]]);
    io.answer(1);
    await expect(Promise.all(waiting)).resolves.toEqual(['r2', 'r3', 'r4']);
  });

  it('puts what the answered callers ask next into one call, not a lone call and then the rest', async () => {
    const io = controlledSend();
    const batcher = new MicroBatcher(io.send, { maxBatch: 64, maxInFlight: 1 });
    void batcher.submit(0);
    const chained = [1, 2, 3].map((n) => batcher.submit(n).then(() => batcher.submit(n * 10)));
    await tick();
    io.answer(0);
    await tick();
    io.answer(1);
    await tick();
    expect(io.batches).toEqual([[0], [1, 2, 3], [10, 20, 30]]);
    io.answer(2);
    await expect(Promise.all(chained)).resolves.toEqual(['r10', 'r20', 'r30']);
  });

  it('caps a call at maxBatch requests and keeps at most maxInFlight calls going', async () => {
    const io = controlledSend();
    const batcher = new MicroBatcher(io.send, { maxBatch: 4, maxInFlight: 2 });
    const all = Array.from({ length: 10 }, (_, n) => batcher.submit(n));
    expect(io.batches).toEqual([[0], [1]]);
    io.answer(1);
    await tick();
    expect(io.batches[2]).toEqual([2, 3, 4, 5]);
    io.answer(0);
    await tick();
    expect(io.batches[3]).toEqual([6, 7, 8, 9]);
    io.answer(2);
    io.answer(3);
    await expect(Promise.all(all)).resolves.toHaveLength(10);
  });

  it("rejects only the request whose result is an error; the batch's others get theirs", async () => {
    const io = controlledSend();
    const batcher = new MicroBatcher(io.send, { maxBatch: 64, maxInFlight: 1 });
    const settled = Promise.allSettled([1, 2, 3].map((n) => batcher.submit(n)));
    io.answer(0);
    await tick();
    io.answer(1, ['r2', new Error('WRONGTYPE')]);
    const outcomes = (await settled).map((s) =>
      s.status === 'fulfilled' ? s.value : (s.reason as Error).message,
    );
    expect(outcomes).toEqual(['r1', 'r2', 'WRONGTYPE']);
  });

  it('rejects every request of a call that failed, and goes on with the next ones', async () => {
    const io = controlledSend();
    const batcher = new MicroBatcher(io.send, { maxBatch: 64, maxInFlight: 1 });
    const failed = Promise.allSettled([1, 2].map((n) => batcher.submit(n)));
    io.fail(0, new Error('store unreachable'));
    await tick();
    io.fail(1, new Error('store unreachable'));
    expect((await failed).map((s) => s.status)).toEqual(['rejected', 'rejected']);
    await tick();
    const later = batcher.submit(3);
    io.answer(2);
    await expect(later).resolves.toBe('r3');
  });

  it('rejects the batch when the call answers a different number of results', async () => {
    const io = controlledSend();
    const batcher = new MicroBatcher(io.send, { maxBatch: 64, maxInFlight: 1 });
    const pending = batcher.submit(1);
    io.answer(0, ['r1', 'r2']);
    await expect(pending).rejects.toThrow('a batch of 1 requests got 2 results');
  });

  it('rejects the batch when the send throws before it returns a promise', async () => {
    const batcher = new MicroBatcher<number, string>(
      () => {
        throw new Error('bad arguments');
      },
      { maxBatch: 64, maxInFlight: 1 },
    );
    await expect(batcher.submit(1)).rejects.toThrow('bad arguments');
  });
});

/** Sends a batch of requests as one call and answers one result, or one error, per request, in order. */
export type SendBatch<Req, Res> = (requests: Req[]) => Promise<Array<Res | Error>>;

export interface BatcherOptions {
  /** Requests per call at most; the rest wait for the next call. */
  maxBatch: number;
  /** Calls in flight at once; requests made meanwhile wait and go together in the next call. */
  maxInFlight: number;
}

interface Pending<Req, Res> {
  request: Req;
  resolve: (result: Res) => void;
  reject: (error: unknown) => void;
}

/**
 * Coalesces concurrent requests into batched calls (DataLoader-style). A request made while the
 * batcher is idle goes out at once, alone, so a lone caller waits for nothing; requests made while a
 * call is in flight (or right after: see `dispatch`) wait and then go together in one call. Under
 * load one script call carries many lock operations, so the per-call cost (client command, EVALSHA
 * dispatch) is paid once per batch.
 */
export class MicroBatcher<Req, Res> {
  private queue: Array<Pending<Req, Res>> = [];
  private inFlight = 0;

  constructor(
    private readonly send: SendBatch<Req, Res>,
    private readonly options: BatcherOptions,
  ) {}

  /** Settles with this request's own result: an error of another request in the batch is not ours. */
  submit(request: Req): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.flush();
    });
  }

  private flush(): void {
    while (this.queue.length > 0 && this.inFlight < this.options.maxInFlight) {
      void this.dispatch(this.queue.splice(0, this.options.maxBatch));
    }
  }

  private async dispatch(batch: Array<Pending<Req, Res>>): Promise<void> {
    this.inFlight += 1;
    try {
      const results = await this.send(batch.map((pending) => pending.request));
      if (results.length !== batch.length)
        throw new Error(`a batch of ${batch.length} requests got ${results.length} results`);
      batch.forEach((pending, i) => {
        const result = results[i];
        if (result instanceof Error) pending.reject(result);
        else pending.resolve(result);
      });
    } catch (error) {
      // The call itself failed (store unreachable, script missing): every request in it failed.
      for (const pending of batch) pending.reject(error);
    } finally {
      // The slot frees on the next tick, after the callers just answered have run on (as
      // microtasks): what they ask next (a release after its acquire) goes in one call together,
      // not as a lone call followed by everyone else's.
      process.nextTick(() => {
        this.inFlight -= 1;
        this.flush();
      });
    }
  }
}

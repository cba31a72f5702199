import { linkSignals } from '../async';
import { correlationOf, inheritCorrelation, tagCorrelation } from './correlation-context';

describe('correlation ids on signals', () => {
  it('names the work a signal belongs to, and nothing for an untagged one', () => {
    const job = tagCorrelation(new AbortController().signal, 'corr-1');
    expect(correlationOf(job)).toEqual({ correlationId: 'corr-1' });
    expect(correlationOf(new AbortController().signal)).toEqual({});
    expect(correlationOf(undefined)).toEqual({});
  });

  it('passes the tag to the signals linked from it', () => {
    const shutdown = new AbortController().signal;
    const job = tagCorrelation(new AbortController().signal, 'corr-2');
    expect(correlationOf(linkSignals([shutdown, job]).signal)).toEqual({ correlationId: 'corr-2' });
    expect(correlationOf(linkSignals([shutdown]).signal)).toEqual({});
  });

  it('takes the first tagged source, and a later tag of the same signal wins', () => {
    const first = tagCorrelation(new AbortController().signal, 'first');
    const second = tagCorrelation(new AbortController().signal, 'second');
    const derived = new AbortController().signal;
    inheritCorrelation(derived, [undefined, first, second]);
    expect(correlationOf(derived)).toEqual({ correlationId: 'first' });
    tagCorrelation(first, 'next message');
    expect(correlationOf(first)).toEqual({ correlationId: 'next message' });
  });
});

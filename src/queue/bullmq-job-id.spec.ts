import fc from 'fast-check';
import { fromBullMqJobId, toBullMqJobId } from './bullmq-job-id';

describe('BullMQ job ids', () => {
  it('never contain a colon and are never plain integers', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        const jobId = toBullMqJobId(id);
        expect(jobId).not.toContain(':');
        expect(/^\d+$/.test(jobId)).toBe(false);
      }),
    );
  });

  it('decode back to the original id, so distinct ids stay distinct', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => expect(fromBullMqJobId(toBullMqJobId(id))).toBe(id)),
    );
    expect(toBullMqJobId('a:b')).not.toBe(toBullMqJobId('a%3Ab'));
  });

  it('keep readable ids readable', () => {
    expect(toBullMqJobId('wamid.HBgL-1')).toBe('wamid.HBgL-1');
    expect(toBullMqJobId('12345')).toBe('#12345');
  });
});

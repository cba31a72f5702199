import fc from 'fast-check';
import { isValidCorrelationId, resolveCorrelationId } from './correlation-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('resolveCorrelationId', () => {
  it('keeps a well-formed X-Correlation-ID', () => {
    expect(resolveCorrelationId({ 'x-correlation-id': 'abc.DEF_1:2-3' })).toBe('abc.DEF_1:2-3');
  });

  it('falls back to X-Request-ID when there is no X-Correlation-ID', () => {
    expect(resolveCorrelationId({ 'x-request-id': 'req-42' })).toBe('req-42');
  });

  it.each([
    ['empty', ''],
    ['too long', 'a'.repeat(129)],
    ['spaces', 'a b'],
    ['log injection', 'id\n{"level":60}'],
    ['non-ascii', 'ñandú'],
  ])('replaces a malformed id (%s) with a fresh UUID v4', (_label, value) => {
    expect(resolveCorrelationId({ 'x-correlation-id': value })).toMatch(UUID_V4);
  });

  it('replaces a repeated header (an array) with a fresh UUID v4', () => {
    expect(resolveCorrelationId({ 'x-request-id': ['a', 'b'] })).toMatch(UUID_V4);
  });

  it('accepts exactly the 1–128 character ids of [A-Za-z0-9._:-]', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 200 }), (value) => {
        const expected = /^[A-Za-z0-9._:-]{1,128}$/.test(value);
        expect(isValidCorrelationId(value)).toBe(expected);
        const resolved = resolveCorrelationId({ 'x-correlation-id': value });
        expect(resolved === value).toBe(expected);
      }),
    );
  });
});

import fc from 'fast-check';
import { BACKOFF_JITTER, backoffDelayMs } from './backoff';

describe('backoffDelayMs', () => {
  it('doubles the delay with each attempt', () => {
    const noJitter = (): number => 1;
    expect([1, 2, 3, 4].map((attempt) => backoffDelayMs(attempt, 100, { random: noJitter }))).toEqual([
      100, 200, 400, 800,
    ]);
  });

  it('spreads a full-jitter delay over the whole range', () => {
    expect(backoffDelayMs(3, 100, { jitter: 1, random: () => 0 })).toBe(0);
    expect(backoffDelayMs(3, 100, { jitter: 1, random: () => 0.999 })).toBe(399);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelayMs(20, 10, { capMs: 250, random: () => 0.999 })).toBeLessThanOrEqual(250);
  });

  it('stays within [raw·(1−jitter), raw] for any random draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 10, max: 10_000 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (attempt, base, draw) => {
          const raw = base * 2 ** (attempt - 1);
          const delay = backoffDelayMs(attempt, base, { random: () => draw });
          expect(delay).toBeGreaterThanOrEqual(Math.floor(raw * (1 - BACKOFF_JITTER)));
          expect(delay).toBeLessThanOrEqual(raw);
        },
      ),
    );
  });
});

import { PmsInvalidRequestError } from './pms.errors';
import { calendarDateIn } from '../common/calendar';
import { nightsBetween, stayNights, validateStay } from './stay-validation';

const NOW = new Date('2026-11-25T23:30:00Z'); // already the 26th in Madrid, still the 25th in New York

function reasonOf(
  stay: { checkIn: string; checkOut: string; guests?: number },
  timezone = 'Europe/Madrid',
): string | null {
  try {
    validateStay(stay, timezone, NOW);
    return null;
  } catch (error) {
    if (error instanceof PmsInvalidRequestError) return error.reason;
    throw error;
  }
}

describe('stay validation', () => {
  it('knows the date in the hotel’s timezone', () => {
    expect(calendarDateIn('Europe/Madrid', NOW)).toBe('2026-11-26');
    expect(calendarDateIn('America/New_York', NOW)).toBe('2026-11-25');
  });

  it('lists each night of a stay, check-out excluded, across month and year ends', () => {
    expect(stayNights({ checkIn: '2026-12-30', checkOut: '2027-01-02' })).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
    ]);
    expect(nightsBetween('2027-02-27', '2027-03-01')).toBe(2);
  });

  it.each([
    [{ checkIn: '2026-12-12', checkOut: '2026-12-15', guests: 2 }, null],
    [{ checkIn: '2026-11-26', checkOut: '2026-11-27' }, null],
    [{ checkIn: '12/12/2026', checkOut: '2026-12-15' }, 'invalid_date'],
    [{ checkIn: '2026-02-30', checkOut: '2026-03-02' }, 'invalid_date'],
    [{ checkIn: '2026-12-15', checkOut: '2026-12-15' }, 'check_out_not_after_check_in'],
    [{ checkIn: '2026-12-15', checkOut: '2026-12-12' }, 'check_out_not_after_check_in'],
    [{ checkIn: '2026-11-25', checkOut: '2026-11-27' }, 'check_in_in_past'],
    [{ checkIn: '2026-12-01', checkOut: '2027-01-05' }, 'stay_too_long'],
    [{ checkIn: '2026-12-12', checkOut: '2026-12-15', guests: 0 }, 'invalid_guests'],
    [{ checkIn: '2026-12-12', checkOut: '2026-12-15', guests: 2.5 }, 'invalid_guests'],
    [{ checkIn: '2026-12-12', checkOut: '2026-12-15', guests: 21 }, 'invalid_guests'],
  ])('judges %j as %s', (stay, reason) => {
    expect(reasonOf(stay)).toBe(reason);
  });

  it('accepts today’s check-in in the hotel’s own timezone', () => {
    expect(reasonOf({ checkIn: '2026-11-25', checkOut: '2026-11-26' }, 'America/New_York')).toBeNull();
  });
});

import { calendarDateIn, hoursUntilWallTime, wallClockTimeIn } from './calendar';

describe('calendar', () => {
  it("reads today's date on the hotel's wall calendar", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Madrid.
    expect(calendarDateIn('Europe/Madrid', new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(calendarDateIn('America/Lima', new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it("reads the time on the hotel's wall clock, 24-hour, midnight as 00", () => {
    expect(wallClockTimeIn('Europe/Madrid', new Date('2026-11-26T23:05:00Z'))).toBe('00:05');
    expect(wallClockTimeIn('America/Bogota', new Date('2026-11-27T19:45:00Z'))).toBe('14:45');
  });

  it('counts the hours to a day and time on the hotel wall clock', () => {
    const now = new Date('2026-11-25T10:00:00Z'); // 11:00 in Madrid, 05:00 in Lima
    expect(hoursUntilWallTime('Europe/Madrid', now, '2026-11-26', '15:00')).toBe(28);
    expect(hoursUntilWallTime('America/Lima', now, '2026-11-26', '15:00')).toBe(34);
    expect(hoursUntilWallTime('Europe/Madrid', now, '2026-11-25', '10:30')).toBe(-0.5);
  });
});

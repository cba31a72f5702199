import { easterSunday, namedPeriod, namesAPeriod } from './named-periods';

describe('easterSunday', () => {
  it.each<[number, string]>([
    [2026, '2026-4-5'],
    [2027, '2027-3-28'],
    [2028, '2028-4-16'],
    [2038, '2038-4-25'],
  ])('is right for %d', (year, expected) => {
    const { month, day } = easterSunday(year);
    expect(`${year}-${month}-${day}`).toBe(expected);
  });
});

describe('namedPeriod', () => {
  const today = { year: 2026, month: 11, day: 27 };

  it('reads the periods guests name, the next time each comes', () => {
    expect(namedPeriod('queremos ir el puente de la Constitución', today)).toEqual({
      name: 'december_bridge',
      from: '2026-12-06',
      to: '2026-12-08',
    });
    expect(namedPeriod('habitación para el puente de diciembre', today)?.name).toBe('december_bridge');
    expect(namedPeriod('¿tenéis algo para semana santa?', today)).toEqual({
      name: 'easter',
      from: '2027-03-25',
      to: '2027-03-28',
    });
    expect(namedPeriod('rooms for Easter?', today)?.from).toBe('2027-03-25');
    expect(namedPeriod('el puente de mayo', today)).toMatchObject({ from: '2027-05-01', to: '2027-05-03' });
    // Once this year's is over, next year's.
    expect(namedPeriod('el puente de diciembre', { year: 2026, month: 12, day: 9 })?.from).toBe('2027-12-06');
  });

  it('reads the English names too', () => {
    expect(namedPeriod("what's the price for the December long weekend?", today)?.name).toBe(
      'december_bridge',
    );
    expect(namesAPeriod('Hola, queremos venir el puente de diciembre, somos 2')).toBe(true);
    expect(namesAPeriod('this weekend')).toBe(false);
  });

  it('reads next week as its Monday to Sunday, and this week as today to Sunday', () => {
    const friday = { year: 2026, month: 11, day: 27 };
    expect(namedPeriod('la semana que viene', friday)).toEqual({
      name: 'next_week',
      from: '2026-11-30',
      to: '2026-12-06',
    });
    expect(namedPeriod('para la próxima semana', friday)?.from).toBe('2026-11-30');
    expect(namedPeriod('next week', friday)?.to).toBe('2026-12-06');
    expect(namedPeriod('esta semana', friday)).toMatchObject({ from: '2026-11-27', to: '2026-11-29' });
    // On a Sunday, next week starts tomorrow and this week is today.
    const sunday = { year: 2026, month: 11, day: 29 };
    expect(namedPeriod('la semana que viene', sunday)?.from).toBe('2026-11-30');
    expect(namedPeriod('this week', sunday)).toMatchObject({ from: '2026-11-29', to: '2026-11-29' });
  });

  it('finds none in other words', () => {
    expect(namedPeriod('el puente romano está cerca?', today)).toBeNull();
    expect(namedPeriod('del 12 al 15 de diciembre', today)).toBeNull();
  });
});

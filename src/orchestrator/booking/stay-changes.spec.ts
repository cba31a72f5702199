import { inTheStaysMonth, inTheStaysWeek } from './stay-changes';

describe('inTheStaysWeek', () => {
  // Read on Thursday 26 November: "viernes a domingo" is 27-29 November.
  const fridayToSunday = { checkIn: '2026-11-27', checkOut: '2026-11-29' };

  it.each([
    'de viernes a domingo',
    'viernes al domingo',
    'Friday to Sunday',
    'fri - sun',
    'el viernes y el sábado por la noche',
  ])('moves %j to the week of a stay weeks ahead', (text) => {
    expect(inTheStaysWeek({ ...fridayToSunday, text }, '2026-12-12')).toEqual({
      checkIn: '2026-12-11',
      checkOut: '2026-12-13',
    });
  });

  it('leaves days said with a date, "this" or "next", days for a stay this week, and a first request alone', () => {
    for (const text of ['del viernes 27 al domingo 29', 'this friday to sunday', 'next friday to sunday']) {
      expect(inTheStaysWeek({ ...fridayToSunday, text }, '2026-12-12')).toEqual({ ...fridayToSunday, text });
    }
    const thisWeek = { ...fridayToSunday, text: 'de viernes a domingo' };
    expect(inTheStaysWeek(thisWeek, '2026-11-28')).toEqual(thisWeek);
    expect(inTheStaysWeek(thisWeek, undefined)).toEqual(thisWeek);
  });
});

describe('inTheStaysMonth', () => {
  // Read on 27 November: "del 11 al 13" is 11-13 December.
  const december = { checkIn: '2026-12-11', checkOut: '2026-12-13' };

  it.each(['del 11 al 13', 'the 11th to the 13th', '11-13', 'entre los días 11 y 13'])(
    'moves %j to the month of a stay in January',
    (text) => {
      expect(inTheStaysMonth(december, text, '2027-01-10')).toEqual({
        checkIn: '2027-01-11',
        checkOut: '2027-01-13',
      });
    },
  );

  it('moves a lone day, and a stay across the month end to the next month', () => {
    expect(inTheStaysMonth({ checkIn: '2026-12-11' }, 'el 11', '2027-01-10')).toEqual({
      checkIn: '2027-01-11',
    });
    expect(
      inTheStaysMonth({ checkIn: '2026-12-30', checkOut: '2027-01-02' }, 'del 30 al 2', '2027-01-10'),
    ).toEqual({ checkIn: '2027-01-30', checkOut: '2027-02-02' });
  });

  it('leaves days said with their month or a weekday, days of a stay this month, days it would move back, and a first request', () => {
    for (const text of ['del 11 al 13 de diciembre', 'del viernes 11 al domingo 13', 'Dec 11 to 13']) {
      expect(inTheStaysMonth(december, text, '2027-01-10')).toEqual(december);
    }
    expect(inTheStaysMonth(december, 'del 11 al 13', '2026-12-20')).toEqual(december);
    const january = { checkIn: '2027-01-03', checkOut: '2027-01-05' };
    expect(inTheStaysMonth(january, 'del 3 al 5', '2026-12-28')).toEqual(january);
    expect(inTheStaysMonth(december, 'del 11 al 13', undefined)).toEqual(december);
    // 31 February is no day: the days stay as read.
    expect(inTheStaysMonth({ checkIn: '2026-12-31' }, 'el 31', '2027-02-10')).toEqual({
      checkIn: '2026-12-31',
    });
  });
});

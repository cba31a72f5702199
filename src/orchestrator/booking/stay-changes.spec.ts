import { inTheStaysWeek } from './stay-changes';

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

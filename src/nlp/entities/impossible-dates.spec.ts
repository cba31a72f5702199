import type { Language } from '../nlp.types';
import { extractDates } from './dates';

// A Wednesday in November 2026: the next February, 2027's, has no 29th.
const NOW = new Date('2026-11-25T10:00:00Z');

function datesIn(text: string, language: Language, now = NOW) {
  return extractDates(text, { language, now, timezone: 'Europe/Madrid' })
    .filter((entity) => entity.type !== 'nights')
    .map(({ type, value, text: found }) => ({ type, value, text: found }));
}

const missing = (day: number, month: number, year: number | undefined, text: string) => ({
  type: 'no_such_date',
  value: { day, month, year },
  text,
});

describe('days the calendar does not have', () => {
  it.each<[string, Language, ReturnType<typeof missing>]>([
    ['el 29.2', 'es', missing(29, 2, 2027, '29.2')],
    ['29 de febrero', 'es', missing(29, 2, 2027, '29 de febrero')],
    ['29.2.2027', 'es', missing(29, 2, 2027, '29.2.2027')],
    ['29/2', 'es', missing(29, 2, 2027, '29/2')],
    ['el 31 de abril', 'es', missing(31, 4, undefined, '31 de abril')],
    ['Feb 29', 'en', missing(29, 2, 2027, 'Feb 29')],
    ['on the 29th of February', 'en', missing(29, 2, 2027, '29th of February')],
    ['2/29', 'en', missing(29, 2, 2027, '2/29')],
    ['June 31st', 'en', missing(31, 6, undefined, 'June 31st')],
  ])('reads %j as a day that does not exist, never as another day', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual([expected]);
  });

  it.each<[string, Language]>([
    ['del 27 al 29 de febrero', 'es'],
    ['del 29 de febrero al 2 de marzo', 'es'],
    ['27 al 29 feb', 'es'],
    ['del 27 al 29.2', 'es'],
    ['from Feb 27 to Feb 29', 'en'],
    ['the weekend of Feb 29', 'en'],
  ])('takes no day said with one that does not exist: %j', (text, language) => {
    expect(datesIn(text, language).map((entity) => entity.type)).toEqual(['no_such_date']);
  });

  it('reads 29 February in a leap year, and leaves times, prices and versions alone', () => {
    expect(datesIn('29 de febrero', 'es', new Date('2027-11-25T10:00:00Z'))).toEqual([
      { type: 'date', value: { date: '2028-02-29' }, text: '29 de febrero' },
    ]);
    for (const [text, language] of [
      ['llegamos a las 2.30', 'es'],
      ['we arrive at 2.30', 'en'],
      ['cuesta 31.4 €', 'es'],
      ['version 2.30 of the app', 'en'],
      ['somos 31 juntos', 'es'],
    ] as const) {
      expect([text, datesIn(text, language)]).toEqual([text, []]);
    }
  });
});

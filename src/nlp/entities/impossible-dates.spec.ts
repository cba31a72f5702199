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
    ['from April 29 to 31', 'en', missing(31, 4, undefined, 'April 29 to 31')],
    ['April 29-31', 'en', missing(31, 4, undefined, 'April 29-31')],
    ['from the 31st to May 2nd', 'en', missing(31, 4, undefined, '31st to May 2nd')],
    ['from Feb 27 to 29', 'en', missing(29, 2, 2027, 'Feb 27 to 29')],
    ['del 29 de abril al 31', 'es', missing(31, 4, undefined, '29 de abril al 31')],
    ['del 31 al 2 de mayo', 'es', missing(31, 4, undefined, '31 al 2 de mayo')],
    ['del 27 de febrero al 29', 'es', missing(29, 2, 2027, '27 de febrero al 29')],
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

  it.each<[string, Language, string, string]>([
    ['del 29 de abril al 3', 'es', '2027-04-29', '2027-05-03'],
    ['from April 29 to the 30th', 'en', '2027-04-29', '2027-04-30'],
    ['del 30 al 2 de mayo', 'es', '2027-04-30', '2027-05-02'],
  ])('reads a stay whose days all exist: %j', (text, language, checkIn, checkOut) => {
    expect(datesIn(text, language).map(({ type, value }) => ({ type, value }))).toEqual([
      { type: 'date_range', value: { checkIn, checkOut } },
    ]);
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
      ['llego el 31.40h', 'es'],
      ['arriving at 31.40h', 'en'],
    ] as const) {
      expect([text, datesIn(text, language)]).toEqual([text, []]);
    }
  });
});

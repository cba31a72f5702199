import type { Language } from '../nlp.types';
import { extractDates } from './dates';

// A Saturday, 11:00 in Madrid: the 10th of December is a Thursday, the 13th a Sunday.
const NOW = new Date('2026-11-28T10:00:00Z');

function datesIn(text: string, language: Language) {
  return extractDates(text, { language, now: NOW, timezone: 'Europe/Madrid' }).map(
    ({ type, value, text: found }) => ({ type, value, text: found }),
  );
}

const day = (date: string, text: string) => ({ type: 'date', value: { date }, text });
const range = (checkIn: string, checkOut: string, text: string) => ({
  type: 'date_range',
  value: { checkIn, checkOut },
  text,
});
const mismatch = (date: string, weekday: number, text: string) => ({
  type: 'weekday_mismatch',
  value: { date, weekday },
  text,
});

describe('extractDates with a weekday said beside the day it names', () => {
  it.each<[string, Language, object[]]>([
    // Before: the 10th and the next Thursday (3 December), two days.
    ['llegamos el 10, o sea el jueves', 'es', [day('2026-12-10', 'el 10')]],
    ['el jueves, o sea el 10, para 2', 'es', [day('2026-12-10', 'el 10')]],
    ['el 10 (jueves)', 'es', [day('2026-12-10', 'el 10')]],
    ['el 10, un jueves', 'es', [day('2026-12-10', 'el 10')]],
    // Before: a stay from the 3rd to the 6th, the Thursday and Sunday after today.
    [
      'queremos una doble, llegamos el 10, o sea el jueves, y nos vamos el domingo',
      'es',
      [range('2026-12-10', '2026-12-13', 'el 10, o sea el jueves, y nos vamos el domingo')],
    ],
    ['del 10 al 13, o sea de jueves a domingo', 'es', [range('2026-12-10', '2026-12-13', 'del 10 al 13')]],
    [
      'arriving the 10th, a thursday, leaving sunday',
      'en',
      [range('2026-12-10', '2026-12-13', 'the 10th, a thursday, leaving sunday')],
    ],
    [
      'thursday, i.e. the 10th to the 13th',
      'en',
      [range('2026-12-10', '2026-12-13', 'the 10th to the 13th')],
    ],
    ['dec 10th (thursday)', 'en', [day('2026-12-10', 'dec 10th')]],
    // QA 30 (es), H1: the 3rd of December booked.
    [
      'habitacion para el 10 de diciembre (jueves) 2 noches',
      'es',
      [
        range('2026-12-10', '2026-12-12', '10 de diciembre (jueves) 2 noches'),
        { type: 'nights', value: { nights: 2 }, text: '2 noches' },
      ],
    ],
    [
      '10 de diciembre, jueves, hasta el domingo',
      'es',
      [range('2026-12-10', '2026-12-13', '10 de diciembre, jueves, hasta el domingo')],
    ],
  ])('%s (%s)', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });

  it.each<[string, Language, object[]]>([
    [
      'llegamos el 11, o sea el jueves',
      'es',
      [mismatch('2026-12-11', 4, 'el 11, o sea el jueves'), day('2026-12-11', 'el 11')],
    ],
    [
      'del 10 al 13, o sea de miércoles a domingo',
      'es',
      [
        range('2026-12-10', '2026-12-13', 'del 10 al 13'),
        mismatch('2026-12-10', 3, 'al 13, o sea de miércoles a domingo'),
      ],
    ],
    [
      'the 12th, i.e. friday',
      'en',
      [mismatch('2026-12-12', 5, 'the 12th, i.e. friday'), day('2026-12-12', 'the 12th')],
    ],
  ])('tells a weekday that is not the day’s: %s (%s)', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });

  it.each<[string, Language, object[]]>([
    // A weekday with its article after a comma begins a sentence of its own.
    [
      'llegamos el 10, el domingo nos vamos',
      'es',
      [day('2026-12-10', 'el 10'), day('2026-11-29', 'domingo')],
    ],
    // A party's number is no day.
    ['somos 2, el jueves llegamos', 'es', [day('2026-12-03', 'jueves')]],
  ])('leaves a weekday of its own alone: %s (%s)', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });
});

describe('extractDates with a range from a day to a weekday', () => {
  it.each<[string, Language, object[]]>([
    // Before: from 10 December 2025 to 29 November, the day put a year back to come before the weekday.
    ['december 10th to sunday', 'en', [range('2026-12-10', '2026-12-13', 'december 10th to sunday')]],
    ['from dec 30 to saturday', 'en', [range('2026-12-30', '2027-01-02', 'dec 30 to saturday')]],
    ['from friday to sunday', 'en', [range('2026-12-04', '2026-12-06', 'friday to sunday')]],
    // Before: two dates, the 10th and the Sunday after today (the Sunday moved a week on, and no more).
    [
      'del 10 de diciembre al domingo',
      'es',
      [range('2026-12-10', '2026-12-13', '10 de diciembre al domingo')],
    ],
    ['del 30 de diciembre al sábado', 'es', [range('2026-12-30', '2027-01-02', '30 de diciembre al sábado')]],
    ['del viernes al domingo', 'es', [range('2026-12-04', '2026-12-06', 'viernes al domingo')]],
  ])('%s (%s)', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });
});

describe('extractDates with a weekday of leaving after a day said without its month', () => {
  it.each<[string, Language, object[]]>([
    // Before: from 10 to 29 November, the arrival put in the month of the next Sunday.
    [
      'llegamos el 10 y nos vamos el domingo',
      'es',
      [range('2026-12-10', '2026-12-13', 'el 10 y nos vamos el domingo')],
    ],
    [
      'llegamos el jueves 10 y nos vamos el domingo',
      'es',
      [range('2026-12-10', '2026-12-13', 'el jueves 10 y nos vamos el domingo')],
    ],
    [
      'arriving on the 10th and leaving sunday',
      'en',
      [range('2026-12-10', '2026-12-13', 'on the 10th and leaving sunday')],
    ],
    [
      'llegamos el 30 y nos vamos el sábado',
      'es',
      [range('2026-11-30', '2026-12-05', 'el 30 y nos vamos el sábado')],
    ],
  ])('%s (%s)', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });
});

import type { Language } from '../nlp.types';
import { extractDates } from './dates';
import { mendMonths } from './month-typos';
import { readChatContractions } from './range-words';

// A Friday, 11:00 in Madrid.
const NOW = new Date('2026-11-27T10:00:00Z');

function datesIn(text: string, language: Language) {
  return extractDates(text, { language, now: NOW, timezone: 'Europe/Madrid' }).map(
    ({ type, value, text: found }) => ({ type, value, text: found }),
  );
}

const range = (checkIn: string, checkOut: string, text: string) => ({
  type: 'date_range',
  value: { checkIn, checkOut },
  text,
});
const nights = (count: number, text: string) => ({ type: 'nights', value: { nights: count }, text });
const mismatch = (date: string, weekday: number, text: string) => ({
  type: 'weekday_mismatch',
  value: { date, weekday },
  text,
});

describe('extractDates with a month misspelt by a letter more or less', () => {
  it.each<[string, Language, ReturnType<typeof range>[]]>([
    ['del 3 al 5 de dicembre', 'es', [range('2026-12-03', '2026-12-05', 'del 3 al 5 de dicembre')]],
    ['del 3 al 5 de diciembr, somos 2', 'es', [range('2026-12-03', '2026-12-05', 'del 3 al 5 de diciembr')]],
    ['del 10 al 12 de febreo', 'es', [range('2027-02-10', '2027-02-12', 'del 10 al 12 de febreo')]],
    [
      'from the 3rd to the 5th of decmber',
      'en',
      [range('2026-12-03', '2026-12-05', 'from the 3rd to the 5th of decmber')],
    ],
    ['from 3 to 5 januray', 'en', [range('2027-01-03', '2027-01-05', '3 to 5 januray')]],
  ])('%s (%s)', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });

  it('keeps every index where it was, and leaves room words and true months alone', () => {
    const text = 'una junior 2 noches, del 3 al 5 de dicembre';
    expect(mendMonths(text, 'es')).toHaveLength(text.length);
    expect(mendMonths(text, 'es')).toBe('una junior 2 noches, del 3 al 5 de dic     ');
    expect(mendMonths('del 3 al 5 de diciembre', 'es')).toBe('del 3 al 5 de diciembre');
    expect(mendMonths('the junior 2 nights', 'en')).toBe('the junior 2 nights');
  });
});

describe('extractDates with the chat\'s contractions ("pal" for "para el", "d" for "de")', () => {
  const day = (date: string, text: string) => ({ type: 'date', value: { date }, text });

  it.each<[string, object[]]>([
    ['pal 24 al 26 d diciembre', [range('2026-12-24', '2026-12-26', 'pal 24 al 26 d diciembre')]],
    ['del 24 al 26 d dic', [range('2026-12-24', '2026-12-26', 'del 24 al 26 d dic')]],
    ['pal 24 al 26 d enero', [range('2027-01-24', '2027-01-26', 'pal 24 al 26 d enero')]],
    ['pal 24 hasta el 26 d dic', [range('2026-12-24', '2026-12-26', 'pal 24 hasta el 26 d dic')]],
    ['Pal 10 al 12 D Enero, seriamos 2', [range('2027-01-10', '2027-01-12', 'Pal 10 al 12 D Enero')]],
    ['x el 24 al 26', [range('2026-12-24', '2026-12-26', 'el 24 al 26')]],
    ['el 24 d marzo', [day('2027-03-24', '24 d marzo')]],
    ['pal 24 de diciembre', [day('2026-12-24', '24 de diciembre')]],
  ])('reads %j', (text, expected) => {
    expect(datesIn(text, 'es')).toEqual(expected);
  });

  it('reads no day in a "pal" or a "d" that is no date', () => {
    expect(datesIn('pal 2 a las 10', 'es')).toEqual([]);
    expect(datesIn('pal 2 al 3.50', 'es')).toEqual([]);
    expect(datesIn('tengo 2 d descuento', 'es')).toEqual([]);
    expect(datesIn('la hab 2 d la planta', 'es')).toEqual([]);
  });

  it('keeps every index where it was', () => {
    const text = 'Pal 24 al 26 D Diciembre';
    expect(readChatContractions(text)).toBe('Del 24 al 26   Diciembre');
    expect(readChatContractions(text)).toHaveLength(text.length);
    expect(readChatContractions('pal 24 de diciembre')).toBe('pal 24 de diciembre');
    expect(readChatContractions('la hab 2 d la planta')).toBe('la hab 2 d la planta');
  });
});

describe('extractDates with two weeks and Twelfth Night', () => {
  it.each<[string, Language, object[]]>([
    [
      'quince días desde el 3 de diciembre',
      'es',
      [range('2026-12-03', '2026-12-17', 'quince días desde el 3 de diciembre'), nights(14, 'quince días')],
    ],
    [
      'una quincena desde el 4 de enero',
      'es',
      [range('2027-01-04', '2027-01-18', 'una quincena desde el 4 de enero'), nights(14, 'una quincena')],
    ],
    [
      'a fortnight from December 3',
      'en',
      [range('2026-12-03', '2026-12-17', 'a fortnight from December 3'), nights(14, 'a fortnight')],
    ],
    [
      'del 28 de diciembre hasta reyes',
      'es',
      [range('2026-12-28', '2027-01-06', '28 de diciembre hasta reyes')],
    ],
  ])('%s (%s)', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });

  it('reads no length of stay in when something happens ("dentro de quince días", "a month in advance")', () => {
    expect(datesIn('llegamos dentro de quince días, 2 noches', 'es')).toEqual([nights(2, '2 noches')]);
    expect(datesIn('hace un mes reservé', 'es')).toEqual([]);
    expect(datesIn('I booked a month in advance', 'en')).toEqual([]);
  });

  it('reads no month in a name or a word beside a number', () => {
    expect(datesIn('somos 4, mario 3', 'es')).toEqual([]);
    expect(datesIn('3 de julia', 'es')).toEqual([]);
    expect(datesIn('2 many people', 'en')).toEqual([]);
  });

  it('reads no day in Reyes as a surname', () => {
    expect(datesIn('reserva para Reyes García del 3 al 5 de diciembre', 'es')).toEqual([
      range('2026-12-03', '2026-12-05', 'del 3 al 5 de diciembre'),
    ]);
    expect(datesIn('a nombre de Ana Reyes del 3 al 5 de diciembre', 'es')).toEqual([
      range('2026-12-03', '2026-12-05', 'del 3 al 5 de diciembre'),
    ]);
  });
});

describe('extractDates with a weekday that is not the day’s', () => {
  it.each<[string, Language, object[]]>([
    [
      'el viernes 12 de diciembre',
      'es',
      [
        { type: 'date', value: { date: '2026-12-12' }, text: 'viernes 12 de diciembre' },
        mismatch('2026-12-12', 5, 'viernes 12'),
      ],
    ],
    [
      'llego el lunes 8 y me voy el miércoles 10',
      'es',
      [
        range('2026-12-08', '2026-12-10', 'el lunes 8 y me voy el miércoles 10'),
        mismatch('2026-12-08', 1, 'lunes 8'),
        mismatch('2026-12-10', 3, 'miércoles 10'),
      ],
    ],
    [
      'from Friday Dec 11 to Sunday Dec 14',
      'en',
      [
        range('2026-12-11', '2026-12-14', 'Friday Dec 11 to Sunday Dec 14'),
        mismatch('2026-12-14', 0, 'Sunday Dec 14'),
      ],
    ],
  ])('%s (%s)', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });

  it.each<[string, Language]>([
    ['del viernes 11 al domingo 13 de diciembre', 'es'],
    ['el sábado 12', 'es'],
    ['el vie 11 a las 10.30', 'es'],
    ['Saturday 12 December', 'en'],
  ])('finds none when the weekday is right: %s', (text, language) => {
    expect(datesIn(text, language).filter((entity) => entity.type === 'weekday_mismatch')).toEqual([]);
  });
});

describe('extractDates with days around a holiday named beside them', () => {
  it.each<[string, Language, ReturnType<typeof range>[]]>([
    ['para nochevieja, del 30 al 2', 'es', [range('2026-12-30', '2027-01-02', 'del 30 al 2')]],
    ['en reyes, del 5 al 7', 'es', [range('2027-01-05', '2027-01-07', 'del 5 al 7')]],
    [
      "new year's eve, from the 30th to the 2nd",
      'en',
      [range('2026-12-30', '2027-01-02', 'from the 30th to the 2nd')],
    ],
  ])('%s (%s)', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });

  it('leaves days that hold the holiday as they are (the holiday their occasion, no day of its own), and days with no holiday', () => {
    expect(datesIn('en navidad del 24 al 26', 'es')).toEqual([
      range('2026-12-24', '2026-12-26', 'del 24 al 26'),
    ]);
    expect(datesIn('desde el 30 hasta el 2', 'es')).toEqual([
      range('2026-11-30', '2026-12-02', 'el 30 hasta el 2'),
    ]);
  });
});

describe('extractDates with two English ordinal days and no article', () => {
  it.each<[string, ReturnType<typeof range>[]]>([
    ['23rd to 27th', [range('2026-12-23', '2026-12-27', '23rd to 27th')]],
    ['from 23rd to 27th', [range('2026-12-23', '2026-12-27', '23rd to 27th')]],
    ['30th to 2nd', [range('2026-11-30', '2026-12-02', '30th to 2nd')]],
    // Slashed both ways, the shorter stay: 4 to 5 December, not 12 April to 12 May.
    ['from 04/12 to 05/12', [range('2026-12-04', '2026-12-05', '04/12 to 05/12')]],
    // A day over 12 in one of them shows the day comes first in all of them.
    ['from 12/01 to 15/01', [range('2027-01-12', '2027-01-15', '12/01 to 15/01')]],
    ['from 12/12 to 14/12', [range('2026-12-12', '2026-12-14', '12/12 to 14/12')]],
    ['12/14 - 12/16', [range('2026-12-14', '2026-12-16', '12/14 - 12/16')]],
    ['23rd to 27th of December', [range('2026-12-23', '2026-12-27', '23rd to 27th of December')]],
  ])('%s', (text, expected) => {
    expect(datesIn(text, 'en')).toEqual(expected);
  });

  it('reads no days in a count of people or nights', () => {
    expect(datesIn('2 to 3 people', 'en')).toEqual([]);
  });
});

import type { Language } from '../nlp.types';
import { extractDates } from './dates';

// A Wednesday, 11:00 in Madrid.
const NOW = new Date('2026-11-25T10:00:00Z');
const MADRID = 'Europe/Madrid';

function datesIn(text: string, language: Language, now = NOW, timezone = MADRID) {
  return extractDates(text, { language, now, timezone }).map(({ type, value, text: found }) => ({
    type,
    value,
    text: found,
  }));
}

const range = (checkIn: string, checkOut: string, text: string) => ({
  type: 'date_range',
  value: { checkIn, checkOut },
  text,
});
const day = (date: string, text: string) => ({ type: 'date', value: { date }, text });
const nights = (count: number, text: string) => ({ type: 'nights', value: { nights: count }, text });

describe('extractDates in Spanish', () => {
  it.each<[string, ReturnType<typeof range | typeof day | typeof nights>[]]>([
    ['del 12 al 15 de diciembre', [range('2026-12-12', '2026-12-15', 'del 12 al 15 de diciembre')]],
    ['del 3 al 6 de agosto', [range('2027-08-03', '2027-08-06', 'del 3 al 6 de agosto')]],
    // Without "del", WhatsApp style; a month before its year's end carries the first day back.
    ['12 al 14 dic 2 personas', [range('2026-12-12', '2026-12-14', '12 al 14 dic')]],
    ['hab dbl 12 a 14 de diciembre, 2 pax', [range('2026-12-12', '2026-12-14', '12 a 14 de diciembre')]],
    [
      'quisiéramos los días 22 al 24 de enero de 2027',
      [range('2027-01-22', '2027-01-24', '22 al 24 de enero de 2027')],
    ],
    ['12 al 14 de diciembre del 2027', [range('2027-12-12', '2027-12-14', '12 al 14 de diciembre del 2027')]],
    ['doble pal 30 al 2 de enero', [range('2026-12-30', '2027-01-02', 'pal 30 al 2 de enero')]],
    ['10 al 15 de setiembre', [range('2027-09-10', '2027-09-15', '10 al 15 de setiembre')]],
    ['del 30 de junio al 2 de julio', [range('2027-06-30', '2027-07-02', '30 de junio al 2 de julio')]],
    ['entre el 12 y el 15 de diciembre', [range('2026-12-12', '2026-12-15', 'el 12 y el 15 de diciembre')]],
    // "Los días" after "entre" are the two ends, with or without the month.
    [
      'entre los días 12 y 13 de diciembre',
      [range('2026-12-12', '2026-12-13', 'entre los días 12 y 13 de diciembre')],
    ],
    ['entre los dias 12 y 14 por favor', [range('2026-12-12', '2026-12-14', 'entre los dias 12 y 14')]],
    ['entre días 30 y 2 de enero', [range('2026-12-30', '2027-01-02', 'entre días 30 y 2 de enero')]],
    // A month misspelt next to its day, and "asta" for "hasta".
    [
      'el dia 12 asta el 14 de dizienbre',
      [range('2026-12-12', '2026-12-14', 'el dia 12 asta el 14 de dizienbre')],
    ],
    ['14 de dicienbre', [day('2026-12-14', '14 de dicienbre')]],
    ['desde el 12 hasta el 15', [range('2026-12-12', '2026-12-15', 'el 12 hasta el 15')]],
    ['12-15 de diciembre', [range('2026-12-12', '2026-12-15', '12-15 de diciembre')]],
    [
      'del 30 de diciembre al 2 de enero',
      [range('2026-12-30', '2027-01-02', '30 de diciembre al 2 de enero')],
    ],
    ['del 30 al 2 de enero', [range('2026-12-30', '2027-01-02', 'del 30 al 2 de enero')]],
    ['del 28 de enero al 2', [range('2027-01-28', '2027-02-02', '28 de enero al 2')]],
    ['desde el 30 hasta el 2', [range('2026-11-30', '2026-12-02', 'el 30 hasta el 2')]],
    [
      'del día 12 al día 15 de diciembre',
      [range('2026-12-12', '2026-12-15', 'del día 12 al día 15 de diciembre')],
    ],
    ['llego el 12 y me voy el 15', [range('2026-12-12', '2026-12-15', 'el 12 y me voy el 15')]],
    // QA 28, S10: the nights said last take back those said before (3 were booked).
    [
      'el 20 de diciembre, 3 noches, 2 personas, o mejor 4 noches',
      [
        range('2026-12-20', '2026-12-24', '20 de diciembre, 3 noches'),
        nights(4, '3 noches'),
        nights(4, '4 noches'),
      ],
    ],
    ['3 noches, mejor con desayuno', [nights(3, '3 noches')]],
    // QA 28, S15 and S16: the leaving was lost; the same day twice was a stay of a year.
    [
      'entrando el 15 y saliendo el 17 de diciembre',
      [range('2026-12-15', '2026-12-17', 'el 15 y saliendo el 17 de diciembre')],
    ],
    ['del 3 al 3 de diciembre', [day('2026-12-03', 'del 3 al 3 de diciembre')]],
    [
      'del 3 de diciembre de 2026 al 3 de diciembre de 2027',
      [range('2026-12-03', '2027-12-03', '3 de diciembre de 2026 al 3 de diciembre de 2027')],
    ],
    // The leaving said in the conditional; an arrival without its month takes the departure's.
    [
      'llegariamos el 28 de diciembre y nos iriamos el 2 de enero',
      [range('2026-12-28', '2027-01-02', '28 de diciembre y nos iriamos el 2 de enero')],
    ],
    [
      'llegamos el 3 y volvemos el 6 de enero',
      [range('2027-01-03', '2027-01-06', 'el 3 y volvemos el 6 de enero')],
    ],
    ['del viernes al domingo', [range('2026-11-27', '2026-11-29', 'viernes al domingo')]],
    ['del 12/12 al 15/12', [range('2026-12-12', '2026-12-15', '12/12 al 15/12')]],
    ['del 24 al 26', [range('2026-12-24', '2026-12-26', 'del 24 al 26')]],
    ['del lunes 30 al miércoles 2', [range('2026-11-30', '2026-12-02', 'del lunes 30 al miércoles 2')]],
    [
      'del lunes 7 al miércoles 9 de diciembre',
      [range('2026-12-07', '2026-12-09', 'del lunes 7 al miércoles 9 de diciembre')],
    ],
    [
      'llegamos el 24 de diciembre y nos vamos el 2 de enero',
      [range('2026-12-24', '2027-01-02', '24 de diciembre y nos vamos el 2 de enero')],
    ],
    ['este fin de semana', [range('2026-11-27', '2026-11-29', 'este fin de semana')]],
    ['el próximo fin de semana', [range('2026-11-27', '2026-11-29', 'el próximo fin de semana')]],
    ['el sábado por la noche, 2 personas', [range('2026-11-28', '2026-11-29', 'sábado por la noche')]],
    ['la noche del viernes', [range('2026-11-27', '2026-11-28', 'viernes')]],
    // A day named by its night is that night (QA 28: "la noche del 12" was a day, and the nights asked).
    ['la noche del 12', [range('2026-12-12', '2026-12-13', 'del 12')]],
    ['para la noche del 24 de diciembre', [range('2026-12-24', '2026-12-25', '24 de diciembre')]],
    ['llegamos la noche del 12', [day('2026-12-12', 'del 12')]],
    ['la noche del 12 y la del 13', [day('2026-12-12', 'del 12'), day('2026-12-13', 'del 13')]],
    // The night a stay ends on, or leaves (review 29: read as a stay of that one night).
    ['nos vamos la noche del 12', [day('2026-12-12', 'del 12')]],
    ['llegamos el viernes por la noche', [day('2026-11-27', 'viernes')]],
    [
      'el viernes por la noche hasta el domingo',
      [range('2026-11-27', '2026-11-29', 'viernes por la noche hasta el domingo')],
    ],
    [
      'para nochevieja, llegamos el 30 y nos vamos el 2 de enero',
      [range('2026-12-30', '2027-01-02', 'el 30 y nos vamos el 2 de enero')],
    ],
    // A week after the next one (QA 26, E2: read as this weekend before).
    ['el finde después del que viene', [range('2026-12-04', '2026-12-06', 'el finde después del que viene')]],
    [
      'el fin de semana siguiente al próximo',
      [range('2026-12-04', '2026-12-06', 'el fin de semana siguiente al próximo')],
    ],
    ['para el finde', [range('2026-11-27', '2026-11-29', 'el finde')]],
    ['el fin de semana que viene', [range('2026-11-27', '2026-11-29', 'el fin de semana que viene')]],
    // WhatsApp's spelling (QA 28, S17: the dates were asked for).
    ['tienen algo pal finde?', [range('2026-11-27', '2026-11-29', 'pal finde')]],
    ['hla q tal, algo pal finde q viene?', [range('2026-11-27', '2026-11-29', 'pal finde q viene')]],
    ['el finde despues del k viene', [range('2026-12-04', '2026-12-06', 'el finde despues del k viene')]],
    [
      'llego el 12 de diciembre, 3 noches',
      [range('2026-12-12', '2026-12-15', '12 de diciembre, 3 noches'), nights(3, '3 noches')],
    ],
    [
      'para 2 noches a partir del viernes',
      [range('2026-11-27', '2026-11-29', '2 noches a partir del viernes'), nights(2, '2 noches')],
    ],
    [
      'tres noches desde mañana',
      [range('2026-11-26', '2026-11-29', 'tres noches desde mañana'), nights(3, 'tres noches')],
    ],
    [
      'catorce noches desde hoy',
      [range('2026-11-25', '2026-12-09', 'catorce noches desde hoy'), nights(14, 'catorce noches')],
    ],
    [
      'una semana a partir del 3 de enero',
      [range('2027-01-03', '2027-01-10', 'una semana a partir del 3 de enero'), nights(7, 'una semana')],
    ],
    ['mañana', [day('2026-11-26', 'mañana')]],
    ['pasado mañana', [day('2026-11-27', 'pasado mañana')]],
    ['hoy', [day('2026-11-25', 'hoy')]],
    ['el próximo viernes', [day('2026-11-27', 'próximo viernes')]],
    ['el viernes', [day('2026-11-27', 'viernes')]],
    ['el 12', [day('2026-12-12', 'el 12')]],
    ['el día 31', [day('2026-12-31', 'el día 31')]],
    ['el 25 de diciembre', [day('2026-12-25', '25 de diciembre')]],
    ['el 3 de marzo', [day('2027-03-03', '3 de marzo')]],
    ['12 de diciembre, 2 personas', [day('2026-12-12', '12 de diciembre')]],
    ['esta noche', [range('2026-11-25', '2026-11-26', 'esta noche')]],
    ['hoy y mañana, 2 personas', [range('2026-11-25', '2026-11-27', 'hoy y mañana')]],
    // Two holidays in a row are their nights; with "o", two days.
    ['una doble para nochebuena y navidad', [range('2026-12-24', '2026-12-26', 'nochebuena y navidad')]],
    ['nochevieja y año nuevo', [range('2026-12-31', '2027-01-02', 'nochevieja y año nuevo')]],
    ['para mañana por la noche', [range('2026-11-26', '2026-11-27', 'mañana por la noche')]],
    [
      'esta noche, 2 noches',
      [range('2026-11-25', '2026-11-27', 'esta noche, 2 noches'), nights(2, '2 noches')],
    ],
    ['¿cuánto cuesta una noche?', [nights(1, 'una noche')]],
    ['un par de noches', [nights(2, 'un par de noches')]],
    // Weekdays listed are days (only the arrival is sure: see "with a list of days").
    ['el viernes y el sábado', [day('2026-11-27', 'el viernes y el sábado')]],
    ['dentro de 2 semanas', [day('2026-12-09', 'dentro de 2 semanas')]],
    // Months from now are a date; months said of a child are an age (below).
    ['dentro de 2 meses', [day('2027-01-25', 'dentro de 2 meses')]],
  ])('reads %j', (text, expected) => {
    expect(datesIn(text, 'es')).toEqual(expected);
  });

  it('locates a stay whose start and nights are sentences apart at its start', () => {
    expect(datesIn('Serán 3 noches. Por cierto, llegamos el viernes', 'es')).toEqual([
      nights(3, '3 noches'),
      range('2026-11-27', '2026-11-30', 'viernes'),
    ]);
  });

  it.each<[string, Language, ReturnType<typeof day | typeof nights>[]]>([
    // QA 24, E1: the night added and the day to leave were read as a one-night stay from the 15th.
    [
      'can we extend one more night, leave on the 15th instead?',
      'en',
      [nights(1, 'one more night'), day('2026-12-15', 'on the 15th')],
    ],
    ['una noche más, salimos el 15', 'es', [nights(1, 'una noche'), day('2026-12-15', 'el 15')]],
    // Accented, with no word of leaving (review 25, 7).
    ['¿podemos quedarnos una noche más, el 15?', 'es', [nights(1, 'una noche'), day('2026-12-15', 'el 15')]],
    // "Another night" is one (QA 28, E2: ignored at a summary); "la otra noche" is a night gone by.
    ['solo esa noche', 'es', [nights(1, 'solo esa noche')]],
    ['can we add another night?', 'en', [nights(1, 'another night')]],
    ['otra noche más, porfa', 'es', [nights(1, 'otra noche')]],
    ['la otra noche no pude dormir', 'es', []],
  ])('starts no stay from a day to leave nor from nights added: %j', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });

  it('pairs nights said "más o menos" with their arrival', () => {
    expect(datesIn('llego el 12, 3 noches mas o menos', 'es')).toEqual([
      range('2026-12-12', '2026-12-15', 'el 12, 3 noches'),
      nights(3, '3 noches'),
    ]);
  });
});

describe('extractDates reads the weekend of a given day', () => {
  it.each([
    [
      'el fin de semana del 12 de diciembre',
      'es',
      range('2026-12-11', '2026-12-13', 'el fin de semana del 12 de diciembre'),
    ],
    ['el finde del 12', 'es', range('2026-12-11', '2026-12-13', 'el finde del 12')],
    ['the weekend of Dec 12', 'en', range('2026-12-11', '2026-12-13', 'the weekend of Dec 12')],
    [
      'the weekend of the 13th of december',
      'en',
      range('2026-12-11', '2026-12-13', 'the weekend of the 13th of december'),
    ],
  ] as const)('%j', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual([expected]);
  });

  it('takes "el finde largo de diciembre" for no date rather than this weekend', () => {
    expect(datesIn('el finde largo de diciembre', 'es')).toEqual([]);
    expect(datesIn('el fin de semana de diciembre', 'es')).toEqual([]);
  });
});

describe('extractDates with nights added to a stay', () => {
  it('reads "one more night" and "2 extra nights" as nights', () => {
    expect(datesIn('can we add one more night?', 'en')).toEqual([nights(1, 'one more night')]);
    expect(datesIn('2 extra nights please', 'en')).toEqual([nights(2, '2 extra nights')]);
  });
});

describe('extractDates with a list of days', () => {
  it.each<[string, Language, ReturnType<typeof range | typeof day | typeof nights>[]]>([
    // Listed nights end the morning after the last.
    [
      'las noches del 3, 4 y 5 de diciembre',
      'es',
      [range('2026-12-03', '2026-12-06', 'noches del 3, 4 y 5 de diciembre')],
    ],
    ['noches 3 y 4 de dic', 'es', [range('2026-12-03', '2026-12-05', 'noches 3 y 4 de dic')]],
    [
      'las noches del 30, 31 y 1 de enero',
      'es',
      [range('2026-12-30', '2027-01-02', 'noches del 30, 31 y 1 de enero')],
    ],
    [
      'nights of December 3, 4 and 5',
      'en',
      [range('2026-12-03', '2026-12-06', 'nights of December 3, 4 and 5')],
    ],
    // Listed days may count the day of leaving or not: only the arrival, never the last day.
    ['los días 3, 4 y 5 de diciembre', 'es', [day('2026-12-03', 'días 3, 4 y 5 de diciembre')]],
    ['queremos el 3 y 4 de septiembre', 'es', [day('2027-09-03', '3 y 4 de septiembre')]],
    ['the 3rd, 4th and 5th of December', 'en', [day('2026-12-03', 'the 3rd, 4th and 5th of December')]],
    // Weekdays that follow each other, from the coming one (a Friday from this Wednesday).
    [
      'el viernes y el sábado por la noche, 2 personas',
      'es',
      [range('2026-11-27', '2026-11-29', 'el viernes y el sábado por la noche')],
    ],
    [
      'las noches del viernes y sábado',
      'es',
      [range('2026-11-27', '2026-11-29', 'las noches del viernes y sábado')],
    ],
    [
      'a room for this Friday and Saturday night for two',
      'en',
      [range('2026-11-27', '2026-11-29', 'this Friday and Saturday night')],
    ],
    ['Fri, Sat and Sun nights', 'en', [range('2026-11-27', '2026-11-30', 'Fri, Sat and Sun nights')]],
    ['friday and saturday', 'en', [day('2026-11-27', 'friday and saturday')]],
    // A room for the days: those nights (QA 31, H7: "for" made no list, the Friday's night alone).
    [
      'room for thursday and friday night, 2 adults',
      'en',
      [range('2026-11-26', '2026-11-28', 'thursday and friday night')],
    ],
    ['a room for friday and saturday', 'en', [range('2026-11-27', '2026-11-29', 'friday and saturday')]],
    // No room asked: the days, not nights (review of session 28).
    ['is the spa open for saturday and sunday?', 'en', [day('2026-11-28', 'saturday and sunday')]],
    // Nights before a day of leaving (QA 31, H1: a stay from the 27th).
    [
      'we need 3 nights, until the 27th',
      'en',
      [range('2026-12-24', '2026-12-27', '3 nights, until the 27th'), nights(3, '3 nights')],
    ],
    [
      'son 3 noches, hasta el 27',
      'es',
      [range('2026-12-24', '2026-12-27', '3 noches, hasta el 27'), nights(3, '3 noches')],
    ],
    [
      'habitacion para el jueves y viernes, 2 personas',
      'es',
      [range('2026-11-26', '2026-11-28', 'el jueves y viernes')],
    ],
  ])('reads "%s" (%s)', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });

  it.each<[string, Language, ReturnType<typeof range | typeof day>[]]>([
    // Days apart are two dates; a party before a day is no list; "entre" pairs arrival and departure.
    ['el 3 y el 10 de diciembre', 'es', [day('2026-12-03', 'el 3'), day('2026-12-10', '10 de diciembre')]],
    ['somos 2 y 3 de diciembre', 'es', [day('2026-12-03', '3 de diciembre')]],
    ['seríamos 2 y 3 de diciembre', 'es', [day('2026-12-03', '3 de diciembre')]],
    ["we'd be 2 and 3 December", 'en', [day('2026-12-03', '3 December')]],
    ['we are 2 and 3 December', 'en', [day('2026-12-03', '3 December')]],
    ['monday and thursday', 'en', [day('2026-11-30', 'monday'), day('2026-11-26', 'thursday')]],
    [
      'llego el viernes y me voy el domingo',
      'es',
      [range('2026-11-27', '2026-11-29', 'viernes y me voy el domingo')],
    ],
    [
      'entre el 12 y el 13 de diciembre',
      'es',
      [range('2026-12-12', '2026-12-13', 'el 12 y el 13 de diciembre')],
    ],
  ])('leaves "%s" (%s) to the other readings', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual(expected);
  });
});

describe('extractDates with the two days of a Spanish stay the wrong way round', () => {
  it.each([
    ['del 28 al 27 de diciembre', range('2026-12-27', '2026-12-28', 'del 28 al 27 de diciembre')],
    ['del 15 al 12 de diciembre', range('2026-12-12', '2026-12-15', 'del 15 al 12 de diciembre')],
    ['del 16 al 14 de enero', range('2027-01-14', '2027-01-16', 'del 16 al 14 de enero')],
    // Across a month end, a stay of up to three weeks is read from the month before.
    ['del 30 al 2 de enero', range('2026-12-30', '2027-01-02', 'del 30 al 2 de enero')],
    ['del 20 al 5 de enero', range('2026-12-20', '2027-01-05', 'del 20 al 5 de enero')],
  ])('reads %j', (text, expected) => {
    expect(datesIn(text, 'es')).toEqual([expected]);
  });
});

describe('extractDates with the month named apart from the days', () => {
  it.each([
    ['en enero, del 5 al 7, para 2 personas', 'es', range('2027-01-05', '2027-01-07', 'del 5 al 7')],
    // "d" for "de": the month is the range's own.
    ['del 9 al 12 d enero', 'es', range('2027-01-09', '2027-01-12', 'del 9 al 12 d enero')],
    // A month already past this year is next year's.
    ['noviembre del 1 al 3', 'es', range('2027-11-01', '2027-11-03', 'del 1 al 3')],
    ['diciembre, del 30 al 2', 'es', range('2026-12-30', '2027-01-02', 'del 30 al 2')],
    [
      'in february, from the 10th to the 12th',
      'en',
      range('2027-02-10', '2027-02-12', 'from the 10th to the 12th'),
    ],
    // "May I…" is the verb; and a month said with its own days moves no other.
    [
      'may I book from the 5th to the 7th?',
      'en',
      range('2026-12-05', '2026-12-07', 'from the 5th to the 7th'),
    ],
  ] as const)('reads %j', (text, language, expected) => {
    expect(datesIn(text, language)).toEqual([expected]);
  });

  it('moves no day for a month that is a name, a street or ruled out', () => {
    for (const [text, language, found] of [
      ['Una doble del 5 al 7 para 2, a nombre de Abril Martínez', 'es', 'del 5 al 7'],
      ['a double room for 2, the 5th to the 7th, name June Carter', 'en', 'the 5th to the 7th'],
      ['del 5 al 7, que en enero no podemos', 'es', 'del 5 al 7'],
      ['soy Julio, una doble del 5 al 7', 'es', 'del 5 al 7'],
    ] as const) {
      expect([text, datesIn(text, language)]).toEqual([text, [range('2026-12-05', '2026-12-07', found)]]);
    }
  });

  it('moves no day when two months are named apart, or a month comes with its own days', () => {
    expect(datesIn('del 5 al 7, en enero o en febrero', 'es')).toEqual([
      range('2026-12-05', '2026-12-07', 'del 5 al 7'),
    ]);
    expect(datesIn('del 12 al 14 de enero y del 5 al 7', 'es')).toEqual([
      range('2027-01-12', '2027-01-14', 'del 12 al 14 de enero'),
      range('2026-12-05', '2026-12-07', 'del 5 al 7'),
    ]);
  });
});

describe('extractDates in English', () => {
  it.each<[string, ReturnType<typeof range | typeof day | typeof nights>[]]>([
    ['from december 12 to 15', [range('2026-12-12', '2026-12-15', 'december 12 to 15')]],
    // UK style with "from" (QA 24, E5): the day of the month said after it, not the 15th of this one.
    ['from 15 dec to 18 dec', [range('2026-12-15', '2026-12-18', '15 dec to 18 dec')]],
    // "May I" is no month (review 25, 12).
    ['can we arrive on the 12 may I bring my dog', [day('2026-12-12', 'on the 12')]],
    // A place in a list, no day (QA 28, E4).
    ['the 3rd one please', []],
    ['the 2nd option', []],
    ['Dec 12-15', [range('2026-12-12', '2026-12-15', 'Dec 12-15')]],
    ['dec 30 - jan 2', [range('2026-12-30', '2027-01-02', 'dec 30 - jan 2')]],
    ['between December 12 and 14', [range('2026-12-12', '2026-12-14', 'between December 12 and 14')]],
    [
      'between Dec 30th and the 2nd, 2 people',
      [range('2026-12-30', '2027-01-02', 'between Dec 30th and the 2nd')],
    ],
    ['july 10 to july 14', [range('2027-07-10', '2027-07-14', 'july 10 to july 14')]],
    ['between dec 12 and dec 15', [range('2026-12-12', '2026-12-15', 'dec 12 and dec 15')]],
    ['this weekend', [range('2026-11-27', '2026-11-29', 'this weekend')]],
    ['this coming weekend', [range('2026-11-27', '2026-11-29', 'this coming weekend')]],
    ['next weekend', [range('2026-12-04', '2026-12-06', 'next weekend')]],
    // Bare days beside a holiday named are around it (QA 24, E13: "until when?" before).
    ['a double for xmas, 24 to 26?', [range('2026-12-24', '2026-12-26', '24 to 26')]],
    ["for new year's eve, 30-2, 2 adults", [range('2026-12-30', '2027-01-02', '30-2')]],
    // …and offered in place of others (QA 27, E2: "didn't get that" before); not a count.
    ['hmm what about 11-13 instead', [range('2026-12-11', '2026-12-13', '11-13')]],
    ['how about 11 to 13', [range('2026-12-11', '2026-12-13', '11 to 13')]],
    ['what about 2-3 people', []],
    // …or said in place of them (QA 29: "sorry i meant 6-9" was not understood).
    ['sorry i meant 6-9', [range('2026-12-06', '2026-12-09', '6-9')]],
    ['make it 10-12', [range('2026-12-10', '2026-12-12', '10-12')]],
    ['i mean 3-4 pm', []],
    // Only next to the offer's words (review 27, R4).
    ["We'd rather check in around 3-4, is that ok", []],
    ['How about for 3 to 4 of us?', []],
    ['what about breakfast, is it 7 to 10?', []],
    // …and after "from" (QA 27, E18: only "from 3" was read), unless hours or ages are talked of.
    ['a room from 3 to 5 please', [range('2026-12-03', '2026-12-05', 'from 3 to 5')]],
    ['anything from 30-2 for 2?', [range('2026-11-30', '2026-12-02', 'from 30-2')]],
    ['can I check in from 3 to 5?', []],
    ['check in from 3 to 5 pm?', []],
    ['breakfast is served from 7 to 10?', []],
    ['kids aged from 3 to 5', []],
    ['we arrive from 3pm', []],
    ['check in from the 3rd to the 5th', [range('2026-12-03', '2026-12-05', 'from the 3rd to the 5th')]],
    // Only the hours or ages the "from" belongs to (review 28, 8).
    ['double room with breakfast from 3 to 5 for 2', [range('2026-12-03', '2026-12-05', 'from 3 to 5')]],
    ['2 adults and 2 kids aged 5 and 8 from 10 to 12', [range('2026-12-10', '2026-12-12', 'from 10 to 12')]],
    ['2 adults and a 4 year old from 3 to 5', [range('2026-12-03', '2026-12-05', 'from 3 to 5')]],
    // A day followed by "one night" is a day (review 28, 7).
    [
      'room for 2 arriving on the 5th one night only',
      [range('2026-12-05', '2026-12-06', 'on the 5th one night'), nights(1, 'one night')],
    ],
    // Abbreviated weekdays and "wknd" (QA 26, E13).
    ['a room from mon to wed for 2 adults', [range('2026-11-30', '2026-12-02', 'mon to wed')]],
    ['need a double mon-wed, 2 ppl', [range('2026-11-30', '2026-12-02', 'mon-wed')]],
    ['fri-sun for 2', [range('2026-11-27', '2026-11-29', 'fri-sun')]],
    ['do u have rooms next wknd?', [range('2026-12-04', '2026-12-06', 'next wknd')]],
    // QA 26, E2: it had been this weekend.
    ['the weekend after next', [range('2026-12-11', '2026-12-13', 'the weekend after next')]],
    // A weekday's night is one night, as "tonight" (QA 26, E12: "until when?" before).
    ['how much for a single on friday night?', [range('2026-11-27', '2026-11-28', 'on friday night')]],
    ['the night of friday', [range('2026-11-27', '2026-11-28', 'friday')]],
    // …unless a stay starts or ends there: the night is then the first day's.
    ['friday night to sunday', [range('2026-11-27', '2026-11-29', 'friday night to sunday')]],
    ['arriving friday night', [day('2026-11-27', 'friday')]],
    ['a room for the night of the 12th', [range('2026-12-12', '2026-12-13', 'the 12th')]],
    ['for the night of december 12', [range('2026-12-12', '2026-12-13', 'december 12')]],
    ['we arrive the night of the 12th', [day('2026-12-12', 'the 12th')]],
    // A weekday of leaving comes after the arrival, not before it.
    ['arriving friday leaving sunday', [range('2026-11-27', '2026-11-29', 'friday leaving sunday')]],
    // "Out on", "flying home" are the leaving too (QA 27, E18: only the arrival was kept); "about" is none.
    [
      'a double for 2, in on the 2nd, out on the 4th of december',
      [range('2026-12-02', '2026-12-04', 'on the 2nd, out on the 4th of december')],
    ],
    ['arriving dec 3, flying home dec 6', [range('2026-12-03', '2026-12-06', 'dec 3, flying home dec 6')]],
    // QA 31, M3: "until which day?", three times.
    ['checking in 19/12 and out 22/12, 2 adults', [range('2026-12-19', '2026-12-22', '19/12 and out 22/12')]],
    // "Sold out" is no leaving (review of session 28).
    ['arriving 10 dec, are you sold out 12 dec?', [day('2026-12-10', '10 dec'), day('2026-12-12', '12 dec')]],
    ['about the 2nd, or maybe about the 4th', [day('2026-12-02', 'the 2nd'), day('2026-12-04', 'the 4th')]],
    // The arrival's month is the one before the departure's (QA 26, E3/E4); a bare ordinal after a verb of the stay is a day.
    [
      'arriving the 30th leaving the 2nd jan',
      [range('2026-12-30', '2027-01-02', 'the 30th leaving the 2nd jan')],
    ],
    // The holiday is the occasion, not a day of the stay.
    [
      "for new year's, arriving 30th leaving 2nd jan",
      [range('2026-12-30', '2027-01-02', 'arriving 30th leaving 2nd jan')],
    ],
    // "december, 2" is no day: the day is before the month, the 2 counts the party (QA 26, E5).
    [
      'arriving 30 december and leaving 2 january, 2 adults',
      [range('2026-12-30', '2027-01-02', '30 december and leaving 2 january')],
    ],
    ['leaving 8 december, 2 adults', [day('2026-12-08', '8 december')]],
    // The number after the month counts nothing: chrono's reading stands (review 26, R17).
    ['a single for 1 january, 5', [day('2027-01-05', 'january, 5')]],
    [
      '3 nights from friday',
      [range('2026-11-27', '2026-11-30', '3 nights from friday'), nights(3, '3 nights')],
    ],
    [
      'three nights from friday',
      [range('2026-11-27', '2026-11-30', 'three nights from friday'), nights(3, 'three nights')],
    ],
    [
      'tomorrow for 2 nights',
      [range('2026-11-26', '2026-11-28', 'tomorrow for 2 nights'), nights(2, '2 nights')],
    ],
    ['Dec 12, 3 nights', [range('2026-12-12', '2026-12-15', 'Dec 12, 3 nights'), nights(3, '3 nights')]],
    [
      'checking in on the 12th and out on the 15th',
      [range('2026-12-12', '2026-12-15', 'on the 12th and out on the 15th')],
    ],
    ['from the 12th to the 15th', [range('2026-12-12', '2026-12-15', 'from the 12th to the 15th')]],
    ['from Monday till Thursday', [range('2026-11-30', '2026-12-03', 'Monday till Thursday')]],
    ['2026-12-12 to 2026-12-15', [range('2026-12-12', '2026-12-15', '2026-12-12 to 2026-12-15')]],
    [
      'a room for 2 nights from dec 31',
      [range('2026-12-31', '2027-01-02', '2 nights from dec 31'), nights(2, '2 nights')],
    ],
    ['tonight', [range('2026-11-25', '2026-11-26', 'tonight')]],
    ['a room for tomorrow night', [range('2026-11-26', '2026-11-27', 'tomorrow night')]],
    [
      'christmas eve and christmas day',
      [range('2026-12-24', '2026-12-26', 'christmas eve and christmas day')],
    ],
    [
      'tonight for 3 nights',
      [range('2026-11-25', '2026-11-28', 'tonight for 3 nights'), nights(3, '3 nights')],
    ],
    // Two nights from tonight (QA 32, H2: tonight alone).
    ['a room tonight and tomorrow for 2', [range('2026-11-25', '2026-11-27', 'tonight and tomorrow')]],
    // "W" is "with", no weeks (QA 32, H4).
    ['standard double for 2 w breakfast', []],
    ['dec 3 to 5 for 2 w/ parking', [range('2026-12-03', '2026-12-05', 'dec 3 to 5')]],
    ['tomorrow', [day('2026-11-26', 'tomorrow')]],
    ['the day after tomorrow', [day('2026-11-27', 'the day after tomorrow')]],
    ['next friday', [day('2026-12-04', 'next friday')]],
    ['on the 3rd', [day('2026-12-03', 'on the 3rd')]],
    ['a 2-week stay', [nights(14, '2-week')]],
    // British: the Friday after the coming one (QA 30, en H3: Fri 27 Nov for 7 nights before).
    [
      'a week on friday for 2 nights',
      [range('2026-12-04', '2026-12-06', 'a week on friday for 2 nights'), nights(2, '2 nights')],
    ],
    ['friday week', [day('2026-12-04', 'friday week')]],
    ['one week from this saturday', [day('2026-12-05', 'one week from this saturday')]],
    ['a week today', [day('2026-12-02', 'a week today')]],
    // "A week from Friday" is seven nights from it (review of session 28).
    [
      "we'd like to book a week from friday",
      [range('2026-11-27', '2026-12-04', 'a week from friday'), nights(7, 'a week')],
    ],
    // A stay of seven nights from the coming Friday, not a day a week on.
    [
      'for a week from friday',
      [range('2026-11-27', '2026-12-04', 'a week from friday'), nights(7, 'a week')],
    ],
  ])('reads %j', (text, expected) => {
    expect(datesIn(text, 'en')).toEqual(expected);
  });

  it.each([
    ['check in Dec 12, check out Dec 14, 2 guests', 'en', 'Dec 12, check out Dec 14'],
    ['arriving Dec 12, leaving Dec 14', 'en', 'Dec 12, leaving Dec 14'],
    [
      'entrada el 12 de diciembre, salida el 14 de diciembre',
      'es',
      '12 de diciembre, salida el 14 de diciembre',
    ],
    [
      'llego el 12 de diciembre y me voy el 14 de diciembre',
      'es',
      '12 de diciembre y me voy el 14 de diciembre',
    ],
  ] as const)(
    'reads two days, the later one the day of leaving, as one stay: %j',
    (text, language, found) => {
      expect(datesIn(text, language).filter((date) => date.type !== 'nights')).toEqual([
        range('2026-12-12', '2026-12-14', found),
      ]);
    },
  );

  it.each([
    [
      'hi, room for 2 from Christmas Eve to Boxing Day',
      'en',
      range('2026-12-24', '2026-12-26', 'Christmas Eve to Boxing Day'),
    ],
    ["New Year's Eve, 1 night", 'en', range('2026-12-31', '2027-01-01', "New Year's Eve, 1 night")],
    [
      'del 30 de diciembre a año nuevo',
      'es',
      range('2026-12-30', '2027-01-01', '30 de diciembre a año nuevo'),
    ],
    [
      'desde nochebuena hasta el día de reyes',
      'es',
      range('2026-12-24', '2027-01-06', 'nochebuena hasta el día de reyes'),
    ],
    ["valentine's day", 'en', day('2027-02-14', "valentine's day")],
  ] as const)('reads the holidays guests book around: %j', (text, language, expected) => {
    expect(datesIn(text, language).filter((date) => date.type !== 'nights')).toEqual([expected]);
  });

  it.each([
    ['Fri 11th - Sun 13th for 2', 'en', range('2026-12-11', '2026-12-13', 'Fri 11th - Sun 13th')],
    ['friday 11th to sunday 13th', 'en', range('2026-12-11', '2026-12-13', 'friday 11th to sunday 13th')],
    ['Fri 11 Dec - Sun 13 Dec', 'en', range('2026-12-11', '2026-12-13', '11 Dec - Sun 13 Dec')],
    ['availability 12/14-12/16 for two', 'en', range('2026-12-14', '2026-12-16', '12/14-12/16')],
    ['14/12-16/12', 'en', range('2026-12-14', '2026-12-16', '14/12-16/12')],
    ['del vie 11 al dom 13', 'es', range('2026-12-11', '2026-12-13', 'del vie 11 al dom 13')],
    ['friday the 4th', 'en', day('2026-12-04', 'friday the 4th')],
  ] as const)(
    'reads days with their weekday, and numeric dates joined by a hyphen: %j',
    (text, language, expected) => {
      expect(datesIn(text, language)).toEqual([expected]);
    },
  );

  it.each([
    ['14.12-16.12', 'en', range('2026-12-14', '2026-12-16', '14.12-16.12')],
    ['habitación 14.12-16.12 para 2', 'es', range('2026-12-14', '2026-12-16', '14.12-16.12')],
    ['del 14.12 al 16.12', 'es', range('2026-12-14', '2026-12-16', '14.12 al 16.12')],
    ['from 14.12 to 16.12', 'en', range('2026-12-14', '2026-12-16', '14.12 to 16.12')],
    ['12.14-12.16', 'en', range('2026-12-14', '2026-12-16', '12.14-12.16')],
    ['llego el 3.1', 'es', day('2027-01-03', 'llego el 3.1')],
    ['del 1.5.2027 al 3.5.2027', 'es', range('2027-05-01', '2027-05-03', '1.5.2027 al 3.5.2027')],
    ['arriving 28.12.26', 'en', day('2026-12-28', 'arriving 28.12.26')],
    ['hab para 2 del 14 al 16.12', 'es', range('2026-12-14', '2026-12-16', '14 al 16.12')],
    ['hab para 2, 14-16.12', 'es', range('2026-12-14', '2026-12-16', '14-16.12')],
    ['from 28-2.1', 'en', range('2026-12-28', '2027-01-02', '28-2.1')],
    [
      'llego el 3.1 y me voy el 5.1, somos 2',
      'es',
      range('2027-01-03', '2027-01-05', 'llego el 3.1 y me voy el 5.1'),
    ],
    [
      'I arrive 14.12 and leave 16.12',
      'en',
      range('2026-12-14', '2026-12-16', 'arrive 14.12 and leave 16.12'),
    ],
    [
      'check in 14.12 check out 16.12',
      'en',
      range('2026-12-14', '2026-12-16', 'check in 14.12 check out 16.12'),
    ],
  ] as const)('reads days written with dots: %j', (text, language, expected) => {
    expect(datesIn(text, language).filter((date) => date.type !== 'nights')).toEqual([expected]);
  });

  it.each([
    ['la doble cuesta 14.50?', 'es'],
    ['is it 12.30 or 14.50 per night', 'en'],
    ['llegamos a las 14.30', 'es'],
    ['version 2.1 of the app', 'en'],
    ['31.02-02.03', 'en'],
    ['somos 2 a 14.50 la noche?', 'es'],
    ['llego el 12.30h', 'es'],
    ['llego el 12.30 h', 'es'],
    ['llego el 12.30hs', 'es'],
    ['llegamos a las 12.30', 'es'],
    ['llegamos a las 12.3h', 'es'],
    ['arriving at 12.30h', 'en'],
    ['we arrive at 10.12', 'en'],
  ] as const)('reads no day into other dotted numbers: %j', (text, language) => {
    expect(datesIn(text, language)).toEqual([]);
  });

  it('reads the day before a time as the day, never the time as a day', () => {
    expect(datesIn('llego el 10.12 a las 12.30h', 'es')).toEqual([day('2026-12-10', 'llego el 10.12')]);
    expect(datesIn('llego el 12 a las 12.30', 'es')).toEqual([day('2026-12-12', 'el 12')]);
  });

  it('puts the two days of a stay written the wrong way round in order', () => {
    expect(datesIn('room from Dec 15 to Dec 12 for 2', 'en')).toEqual([
      range('2026-12-12', '2026-12-15', 'Dec 15 to Dec 12'),
    ]);
    expect(datesIn('from 14/12 to 12/12', 'en')).toEqual([
      range('2026-12-12', '2026-12-14', '14/12 to 12/12'),
    ]);
    // A stay into next year is not reversed.
    expect(datesIn('dec 30 - jan 2', 'en')).toEqual([range('2026-12-30', '2027-01-02', 'dec 30 - jan 2')]);
  });

  it('keeps two days apart when neither is said to be the day of leaving', () => {
    expect(datesIn('is Dec 12 or Dec 14 better?', 'en')).toEqual([
      day('2026-12-12', 'Dec 12'),
      day('2026-12-14', 'Dec 14'),
    ]);
  });
});

describe('extractDates finds no date', () => {
  it.each<[string, Language]>([
    ['habitación con vistas al mar', 'es'],
    ['¿a qué hora es el desayuno por la mañana?', 'es'],
    ['somos 4 personas', 'es'],
    ['la habitación 201 no tiene agua caliente', 'es'],
    ['buenas tardes, quería información', 'es'],
    ['en diciembre', 'es'],
    // A room in Latin America, never a quarter of a year from today.
    ['hola, quiero un cuarto para 2', 'es'],
    ['hola, necesito 2 cuartos para 4 personas', 'es'],
    ['¿el cuarto tiene baño?', 'es'],
    // Nor a quarter of an hour, nor a quarter past or to an hour.
    ['llegamos dentro de un cuarto de hora', 'es'],
    ['estoy ahí en un cuarto de hora', 'es'],
    ['we arrive at a quarter past 10', 'en'],
    ['at a quarter to 9', 'en'],
    ["I'll be there in a quarter of an hour", 'en'],
    // A week is a period the booking tells the days of, not the day a week from today.
    ['a room next week for 2', 'en'],
    ['anything this week?', 'en'],
    ['llegaremos a las 5', 'es'],
    ['llego el 12h', 'es'],
    ['llego el 12hs', 'es'],
    ['el 100% del importe', 'es'],
    ['¿cuánto cuesta un fin de semana?', 'es'],
    ['a single room with a view of the sun', 'en'],
    ['we are 2 adults', 'en'],
    ['in the morning please', 'en'],
    ['room 12 is noisy', 'en'],
    ['2 adultos y un niño de 6 años', 'es'],
    ['un bebé de 1 año', 'es'],
    ['2 adults and a 6 year old', 'en'],
    ['somos 2 adultos y un bebe de 8 meses', 'es'],
    ['con mi hijo de 10 meses', 'es'],
    ['2 adults and a 10 month old', 'en'],
    ['with our baby of 9 months', 'en'],
  ])('in %j', (text, language) => {
    expect(datesIn(text, language)).toEqual([]);
  });
});

describe('extractDates counts from the hotel calendar', () => {
  it('takes tomorrow from Madrid’s date when Madrid is already a day ahead of UTC', () => {
    const justAfterMidnightInMadrid = new Date('2026-11-25T23:30:00Z');
    expect(datesIn('mañana', 'es', justAfterMidnightInMadrid)).toEqual([day('2026-11-27', 'mañana')]);
    expect(datesIn('tomorrow', 'en', justAfterMidnightInMadrid, 'UTC')).toEqual([
      day('2026-11-26', 'tomorrow'),
    ]);
  });

  it('takes today from a hotel behind UTC', () => {
    const earlyMorningUtc = new Date('2026-11-25T03:00:00Z');
    expect(datesIn('hoy', 'es', earlyMorningUtc, 'America/Mexico_City')).toEqual([day('2026-11-24', 'hoy')]);
  });

  it('keeps a lone day in the current month while it is still ahead and moves it on after', () => {
    expect(datesIn('el 25', 'es')).toEqual([day('2026-11-25', 'el 25')]);
    expect(datesIn('el 24', 'es')).toEqual([day('2026-12-24', 'el 24')]);
  });

  it.each([
    ['2026-11-23T10:00:00Z', '2026-11-27', '2026-11-29', '2026-11-27'],
    ['2026-11-27T10:00:00Z', '2026-11-27', '2026-11-29', '2026-12-04'],
    ['2026-11-28T10:00:00Z', '2026-11-28', '2026-11-29', '2026-12-04'],
    ['2026-11-29T10:00:00Z', '2026-12-04', '2026-12-06', '2026-12-04'],
  ])('on %s reads this weekend as %s→%s and the próximo one from %s', (now, checkIn, checkOut, proximo) => {
    expect(datesIn('este fin de semana', 'es', new Date(now))[0]?.value).toEqual({ checkIn, checkOut });
    expect(datesIn('el próximo fin de semana', 'es', new Date(now))[0]?.value).toMatchObject({
      checkIn: proximo,
    });
  });
});

describe('extractDates in a message mixing languages', () => {
  it('reads the dates in the other language when its own finds none', () => {
    expect(datesIn('Hola, I need a room para dos personas, from December 12 to 14 por favor', 'es')).toEqual([
      range('2026-12-12', '2026-12-14', 'December 12 to 14'),
    ]);
    expect(datesIn('hi, a room del 12 al 14 de diciembre please', 'en')).toEqual([
      range('2026-12-12', '2026-12-14', 'del 12 al 14 de diciembre'),
    ]);
  });

  it('reads no weekend in "the December long weekend"', () => {
    expect(datesIn('the price for the December long weekend for 2?', 'en')).toEqual([]);
  });

  it('reads no day in "now" ("actually we are 4 now", "ahora somos 3")', () => {
    expect(datesIn('actually we are 4 now', 'en')).toEqual([]);
    expect(datesIn('ahora somos 3', 'es')).toEqual([]);
  });

  it('takes from the other language only days named with their month', () => {
    expect(datesIn('somos 2 y 3 noches', 'es')).toEqual([nights(3, '3 noches')]);
    expect(datesIn('tengo 2 perros y 3 gatos', 'es')).toEqual([]);
  });
});

describe('extractDates with days counted or a party between a day and its nights', () => {
  it('reads "por 3 días" after a day as 3 nights, not a day three days on (QA 27, S18)', () => {
    expect(datesIn('hola, reservar para el 24 de diciembre por 3 dias, somos 2', 'es')).toEqual([
      range('2026-12-24', '2026-12-27', '24 de diciembre por 3 dias'),
      nights(3, 'por 3 dias'),
    ]);
  });

  it('reads no stay from days said of an extra or of waiting, nor a day from them (review 27, R5)', () => {
    expect(datesIn('El parking solo lo necesito por 2 días', 'es')).toEqual([]);
    expect(datesIn('We only need parking for 2 days', 'en')).toEqual([]);
    expect(datesIn('I have been waiting for 3 days for my refund', 'en')).toEqual([]);
  });

  it("leaves the party between a day and its nights out of the stay's words (QA 27, S16)", () => {
    expect(datesIn('el 20 de diciembre para 2, 1 noche', 'es')).toEqual([
      range('2026-12-20', '2026-12-21', '20 de diciembre'),
      nights(1, '1 noche'),
    ]);
  });
});

describe('extractDates with an event day beside the stay', () => {
  it('pairs the arrival and the departure said after an event day (QA 27, S5: the event day was the arrival)', () => {
    expect(
      datesIn(
        'vamos a ver el musical el sabado 12 de diciembre, llegariamos el viernes 11 y nos iriamos el domingo 13',
        'es',
      ),
    ).toEqual([
      day('2026-12-12', 'sabado 12 de diciembre'),
      range('2026-12-11', '2026-12-13', 'el viernes 11 y nos iriamos el domingo 13'),
    ]);
  });

  it('pairs none of three days with "or" between two of them (review 27, R14)', () => {
    expect(datesIn('arriving dec 11, leaving dec 13 or dec 14', 'en')).toEqual([
      day('2026-12-11', 'dec 11'),
      day('2026-12-13', 'dec 13'),
      day('2026-12-14', 'dec 14'),
    ]);
  });

  it('pairs them said before it too', () => {
    expect(datesIn('llegamos el 11, nos vamos el 13, el musical es el 12', 'es')).toEqual([
      range('2026-12-11', '2026-12-13', 'el 11, nos vamos el 13'),
      day('2026-12-12', 'el 12'),
    ]);
  });
});

describe('extractDates beside a party or a room word', () => {
  it.each<[string, Language, ReturnType<typeof range>]>([
    // "Cuarto" is a room in Latin America: never a quarter of a year that starts the stay today.
    [
      'quiero un cuarto del 10 al 12 de diciembre para 2',
      'es',
      range('2026-12-10', '2026-12-12', 'del 10 al 12 de diciembre'),
    ],
    // The party's number before a day with its month is no day ("2 dec"), nor a year ("2 dec 10").
    ['I need a room for 2 dec 5 to dec 7 please', 'en', range('2026-12-05', '2026-12-07', 'dec 5 to dec 7')],
    ['room for 2 dec 10 to dec 12', 'en', range('2026-12-10', '2026-12-12', 'dec 10 to dec 12')],
    ['para 2 5 dic a 7 dic', 'es', range('2026-12-05', '2026-12-07', '5 dic a 7 dic')],
  ])('reads %j as the stay alone', (text, language, stay) => {
    expect(datesIn(text, language)).toEqual([stay]);
  });

  it('reads a day before its month and nights as that day (review 27, R6)', () => {
    expect(datesIn('una doble para 20 dic 3 noches', 'es')).toContainEqual(
      range('2026-12-20', '2026-12-23', '20 dic 3 noches'),
    );
  });

  it('still reads a day after "for" as a day when no other day follows it', () => {
    expect(datesIn('a room for 12 dec', 'en')).toEqual([day('2026-12-12', '12 dec')]);
  });
});

import type { Language } from '../nlp.types';
import { extractDates } from './dates';

// A Wednesday, 11:00 in Madrid.
const NOW = new Date('2026-11-25T10:00:00Z');

function stayIn(text: string, language: Language) {
  return extractDates(text, { language, now: NOW, timezone: 'Europe/Madrid' })
    .filter((entity) => entity.type === 'date_range' || entity.type === 'date')
    .map((entity) => entity.value);
}

describe('days written with a weekend word', () => {
  it.each<[string, Language, string, string]>([
    ['teneis doble para el finde del 12 al 14 de diciembre? somos 2', 'es', '2026-12-12', '2026-12-14'],
    ['habitacion para el finde del 19 al 20 de diciembre, 2 personas', 'es', '2026-12-19', '2026-12-20'],
    ['el fin de semana del 12 al 14 de diciembre', 'es', '2026-12-12', '2026-12-14'],
    ['hi, any rooms for the weekend of dec 12-14? 2 ppl', 'en', '2026-12-12', '2026-12-14'],
    ['the weekend of Dec 12 to 14', 'en', '2026-12-12', '2026-12-14'],
  ])('keeps the days of "%s" rather than moving them to a Friday', (text, language, checkIn, checkOut) => {
    expect(stayIn(text, language)).toEqual([{ checkIn, checkOut }]);
  });

  it.each<[string, Language]>([
    ['quiero una doble el finde 12 y 13 de diciembre para 2', 'es'],
    ['teneis libre el finde 12 y 13 de diciembre? somos 2', 'es'],
    ['el fin de semana del 12 y 13 de diciembre', 'es'],
    ['the weekend 12th and 13th of december', 'en'],
  ])('takes the days listed after a weekend word in %j, not this weekend (QA 24, S1)', (text, language) => {
    // Listed days: the arrival only (the flow asks until when); "este finde" was tonight's stay.
    expect(stayIn(text, language)).toEqual([{ date: '2026-12-12' }]);
  });

  it.each<[string, Language, string, string]>([
    ['el finde 12-13 dic', 'es', '2026-12-12', '2026-12-13'],
    ['this weekend dec 12-13', 'en', '2026-12-12', '2026-12-13'],
  ])('takes the range written after a weekend word in %j', (text, language, checkIn, checkOut) => {
    expect(stayIn(text, language)).toEqual([{ checkIn, checkOut }]);
  });

  it.each<[string, Language, object]>([
    // A party count after the weekend word is no day (review 25, 5).
    ['una doble este finde 2 personas', 'es', { checkIn: '2026-11-27', checkOut: '2026-11-29' }],
    ['el fin de semana 2 adultos', 'es', { checkIn: '2026-11-27', checkOut: '2026-11-29' }],
    ['this weekend 2 adults', 'en', { checkIn: '2026-11-27', checkOut: '2026-11-29' }],
    ['el finde del 12, 2 personas', 'es', { checkIn: '2026-12-11', checkOut: '2026-12-13' }],
  ])('keeps the weekend of %j, the count after it being the party', (text, language, stay) => {
    expect(stayIn(text, language)).toEqual([stay]);
  });

  it('tells the weekend starts on Friday when the days written do not keep to one', () => {
    const slips = (text: string, language: Language) =>
      extractDates(text, { language, now: NOW, timezone: 'Europe/Madrid' })
        .filter((entity) => entity.type === 'weekday_mismatch')
        .map((entity) => entity.value);
    expect(slips('el finde del 12 al 14 de diciembre', 'es')).toEqual([{ date: '2026-12-12', weekday: 5 }]);
    expect(slips('the weekend of dec 12-14', 'en')).toEqual([{ date: '2026-12-12', weekday: 5 }]);
    expect(slips('el finde del 19 al 20 de diciembre', 'es')).toEqual([]);
    expect(slips('el finde del 11 al 13 de diciembre', 'es')).toEqual([]);
  });

  it('still reads the weekend around one day named alone', () => {
    expect(stayIn('el fin de semana del 12 de diciembre', 'es')).toEqual([
      { checkIn: '2026-12-11', checkOut: '2026-12-13' },
    ]);
  });
});

describe('a day of leaving said without its month', () => {
  it.each<[string, string, string]>([
    ['queremos llegar el viernes 15 de enero y irnos el domingo 17, somos 2', '2027-01-15', '2027-01-17'],
    ['llegar el 15 de enero e irnos el 17', '2027-01-15', '2027-01-17'],
    ['llegamos el 15 de enero, irnos el domingo 17', '2027-01-15', '2027-01-17'],
    ['llego el 28 de diciembre y me voy el 2', '2026-12-28', '2027-01-02'],
  ])('takes the arrival\'s month in "%s"', (text, checkIn, checkOut) => {
    expect(stayIn(text, 'es')).toEqual([{ checkIn, checkOut }]);
  });
});

describe('ranges written with short month names or "til"', () => {
  it.each<[string, Language, string, string]>([
    ['hola, doble del 31 dic al 2 ene para 2', 'es', '2026-12-31', '2027-01-02'],
    ['del 28 dic al 3 ene somos 3', 'es', '2026-12-28', '2027-01-03'],
    ['del 12 dic al 14 dic', 'es', '2026-12-12', '2026-12-14'],
    ['need a double from dec 19 til 21, 2 ppl', 'en', '2026-12-19', '2026-12-21'],
    ['double dec 19 till 21 for 2', 'en', '2026-12-19', '2026-12-21'],
    ['Dec 19 until 21', 'en', '2026-12-19', '2026-12-21'],
  ])('reads "%s" as one stay', (text, language, checkIn, checkOut) => {
    expect(stayIn(text, language)).toEqual([{ checkIn, checkOut }]);
  });
});

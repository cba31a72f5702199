import type { Language } from '../nlp.types';
import { extractEntities } from './extract-entities';

// A Wednesday, 11:00 in Madrid.
const NOW = new Date('2026-11-25T10:00:00Z');

function readingOf(text: string, language: Language) {
  return extractEntities(text, {
    language,
    now: NOW,
    timezone: 'Europe/Madrid',
    roomTypes: [],
  }).map(({ type, value, text: words }) => ({ type, value, text: words }));
}

const party = (total: number, words: string) => ({
  type: 'guests',
  value: { adults: total, children: 0, infants: 0, total },
  text: words,
});

describe('a party counted just before a day', () => {
  it.each<[string, Language, ReturnType<typeof party>, string]>([
    ['somos 2 a 14 dic', 'es', party(2, 'somos 2'), '14 dic'],
    ['seriamos 2 a 14 dic', 'es', party(2, 'seriamos 2'), '14 dic'],
    ['somos 3 al 14 dic', 'es', party(3, 'somos 3'), '14 dic'],
    ['seremos 2 a 14 de diciembre', 'es', party(2, 'seremos 2'), '14 de diciembre'],
    ['we are 2 on dec 14', 'en', party(2, 'we are 2'), 'dec 14'],
  ])(
    '"%s" is the party and the arrival, not a stay from the party\'s number',
    (text, language, guests, day) => {
      expect(readingOf(text, language)).toEqual([
        guests,
        { type: 'date', value: { date: '2026-12-14' }, text: day },
      ]);
    },
  );

  it.each<[string, string]>([
    ['2 a 14 dic', '2 a 14 dic'],
    ['del 2 al 14 dic', 'del 2 al 14 dic'],
    ['somos 2 del 2 al 14 dic', 'del 2 al 14 dic'],
  ])('leaves "%s" a stay from the 2nd to the 14th', (text, words) => {
    expect(readingOf(text, 'es')).toContainEqual({
      type: 'date_range',
      value: { checkIn: '2026-12-02', checkOut: '2026-12-14' },
      text: words,
    });
  });
});

describe('a stay after a word of going', () => {
  // "Vamos", "iremos" go somewhere; the days after them are the stay.
  it.each<[string, string, string]>([
    ['vamos 5 a 7 de diciembre', '2026-12-05', '2026-12-07'],
    ['vamos del 5 al 7 de diciembre', '2026-12-05', '2026-12-07'],
    ['iremos 12 al 14 de diciembre', '2026-12-12', '2026-12-14'],
    ['iremos del 12 al 14 de diciembre', '2026-12-12', '2026-12-14'],
    ['vamos a ir 12 al 14 de diciembre', '2026-12-12', '2026-12-14'],
    ['vamos 12 al 14 de diciembre', '2026-12-12', '2026-12-14'],
  ])('reads "%s" as a stay from %s to %s', (text, checkIn, checkOut) => {
    expect(readingOf(text, 'es')).toContainEqual(
      expect.objectContaining({ type: 'date_range', value: { checkIn, checkOut } }),
    );
  });

  it.each(['iremos 12 al 14 de diciembre', 'vamos 5 a 7 de diciembre'])(
    'reads no party in "%s": its number is the first day of the stay',
    (text) => {
      expect(readingOf(text, 'es').map(({ type }) => type)).toEqual(['date_range']);
    },
  );

  it('keeps the party said beside such a stay ("iremos 12 al 14 de diciembre, somos 2")', () => {
    expect(readingOf('iremos 12 al 14 de diciembre, somos 2', 'es')).toEqual([
      {
        type: 'date_range',
        value: { checkIn: '2026-12-12', checkOut: '2026-12-14' },
        text: '12 al 14 de diciembre',
      },
      party(2, 'somos 2'),
    ]);
  });
});

import type { Language } from '../nlp.types';
import { extractDates } from './dates';

// A Wednesday, 11:00 in Madrid.
const NOW = new Date('2026-11-25T10:00:00Z');

function datesIn(text: string, language: Language) {
  return extractDates(text, { language, now: NOW, timezone: 'Europe/Madrid' }).map(({ type, value }) => ({
    type,
    value,
  }));
}

describe('a day gone by', () => {
  it.each<[string, Language]>([
    ['quien gano el madrid ayer?', 'es'],
    ['anteayer llovió muchísimo', 'es'],
    ['anoche cenamos fatal', 'es'],
    ['who won the game yesterday?', 'en'],
    ['the day before yesterday it rained', 'en'],
    ['el sábado pasado perdí un reloj en la habitación', 'es'],
    ['el finde pasado estuvimos en su hotel', 'es'],
    ['el lunes anterior llamé y nadie contestó', 'es'],
    ['last monday i lost my watch in the room', 'en'],
    ['last weekend we stayed with you', 'en'],
    ['this past saturday the wifi did not work', 'en'],
  ])('is no day of a stay when named in words alone: "%s"', (text, language) => {
    expect(datesIn(text, language)).toEqual([]);
  });

  it('is still read when said with its numbers, so the guest hears the arrival cannot be past', () => {
    expect(datesIn('del 20 al 22 de noviembre de 2026', 'es')).toEqual([
      { type: 'date_range', value: { checkIn: '2026-11-20', checkOut: '2026-11-22' } },
    ]);
  });

  it('leaves today and the days ahead alone', () => {
    expect(datesIn('hoy', 'es')).toEqual([{ type: 'date', value: { date: '2026-11-25' } }]);
    expect(datesIn('tomorrow', 'en')).toEqual([{ type: 'date', value: { date: '2026-11-26' } }]);
    expect(datesIn('el sábado', 'es')).toEqual([{ type: 'date', value: { date: '2026-11-28' } }]);
  });
});

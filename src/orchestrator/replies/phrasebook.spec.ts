import en from './templates/en.json';
import es from './templates/es.json';
import { Phrasebook } from './phrasebook';

describe('Phrasebook', () => {
  const phrases = new Phrasebook();

  it('has the same phrases in every language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
  });

  it('fills plurals and selects per language', () => {
    expect(phrases.text('es', 'ask.guests')).toBe('¿Para cuántas personas?');
    expect(phrases.text('es', 'booking.too_many_guests', { room: 'Individual', max: 1 })).toMatch(
      /como máximo 1 persona\./,
    );
    expect(phrases.text('en', 'booking.too_many_guests', { room: 'Single', max: 2 })).toMatch(
      /at most 2 guests\./,
    );
    expect(phrases.text('es', 'greeting', { name: 'none', hotel: 'Hotel Demo' })).toMatch(/^¡Hola! 👋/);
  });

  it('formats money and dates the way each language writes them', () => {
    expect(phrases.money('es', 109, 'EUR')).toMatch(/^109\s€$/);
    expect(phrases.money('en', 109.5, 'EUR')).toBe('€109.50');
    expect(phrases.date('es', '2026-12-12')).toBe('sáb 12 dic');
    expect(phrases.date('en', '2026-12-12')).toBe('Sat, Dec 12');
    expect(phrases.date('es', '2027-11-20', true)).toBe('sáb 20 nov 2027');
    expect(phrases.date('en', '2027-11-20', true)).toBe('Sat, Nov 20, 2027');
  });

  it('knows which phrases exist', () => {
    expect(phrases.has('es', 'amenity.gym')).toBe(true);
    expect(phrases.has('es', 'amenity.sauna')).toBe(false);
  });

  it('compiles every template in both languages', () => {
    for (const key of Object.keys(es) as Array<keyof typeof es>) {
      expect(() => phrases.text('es', key, {})).not.toThrow(SyntaxError);
      expect(() => phrases.text('en', key, {})).not.toThrow(SyntaxError);
    }
  });
});

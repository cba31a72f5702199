import { entity, parse } from '../../../test/support/turn-fixtures';
import { asksForBreakfast } from './booking-extras';

// Breakfast said to be needed beside another extra, as e-mails put it: wanted, not asked about.

describe('asksForBreakfast', () => {
  it.each([
    "We'd also need parking for one car and breakfast both days.",
    'Necesitamos parking para un coche y desayuno todos los dias.',
    'necesitamos desayuno para los dos',
  ])('hears breakfast wanted in %j', (text) => {
    expect(asksForBreakfast(text, parse('None', [entity.topic('breakfast')]))).toBe(true);
  });

  it.each(['¿necesito reservar el desayuno?', 'do we need to book breakfast in advance?'])(
    'hears a question in %j',
    (text) => {
      expect(asksForBreakfast(text, parse('None', [entity.topic('breakfast')]))).toBe(false);
    },
  );
});

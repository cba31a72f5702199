import { asksPriceBasis } from './price-basis';

describe('asksPriceBasis', () => {
  it.each([
    '¿es por noche o total?',
    '¿El precio es por persona?',
    '¿son 327 en total o por noche?',
    'es por noche?',
    '¿109 por persona?',
    '¿y es por persona o por habitación?',
    'is the price per night or total?',
    'is that per person?',
    'is it per night?',
    '€139 per person?',
  ])('hears %j as asking what a price counts', (text) => {
    expect(asksPriceBasis(text)).toBe(true);
  });

  it.each([
    '¿cuánto cuesta por noche?',
    'how much per night?',
    'how much is it in total?',
    'por noche cuanto es?',
    'quiero la doble por 3 noches',
    'es por noche',
    'is the total for both rooms?',
    'una habitación por persona?? no, una para los dos',
  ])('hears %j as something else', (text) => {
    expect(asksPriceBasis(text)).toBe(false);
  });
});

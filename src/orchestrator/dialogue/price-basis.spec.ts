import { asksPriceBasis, asksStayTotal, asksWhatThePriceIncludes } from './price-basis';

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

describe('asksStayTotal', () => {
  it.each([
    '¿cuánto es en total con todo?',
    '¿y cuánto es el total?',
    'cuanto sale todo junto',
    "what's the grand total incl. breakfast?",
    'how much is it in total?',
    'how much all in?',
    'and the total?',
    '¿cuánto sería incluyendo el parking?',
    '¿cuánto sería con el parking?',
    '¿y con desayuno cuánto sale?',
    'how much would it be with parking?',
    'how much with the dog?',
    // After an extra was added to the booking (QA 29, M7: not understood).
    'whats my total now?',
    '¿y mi total?',
  ])('hears %j as asking the whole price of the stay', (text) => {
    expect(asksStayTotal(text)).toBe(true);
  });

  it.each([
    '¿es por noche o total?',
    'is the price per night or total?',
    '¿el desayuno está incluido?',
    "what's included?",
    '¿cuánto cuesta el desayuno?',
    'lo quiero con todo',
    'en total somos 5',
    'la quiero con parking',
    '¿tenéis parking? ¿cuánto cuesta?',
  ])('hears %j as something else', (text) => {
    expect(asksStayTotal(text)).toBe(false);
  });
});

describe('asksWhatThePriceIncludes', () => {
  it.each([
    '¿qué incluye el precio?',
    'q incluye el precio?',
    'what is included in the price?',
    'what does the rate include?',
  ])('hears %j as asking what the price covers', (text) => {
    expect(asksWhatThePriceIncludes(text)).toBe(true);
  });

  it.each(['¿qué incluye el desayuno?', "what's included?", '¿el desayuno está incluido?'])(
    'hears %j as something else',
    (text) => {
      expect(asksWhatThePriceIncludes(text)).toBe(false);
    },
  );
});

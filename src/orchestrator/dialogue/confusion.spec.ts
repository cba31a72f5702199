import { isConfused, isImpatient, isIndifferent } from './confusion';

describe('a guest in a hurry', () => {
  it.each(['venga, ¿me la reservas ya o qué?', 'esto es lentísimo', 'hurry up!', 'just book it already'])(
    'hears %j as a hurry',
    (text) => {
      expect(isImpatient(text)).toBe(true);
    },
  );

  it.each(['no hurry, take your time', '¿mi reserva ya está confirmada?', '¿el wifi va muy lento?'])(
    'hears %j as no hurry',
    (text) => {
      expect(isImpatient(text)).toBe(false);
    },
  );
});

describe('a guest lost or indifferent at a question', () => {
  it.each([
    'no entiendo',
    'No sé qué poner',
    'no lo sé',
    'ni idea',
    "I don't understand",
    '¿qué?',
    'what?',
    'mm no sé',
    '¿para qué quieres mi nombre?',
    'why do you need my name?',
    'no lo he entendido',
    '¿a qué te refieres?',
    // Thinking aloud: no answer, and no no.
    'hmm',
    'mmm...',
    'ehh',
    'umm?',
  ])('hears %j as lost', (text) => {
    expect(isConfused(text)).toBe(true);
  });

  it.each([
    'no',
    'no quiero',
    'no sé si llegamos el 12',
    'no entiendo por qué cuesta tanto la suite',
    'I know',
    'hm, no',
    // Why, in a sentence of its own, is another question.
    '¿por qué necesitas tantos datos? Lo siento, es del 12 al 14',
  ])('hears %j as something else', (text) => {
    expect(isConfused(text)).toBe(false);
  });

  it.each([
    'me da igual',
    'no importa',
    'cualquiera',
    'la que sea',
    'me da igual cuál',
    'lo que sea',
    'whichever',
    'any one',
  ])('hears %j as indifferent', (text) => {
    expect(isIndifferent(text)).toBe(true);
  });

  it.each(['no importa el precio', 'me da igual el precio, quiero la suite'])(
    'hears %j as something else',
    (text) => {
      expect(isIndifferent(text)).toBe(false);
    },
  );
});

import { isConfused, isIndifferent } from './confusion';

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
  ])('hears %j as lost', (text) => {
    expect(isConfused(text)).toBe(true);
  });

  it.each([
    'no',
    'no quiero',
    'no sé si llegamos el 12',
    'no entiendo por qué cuesta tanto la suite',
    'I know',
  ])('hears %j as something else', (text) => {
    expect(isConfused(text)).toBe(false);
  });

  it('hears "me da igual", "cualquiera", "whichever" as indifferent, not "no importa el precio"', () => {
    for (const text of ['me da igual', 'no importa', 'cualquiera', 'la que sea', 'whichever', 'any one']) {
      expect([text, isIndifferent(text)]).toEqual([text, true]);
    }
    expect(isIndifferent('no importa el precio')).toBe(false);
  });
});

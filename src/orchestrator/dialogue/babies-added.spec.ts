import { babiesAdded } from './babies-added';

describe('babiesAdded', () => {
  it.each([
    ['ah, y vamos con un bebe de 1 año', 1],
    ["oh wait we're bringing our baby too, he's 1", 1],
    ['necesitamos una cuna para el bebé', 1],
    ['y una cuna? también traemos un bebé de 6 meses', 1],
    ["we'll also bring our 10 month old baby, can we have a cot?", 1],
    ['can we have a cot please?', 1],
    ['necesitamos dos cunas', 2],
    // QA 28, S7: the summary went on without it.
    ['nos haría falta una cuna, por favor', 1],
    ['necesitaríamos cuna', 1],
  ])('reads %j as %i more', (text, babies) => {
    expect(babiesAdded(text)).toBe(babies);
  });

  it.each([
    '¿admitís bebés?',
    '¿tenéis cuna?',
    'do you have cots?',
    '¿hay cuna también?',
    'Luis Pérez',
    // Refused, brought along, or only priced.
    'no necesitamos cuna',
    'no hace falta cuna, traemos la nuestra',
    'we bring our own cot',
    'we do not need a cot',
    'no nos haría falta cuna',
    'el bebé no viene',
    'also how much is a cot',
  ])('adds no baby in %j', (text) => {
    expect(babiesAdded(text)).toBeNull();
  });
});

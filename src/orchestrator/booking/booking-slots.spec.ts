import { capitalisedName } from './booking-slots';

describe('capitalisedName', () => {
  it.each([
    ['maria lopez', 'Maria Lopez'],
    ['maría de la fuente', 'María de la Fuente'],
    ['ángel domingo', 'Ángel Domingo'],
    ['de la rosa', 'De la Rosa'],
  ])('capitalises a name written all in lower case: %j', (typed, shown) => {
    expect(capitalisedName(typed)).toBe(shown);
  });

  it.each(['McDonald', 'Ana de Armas', 'JOHN SMITH', 'van Gogh'])(
    'keeps a name written with capitals: %j',
    (typed) => {
      expect(capitalisedName(typed)).toBe(typed);
    },
  );
});

import { breakfastForSaid, parkingSpacesSaid } from './extra-counts';

describe('parkingSpacesSaid', () => {
  it.each([
    ['necesitamos 2 plazas de parking', 2],
    ['dos plazas de garaje por favor', 2],
    ['we need two parking spaces', 2],
    ['3 parking spots', 3],
    ['parking para 2 coches', 2],
    ['parking for three cars please', 3],
    ['venimos en 2 coches, hay parking?', 2],
    // A count brought down, or large (review 29: 1 kept 2; 6 and 12 became one space).
    ['mejor solo una plaza de parking', 1],
    ['añade 6 plazas de parking', 6],
    ['necesitamos 12 plazas de parking', 12],
  ])('reads %j as %i spaces', (text, spaces) => {
    expect(parkingSpacesSaid(text)).toBe(spaces);
  });

  it.each(['con parking', 'somos 2, con parking', 'parking para 2 noches'])(
    'reads no count in %j',
    (text) => {
      expect(parkingSpacesSaid(text)).toBeUndefined();
    },
  );
});

describe('breakfastForSaid', () => {
  it.each([
    ['solo desayuno para mi, mi marido no desayuna', 1],
    ['breakfast only for me', 1],
    ['just breakfast for one please', 1],
    ['desayuno solo para 2', 2],
    ['con desayuno para mi', 1],
    ['breakfast for two of us', 2],
  ])('reads %j as breakfast for %i', (text, people) => {
    expect(breakfastForSaid(text)).toBe(people);
  });

  it.each([
    'con desayuno para 2',
    'breakfast for 2 people',
    'desayuno para los dos',
    'con desayuno',
    // More than the one named (review 29: priced for one).
    'add breakfast for me and my wife please',
    'con desayuno para mí y mi marido',
  ])('reads no count in %j (the party is all of it)', (text) => {
    expect(breakfastForSaid(text)).toBeUndefined();
  });
});

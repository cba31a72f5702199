import { statedPetKinds, statedWeightKg } from './pet-limits';

describe('statedWeightKg', () => {
  it.each<[string, number | null]>([
    ['¿admiten perros de 40 kilos?', 40],
    ['un perro de 12,5 kg', 12.5],
    ['mi perrita pesa 8kg', 8],
    ['15 kilogramos', 15],
    ['my dog weighs 22 lbs', 22 / 2.20462],
    ['a 30 pound dog', 30 / 2.20462],
    ['¿admitís perros?', null],
    ['somos 2 y un perro', null],
    ['2 perros, 3 noches', null],
  ])('reads %j', (text, kg) => {
    const read = statedWeightKg(text);
    if (kg === null) expect(read).toBeNull();
    else expect(read).toBeCloseTo(kg, 3);
  });
});

describe('statedPetKinds', () => {
  it.each<[string, string[]]>([
    ['¿admiten gatos?', ['cat']],
    ['viajo con mi perrita y un gatito', ['dog', 'cat']],
    ['can I bring my bunny?', ['rabbit']],
    ['¿se puede ir con un hurón?', ['ferret']],
    ['our parrot travels with us', ['bird']],
    ['tenemos una tortuga', ['reptile']],
    ['our 30 kg labrador', ['dog']],
    ['a guinea pig', ['rodent']],
    // "Can" is English's verb, "ave" an avenue: neither is an animal.
    ['can I come at 5th Ave?', []],
    ['¿admiten mascotas?', []],
  ])('reads %j', (text, kinds) => {
    expect(statedPetKinds(text)).toEqual(kinds);
  });
});

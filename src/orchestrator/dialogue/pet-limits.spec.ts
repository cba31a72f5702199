import { freshState, makeTurn } from '../../../test/support/turn-fixtures';
import { petRefusal, statedPetCount, statedPetKinds, statedWeightKg } from './pet-limits';

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

describe('statedPetCount', () => {
  it.each<[string, number | null]>([
    ['¿y dos perros pequeños?', 2],
    ['viajamos con 3 gatos', 3],
    ['can we bring two small dogs?', 2],
    ['un par de perritos', 2],
    ['¿admitís perros?', null],
    ['somos 2 y un perro', null],
    ['para 2 con perro', null],
    ['un perro de 12 kilos', null],
  ])('reads %j', (text, count) => {
    expect(statedPetCount(text)).toBe(count);
  });
});

describe('petRefusal', () => {
  const told = (text: string, slots: Record<string, unknown>) =>
    petRefusal(
      makeTurn({ message: { text }, state: freshState({ dialogue: { flow: null, awaiting: null, slots } }) }),
    );

  it('keeps the weight told before for a message that says nothing new of the pet', () => {
    expect(told('lo traigo igual', { petWeightKg: 12 })).toEqual({
      reason: 'weight',
      maxKg: 10,
      toldBefore: true,
    });
  });

  it('forgets the weight told before once the pets are said to be small, and takes a new one', () => {
    const slots: Record<string, unknown> = { petWeightKg: 12, petKinds: ['dog'] };
    expect(told('¿y dos perros pequeños?', slots)).toBeNull();
    expect(slots.petWeightKg).toBeUndefined();
    expect(told('what about a small dog?', { petWeightKg: 12 })).toBeNull();
    expect(told('¿y uno de 8 kg?', { petWeightKg: 12 })).toBeNull();
    expect(told('¿y uno de 14 kg?', { petWeightKg: 8 })).toEqual({
      reason: 'weight',
      maxKg: 10,
      toldBefore: false,
    });
  });
});

import { statedWeightKg } from './pet-weight';

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

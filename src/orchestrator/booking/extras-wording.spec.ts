import { foldText } from '../../common/fold-text';
import { breakfastSaid } from './extras-wording';
import { parkingSaid, petSaid } from './pet-parking-wording';
import { saysEveryRoom } from './extras-for-booking';

describe('breakfastSaid', () => {
  it.each([
    ["We'd also like breakfast and parking.", 'wanted'],
    ["we'd like breakfast", 'wanted'],
    ["I'd also like breakfast please", 'wanted'],
    ['quita el desayuno', 'declined'],
    ['sin desayuno', 'declined'],
    ['is breakfast included?', undefined],
    // English "quite" is no Spanish "quite" (review 27, R11).
    ["we'd quite like breakfast", 'wanted'],
    ['quite el desayuno por favor', 'declined'],
    // Asked, then wanted if there is one (QA 28, E7).
    ['is there breakfast? if so add it', 'wanted'],
    ['¿tenéis desayuno? si hay, añádelo', 'wanted'],
    ['is there breakfast? if so what time?', undefined],
    ['si hay desayuno, ¿a qué hora es?', undefined],
    // Only the extra of that question (review 28, 5).
    ['do you have parking? if so add it. Is breakfast included?', undefined],
    // Whether the price comes with it (QA 30, en H2: breakfast added, and charged).
    ['hi, 2 ppl from 14 to 16 dec, is that with breakfast?', undefined],
    ['is the room price with breakfast? and do you have parking?', undefined],
    ['¿eso es con desayuno?', undefined],
    ['la doble con desayuno', 'wanted'],
  ] as const)('reads %j as %s', (text, said) => {
    expect(breakfastSaid(foldText(text))).toBe(said);
  });
});

describe('parkingSaid', () => {
  it.each([
    // Asked about (QA 30, en H2: a space added, and €252 charged).
    ['Also whats the parking like and is brekkie included', undefined],
    ['¿qué tal el parking?', undefined],
    ['how is the parking?', undefined],
    ['and a parking space please', 'wanted'],
    ['sin parking', 'declined'],
    ['nah forget the parking', 'declined'],
    // A verb that drops only what follows it (review of session 28).
    ['where do we drop the car, in the parking?', undefined],
  ] as const)('reads %j as %s', (text, said) => {
    expect(parkingSaid(foldText(text), false)).toBe(said);
  });
});

describe('petSaid with the stay named', () => {
  it.each([
    ['a double 18-21 dec for 2, our small dog comes too?', 'wanted'],
    // No pet of theirs (review of session 28).
    ['a double 18-21 dec for 2, my son loves dogs - are there any at the hotel?', undefined],
  ] as const)('reads %j as %s', (text, said) => {
    expect(petSaid(foldText(text), true)).toBe(said);
  });
});

describe('saysEveryRoom', () => {
  it.each([
    ['y añadir parking a las dos', true],
    ['añade el parking, llegamos a las dos', false],
  ] as const)('reads %j as %s', (text, every) => {
    expect(saysEveryRoom(text)).toBe(every);
  });
});

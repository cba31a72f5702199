import { foldText } from '../../common/fold-text';
import { breakfastSaid } from './extras-wording';

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
  ] as const)('reads %j as %s', (text, said) => {
    expect(breakfastSaid(foldText(text))).toBe(said);
  });
});

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
  ] as const)('reads %j as %s', (text, said) => {
    expect(breakfastSaid(foldText(text))).toBe(said);
  });
});

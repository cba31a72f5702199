import { sharesByKind } from './room-shares';

describe('sharesByKind', () => {
  it('shares the party by what each kind sleeps when even shares do not fit', () => {
    expect(sharesByKind(6, [4, 2])).toEqual([4, 2]);
    expect(sharesByKind(5, [4, 1])).toEqual([4, 1]);
    // Even shares fit: left to them; nothing fits: nothing.
    expect(sharesByKind(4, [4, 2])).toBeUndefined();
    expect(sharesByKind(7, [4, 2])).toBeUndefined();
  });
});

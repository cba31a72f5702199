import { freshState } from '../../../test/support/turn-fixtures';
import { endFlow } from './conversation-state';
import { knownReferences, rememberBooking } from './known-bookings';

describe('known bookings', () => {
  it('keeps the last five codes, latest last, without repeats, through the end of a flow', () => {
    const state = freshState();
    for (const code of ['AAAAA1', 'BBBBB2', 'CCCCC3', 'AAAAA1', 'DDDDD4', 'EEEEE5', 'FFFFF6']) {
      rememberBooking(state, code);
    }
    endFlow(state);
    expect(knownReferences(state)).toEqual(['CCCCC3', 'AAAAA1', 'DDDDD4', 'EEEEE5', 'FFFFF6']);
    expect(state.dialogue.slots.lastReference).toBe('FFFFF6');
  });

  it('reads a session saved before the list existed', () => {
    const state = freshState({
      dialogue: { flow: null, awaiting: null, slots: { lastReference: 'K7QX2M' } },
    });
    expect(knownReferences(state)).toEqual(['K7QX2M']);
    rememberBooking(state, 'PYBFFY');
    expect(knownReferences(state)).toEqual(['K7QX2M', 'PYBFFY']);
    expect(knownReferences(freshState())).toEqual([]);
  });
});

import { entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import type { ConversationState } from './conversation-state';
import { askDetail } from './repeated-question';

const waitingForGuests = (slots: Record<string, unknown>): ConversationState =>
  freshState({ language: 'en', dialogue: { flow: 'make_reservation', awaiting: 'guests', slots } });

const texts = (turn: ReturnType<typeof makeTurn>): string[] =>
  turn.replies.map((reply) => ('text' in reply ? reply.text : ''));

describe('askDetail', () => {
  it('asks plainly the first time', () => {
    const turn = makeTurn({
      nlu: parse('make_reservation'),
      state: freshState({
        dialogue: { flow: 'make_reservation', awaiting: 'dates', slots: {} },
        language: 'en',
      }),
    });
    askDetail(turn, 'guests', 'ask.guests');
    expect(texts(turn)).toEqual(['For how many people?']);
    expect(turn.state.dialogue.slots).toEqual({});
  });

  it('explains the question asked again straight after itself, and then gives the hotel’s phone', () => {
    const state = waitingForGuests({});
    const second = makeTurn({ nlu: parse('confirm'), state, message: { text: 'ok' } });
    askDetail(second, 'guests', 'ask.guests');
    expect(texts(second)).toEqual([
      "Sorry, I didn't get that.",
      'Tell me how many people will stay, children included; for example "2 adults and 1 child".',
    ]);
    const third = makeTurn({ nlu: parse('confirm'), state: second.state, message: { text: 'yep go ahead' } });
    askDetail(third, 'guests', 'ask.guests');
    expect(texts(third)[2]).toBe(
      "If it's easier, call us on +34 910 000 000 or write to reservas@hoteldemo.example and we'll book it for you.",
    );
    expect(third.state.dialogue.slots.timesAsked).toBe(3);
  });

  it('asks plainly, counting nothing, after an aside answered or with a detail said', () => {
    const aside = makeTurn({
      nlu: parse('hotel_info'),
      state: waitingForGuests({}),
    });
    aside.sayText('Yes, we have parking.');
    askDetail(aside, 'guests', 'ask.guests');
    expect(texts(aside)).toEqual(['Yes, we have parking.', 'For how many people?']);
    expect(aside.state.dialogue.slots.timesAsked).toBeUndefined();
    const detail = makeTurn({
      nlu: parse('None', [entity.room('suite')]),
      state: waitingForGuests({}),
    });
    askDetail(detail, 'guests', 'ask.guests');
    expect(texts(detail)).toEqual(['For how many people?']);
    // A detail said starts the count again: the next question is asked plainly.
    const counted = makeTurn({
      nlu: parse('None', [entity.room('suite')]),
      state: waitingForGuests({ timesAsked: 2 }),
    });
    askDetail(counted, 'guests', 'ask.guests');
    expect(counted.state.dialogue.slots.timesAsked).toBeUndefined();
  });
});

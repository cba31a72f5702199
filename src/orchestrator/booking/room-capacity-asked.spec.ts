import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { asksRoomCapacity } from '../dialogue/price-basis';

// How many another room sleeps, or how big it is, asked at "whose name?": its places, the booking's
// room kept and its question asked again (QA 27, E3: the booking switched to the room asked about).
// Through the real router and handlers.

async function doubleChosen(dialogue: RoutedDialogue): Promise<void> {
  await dialogue.say('room for 2 from dec 19 to dec 21', {
    intent: 'check_availability',
    language: 'en',
    entities: [
      ['from dec 19 to dec 21', entity.range('2026-12-19', '2026-12-21')],
      ['for 2', entity.guests(2)],
    ],
  });
  expect(
    await dialogue.say('standard double', {
      intent: 'None',
      language: 'en',
      entities: [['standard double', entity.room('double')]],
    }),
  ).toMatch(/Whose name/);
}

describe('a room’s places asked at "whose name?"', () => {
  it.each([
    ['how many people fit in the suite?', 'suite', /Junior Suite \(up to 4 guests\): €219/],
    ['is the superior much bigger?', 'superior', /Superior Double \(up to 3 guests\): €139/],
  ])('answers %j and keeps the Standard Double', async (text, room, places) => {
    const dialogue = new RoutedDialogue('en');
    await doubleChosen(dialogue);
    const reply = await dialogue.say(text, {
      intent: 'room_prices',
      language: 'en',
      entities: [[room, entity.room(room)]],
    });
    expect(reply).toMatch(places);
    expect(reply).toMatch(/Whose name should the booking be under\?$/);
    expect(reply).not.toMatch(/changed it|Tell me dates/);
    expect(dialogue.state.dialogue.slots.roomTypeId).toBe('double');
  });

  it('tells a question apart from a room chosen', () => {
    expect(asksRoomCapacity('¿cuántas personas caben en la suite?', 1)).toBe(true);
    expect(asksRoomCapacity('mejor la suite, que es más grande', 1)).toBe(false);
    expect(asksRoomCapacity('how many people fit?', 0)).toBe(false);
    // A cot, not people (review 27, R13).
    expect(asksRoomCapacity('does a cot fit in the double?', 1)).toBe(false);
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// QA 29, M13: "what would the standard cost with breakfast and parking?" with the Standard offered
// added both to the booking ("I'll add breakfast…"); a price asked is a price told. Through the real
// router and handlers.

async function standardOffered(): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue('en');
  expect(
    await dialogue.say('standard double dec 12-14 for 2', {
      intent: 'check_availability',
      entities: [
        ['standard double', entity.room('double')],
        ['dec 12-14', entity.range('2026-12-12', '2026-12-14')],
        ['for 2', entity.guests(2)],
      ],
    }),
  ).toMatch(/Shall I book it for you\?$/);
  return dialogue;
}

const withBoth = (text: string): Array<[string, ReturnType<typeof entity.topic>]> => [
  ...(['breakfast', 'parking'] as const)
    .filter((topic) => text.includes(topic))
    .map((topic): [string, ReturnType<typeof entity.topic>] => [topic, entity.topic(topic)]),
];

describe('the price of extras asked with the room on offer named', () => {
  it('tells the total with them and adds nothing; "ok add them" then adds them', async () => {
    const dialogue = await standardOffered();
    const text = 'what would the standard cost with breakfast and parking?';
    const reply = await dialogue.say(text, {
      intent: 'hotel_info',
      entities: [['standard', entity.room('double')], ...withBoth(text)],
    });
    expect(reply).toMatch(
      /^Total with parking and breakfast: €310 \(room €218 \+ extras €92\), paid at the hotel\./,
    );
    expect(reply).not.toMatch(/I'll add (?:breakfast|a parking space) to the booking/);
    expect(dialogue.state.dialogue.slots).not.toHaveProperty('breakfast');
    expect(dialogue.state.dialogue.slots).not.toHaveProperty('parking');
    expect(dialogue.state.dialogue.awaiting).toBe('confirmation');
    // Before: "Sorry, I didn't quite get that."
    const offer = await dialogue.say('ok add them', { intent: 'None' });
    expect(offer).toMatch(/Total with parking and breakfast: €310/);
    expect(offer).toMatch(/Shall I book it for you\?$/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ breakfast: true, parking: true, step: 'offer' });
    expect(dialogue.pms.requests).toHaveLength(0);
  });

  it('still takes an extra priced with another room named, as a request for that room', async () => {
    const dialogue = await standardOffered();
    const text = 'how much would the superior be with breakfast?';
    await dialogue.say(text, {
      intent: 'room_prices',
      entities: [['superior', entity.room('superior')], ...withBoth(text)],
    });
    expect(dialogue.state.dialogue.slots).toMatchObject({ roomTypeId: 'superior', breakfast: true });
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// The booking's name said at a room offered ("Shall I book it?"), in words that read as asking about
// a booking made, through the real router and handlers (QA 30, en H7: "You have no confirmed booking
// in this conversation yet", the name then asked again).

describe('the name said at a room offered', () => {
  it.each([
    ['en', 'the booking is for Jerry Seinfeld', 'Jerry Seinfeld', /Name: Jerry Seinfeld/],
    ['es', 'la reserva es a nombre de Ana Ruiz', 'Ana Ruiz', /A nombre de Ana Ruiz/],
  ] as const)('%s "%s" is taken for the booking on offer', async (language, text, name, summary) => {
    const dialogue = new RoutedDialogue(language);
    const offer = await dialogue.say(
      language === 'en' ? 'a double from feb 3 to 6 for 2' : 'una doble del 3 al 6 de febrero para 2',
      {
        intent: 'check_availability',
        language,
        entities: [
          [language === 'en' ? 'double' : 'doble', entity.room('double', ['superior'])],
          [
            language === 'en' ? 'from feb 3 to 6' : 'del 3 al 6 de febrero',
            entity.range('2027-02-03', '2027-02-06'),
          ],
          [language === 'en' ? 'for 2' : 'para 2', entity.guests(2)],
        ],
      },
    );
    expect(offer).toMatch(/Shall I book it|¿Quieres que te la reserve/);
    const reply = await dialogue.say(text, {
      intent: 'reservation_status',
      language,
      entities: [[name, entity.name(name)]],
    });
    expect(reply).not.toMatch(/no confirmed booking|ninguna reserva confirmada/);
    expect(reply).toMatch(summary);
    expect(dialogue.state.dialogue.slots.step).toBe('summary');
  });
});

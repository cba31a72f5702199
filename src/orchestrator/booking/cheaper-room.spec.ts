import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// A cheaper room asked for once one is chosen ("too expensive", "what's the cheapest you have?") lists
// the rooms for the stay again, cheapest first, rather than the chosen room's total (QA 27, E4: the
// Superior was then booked). Through the real router and handlers.

async function superiorChosen(dialogue: RoutedDialogue, language: 'es' | 'en'): Promise<void> {
  await dialogue.say(
    language === 'es' ? 'una habitación del 8 al 10 de diciembre para 2' : 'room for 2 from dec 8 to dec 10',
    {
      intent: 'check_availability',
      language,
      entities: [
        [
          language === 'es' ? 'del 8 al 10 de diciembre' : 'from dec 8 to dec 10',
          entity.range('2026-12-08', '2026-12-10'),
        ],
        [language === 'es' ? 'para 2' : 'for 2', entity.guests(2)],
      ],
    },
  );
  await dialogue.say('superior', {
    intent: 'None',
    language,
    entities: [['superior', entity.room('superior')]],
  });
}

describe('a cheaper room asked for once one is chosen', () => {
  it.each([
    ['en', 'no forget it, too expensive', 'None'],
    ['en', "what's the cheapest you have?", 'room_prices'],
    ['es', '¿no tienen algo más barato?', 'room_prices'],
  ] as const)('%s "%s" lists the rooms again', async (language, text, heard) => {
    const dialogue = new RoutedDialogue(language);
    await superiorChosen(dialogue, language);
    const reply = await dialogue.say(text, { intent: heard, language });
    expect(reply).toMatch(
      language === 'es'
        ? /^Del mar 8 dic al jue 10 dic .*tenemos:\n• Doble Estándar/
        : /^From Tue, Dec 8 to Thu, Dec 10 .*we have:\n• Standard Double/,
    );
    expect(reply).not.toMatch(/Total (?:de la estancia|for the stay)/);
    expect(dialogue.state.dialogue.slots.roomTypeId).toBeUndefined();
  });

  it('keeps the room taken anyway: "a bit pricey but fine, put it under Rachel Green" (review 27, R10)', async () => {
    const dialogue = new RoutedDialogue('en');
    await superiorChosen(dialogue, 'en');
    const reply = await dialogue.say('A bit pricey but fine, put it under Rachel Green', {
      intent: 'None',
      language: 'en',
      entities: [['Rachel Green', entity.name('Rachel Green')]],
    });
    expect(reply).toMatch(/^Here's your booking:\n• Superior Double/);
  });

  it('still answers the total asked at "whose name?"', async () => {
    const dialogue = new RoutedDialogue('en');
    await superiorChosen(dialogue, 'en');
    expect(await dialogue.say("what's the total?", { intent: 'room_prices', language: 'en' })).toMatch(
      /Total for the stay: €278/,
    );
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// An extra taken off at the summary in the words of removing it ("quita el parking", "remove the
// parking"): it goes, and nothing is added. Before (QA 27, S6) "quita el parking" added a space.
// Through the real router and handlers.

async function summaryWithBoth(dialogue: RoutedDialogue, language: 'es' | 'en'): Promise<void> {
  const text =
    language === 'es'
      ? 'doble del 3 al 5 de diciembre para 2 con desayuno y parking a nombre de Gonzalo Ramos'
      : 'double dec 3 to 5 for 2 with breakfast and parking under Ana Ruiz';
  const reply = await dialogue.say(text, {
    intent: 'make_reservation',
    language,
    entities: [
      [language === 'es' ? 'doble' : 'double', entity.room('double')],
      [
        language === 'es' ? 'del 3 al 5 de diciembre' : 'dec 3 to 5',
        entity.range('2026-12-03', '2026-12-05'),
      ],
      [language === 'es' ? 'para 2' : 'for 2', entity.guests(2)],
      [language === 'es' ? 'desayuno' : 'breakfast', entity.topic('breakfast')],
      ['parking', entity.topic('parking')],
      [
        language === 'es' ? 'Gonzalo Ramos' : 'Ana Ruiz',
        entity.name(language === 'es' ? 'Gonzalo Ramos' : 'Ana Ruiz'),
      ],
    ],
  });
  expect(reply).toMatch(
    language === 'es' ? /Con parking[\s\S]*Con desayuno/ : /With parking[\s\S]*With breakfast/,
  );
}

describe('an extra removed at the summary', () => {
  it.each([
    ['quita el parking, al final vamos en tren', 'parking', 'desayuno'],
    ['quítanos el desayuno', 'desayuno', 'parking'],
    ['saca el parking', 'parking', 'desayuno'],
  ])('"%s" takes off the %s and keeps the %s', async (text, removed, kept) => {
    const dialogue = new RoutedDialogue();
    await summaryWithBoth(dialogue, 'es');
    const topic = removed === 'parking' ? 'parking' : 'breakfast';
    const reply = await dialogue.say(text, {
      intent: 'hotel_info',
      entities: [[removed, entity.topic(topic)]],
    });
    expect(reply).toMatch(/^Te resumo la reserva:/);
    expect(reply).not.toMatch(new RegExp(`Con ${removed}|Añado`));
    expect(reply).toMatch(new RegExp(`Con ${kept}`));
    expect(dialogue.state.dialogue.slots[topic]).toBeUndefined();
  });

  it('does the same in English: "remove the parking please"', async () => {
    const dialogue = new RoutedDialogue('en');
    await summaryWithBoth(dialogue, 'en');
    const reply = await dialogue.say('remove the parking please', {
      intent: 'None',
      language: 'en',
      entities: [['parking', entity.topic('parking')]],
    });
    expect(reply).not.toMatch(/With parking|I'll add/);
    expect(reply).toMatch(/With breakfast/);
  });
});

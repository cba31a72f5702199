import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "Cancel", "no, al final no la quiero" at the summary of a first booking (heard as cancelling a
// booking): the pending one is not made, and no booking code is asked for (QA 27, E17, S14).

async function summary(dialogue: RoutedDialogue, language: 'es' | 'en'): Promise<void> {
  await dialogue.say(
    language === 'es'
      ? 'doble del 14 al 15 dic para 2 a nombre de Hugo Blanco'
      : 'double dec 14 to 15 for 2 under Hugo Blanco',
    {
      intent: 'make_reservation',
      language,
      entities: [
        [language === 'es' ? 'doble' : 'double', entity.room('double')],
        [language === 'es' ? 'del 14 al 15 dic' : 'dec 14 to 15', entity.range('2026-12-14', '2026-12-15')],
        [language === 'es' ? 'para 2' : 'for 2', entity.guests(2)],
        ['Hugo Blanco', entity.name('Hugo Blanco')],
      ],
    },
  );
  expect(dialogue.state.dialogue.slots.step).toBe('summary');
}

describe('a cancellation said at the summary of a first booking', () => {
  it.each([
    ['en', 'cancel', /^OK, I won't book it\./],
    ['es', 'no, al final no la quiero', /^De acuerdo, no hago la reserva\./],
  ] as const)('%s "%s" drops the pending booking', async (language, text, dropped) => {
    const dialogue = new RoutedDialogue(language);
    await summary(dialogue, language);
    const reply = await dialogue.say(text, { intent: 'cancel_reservation', language });
    expect(reply).toMatch(dropped);
    expect(reply).not.toMatch(/code|código/);
    expect(await dialogue.say(language === 'es' ? 'sí' : 'yes', { intent: 'confirm', language })).not.toMatch(
      /BOOK1X/,
    );
  });
});

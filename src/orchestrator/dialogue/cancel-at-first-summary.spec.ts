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

describe('a cancellation said while a first booking is being made (QA 30, en M6)', () => {
  it.each([
    ['en', 'nah actually cancel it, plans changed', /^OK\. If you change your mind/],
    ['es', 'bueno cancela, al final no vamos', /^De acuerdo\. Si al final quieres alguna/],
  ] as const)('%s "%s" at the rooms listed drops it, asking no code', async (language, text, dropped) => {
    const dialogue = new RoutedDialogue(language);
    const rooms = await dialogue.say(
      language === 'es' ? 'habitación para 2 del 14 al 15 dic' : 'room for 2 dec 14 to 15',
      {
        intent: 'check_availability',
        language,
        entities: [
          [language === 'es' ? 'para 2' : 'for 2', entity.guests(2)],
          [language === 'es' ? 'del 14 al 15 dic' : 'dec 14 to 15', entity.range('2026-12-14', '2026-12-15')],
        ],
      },
    );
    expect(dialogue.state.dialogue.awaiting).toBe('room_type');
    expect(rooms).toMatch(/Standard|Estándar/);
    // Before: "What's your booking code?", and again at the next "yes".
    const reply = await dialogue.say(text, { intent: 'cancel_reservation', language });
    expect(reply).toMatch(dropped);
    expect(reply).not.toMatch(/code|código/);
    expect(await dialogue.say(language === 'es' ? 'sí' : 'yes', { intent: 'confirm', language })).not.toMatch(
      /code|código/,
    );
  });

  it('still asks which booking when one was made in the conversation', async () => {
    const dialogue = new RoutedDialogue('en');
    await summary(dialogue, 'en');
    await dialogue.say('yes', { intent: 'confirm', language: 'en' });
    await dialogue.say('and a room for 2 dec 20 to 21', {
      intent: 'check_availability',
      language: 'en',
      entities: [
        ['for 2', entity.guests(2)],
        ['dec 20 to 21', entity.range('2026-12-20', '2026-12-21')],
      ],
    });
    expect(await dialogue.say('cancel it', { intent: 'cancel_reservation', language: 'en' })).toMatch(
      /BOOK1X/,
    );
  });
});

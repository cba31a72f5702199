import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// A pet said to come once a booking is made ("we're bringing our small dog", heard as a question about
// pets): noted for that booking and the staff told (QA 27, E15: only the pet policy before). Through
// the real router and handlers.

async function booked(dialogue: RoutedDialogue, language: 'es' | 'en'): Promise<void> {
  await dialogue.say(
    language === 'es'
      ? 'doble del 8 al 10 de diciembre para 2 a nombre de Ana Ruiz'
      : 'double dec 8 to 10 for 2 under Ana Ruiz',
    {
      intent: 'make_reservation',
      language,
      entities: [
        [language === 'es' ? 'doble' : 'double', entity.room('double')],
        [
          language === 'es' ? 'del 8 al 10 de diciembre' : 'dec 8 to 10',
          entity.range('2026-12-08', '2026-12-10'),
        ],
        [language === 'es' ? 'para 2' : 'for 2', entity.guests(2)],
        ['Ana Ruiz', entity.name('Ana Ruiz')],
      ],
    },
  );
  expect(await dialogue.say(language === 'es' ? 'sí' : 'yes', { intent: 'confirm', language })).toMatch(
    /BOOK1X/,
  );
}

describe('a pet said to come after the booking', () => {
  it.each([
    ['en', "I forgot to mention, we're bringing our small dog", 'dog'],
    ['es', 'se me olvidó decir que llevamos a nuestro perro pequeño', 'perro'],
  ] as const)('%s "%s" is noted for the booking', async (language, text, pet) => {
    const dialogue = new RoutedDialogue(language);
    await booked(dialogue, language);
    await dialogue.say(text, { intent: 'hotel_info', language, entities: [[pet, entity.topic('pets')]] });
    expect(dialogue.staffNotices).toEqual([
      expect.stringMatching(/^🐾 La reserva BOOK1X .*llega con mascota/),
    ]);
  });

  it('only answers a question about bringing one', async () => {
    const dialogue = new RoutedDialogue();
    await booked(dialogue, 'es');
    const reply = await dialogue.say('¿podemos llevar al perro?', {
      intent: 'hotel_info',
      entities: [['perro', entity.topic('pets')]],
    });
    expect(reply).toMatch(/Admitimos mascotas/);
    expect(dialogue.staffNotices).toEqual([]);
  });
});

describe('a pet asked about for a booking named by its code, then taken (QA 31, H11)', () => {
  it.each([
    ['en', 'booking BOOK1X - can we bring our dog?', 'dog', 'great, please add him then'],
    [
      'es',
      'tengo la reserva BOOK1X, podemos llevar a nuestro perro? es un caniche de 7 kilos',
      'perro',
      'genial, apúntalo entonces',
    ],
  ] as const)('%s: %j, then taken, notes it for that booking', async (language, asked, word, taken) => {
    const first = new RoutedDialogue(language);
    await booked(first, language);
    const dialogue = new RoutedDialogue(language, first.pms);
    const answer = await dialogue.say(asked, {
      intent: 'hotel_info',
      language,
      entities: [
        ['BOOK1X', entity.reference('BOOK1X')],
        [word, entity.topic('pets')],
      ],
    });
    expect(answer).toMatch(/20\s?€|€20/);
    const reply = await dialogue.say(taken, { intent: 'confirm', language });
    expect(reply).toMatch(/BOOK1X/);
    expect(dialogue.staffNotices).toContainEqual(expect.stringMatching(/^🐾 La reserva BOOK1X/));
  });
});

describe('a hotel question beside a booking named by its code, all of it heard as its status (QA 31, H11)', () => {
  it('shows the booking and answers the question, and "apúntalo" then notes the pet', async () => {
    const first = new RoutedDialogue();
    await booked(first, 'es');
    const dialogue = new RoutedDialogue('es', first.pms);
    const reply = await dialogue.say(
      'hola tengo la reserva BOOK1X, podemos llevar a nuestro perro? es un caniche de 7 kilos',
      {
        intent: 'reservation_status',
        entities: [
          ['BOOK1X', entity.reference('BOOK1X')],
          ['caniche', entity.topic('pets')],
        ],
      },
    );
    expect(reply).toMatch(/^Tu reserva BOOK1X/);
    expect(reply).toMatch(/Admitimos mascotas/);
    await dialogue.say('genial, apúntalo entonces', { intent: 'confirm' });
    expect(dialogue.staffNotices).toContainEqual(expect.stringMatching(/^🐾 La reserva BOOK1X/));
  });
});

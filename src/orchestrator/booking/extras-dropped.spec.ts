import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// An extra a booking was made with, no longer wanted once it is booked ("al final no queremos
// desayuno, quitadlo"): taken off that booking and the staff told, never the booking cancelled (QA 28,
// S1: "¿Confirmas que quieres cancelar la reserva…?", and "sí" cancelled it). Through the real router
// and handlers.

async function bookedWithBoth(dialogue: RoutedDialogue, language: 'es' | 'en'): Promise<void> {
  const es = language === 'es';
  await dialogue.say(
    es
      ? 'doble del 10 al 12 de diciembre para 2 a nombre de Ramon Pena con desayuno y parking'
      : 'double dec 10 to 12 for 2 under Ana Ruiz with breakfast and parking',
    {
      intent: 'make_reservation',
      language,
      entities: [
        [es ? 'doble' : 'double', entity.room('double')],
        [es ? 'del 10 al 12 de diciembre' : 'dec 10 to 12', entity.range('2026-12-10', '2026-12-12')],
        [es ? 'para 2' : 'for 2', entity.guests(2)],
        [es ? 'Ramon Pena' : 'Ana Ruiz', entity.name(es ? 'Ramon Pena' : 'Ana Ruiz')],
        [es ? 'desayuno' : 'breakfast', entity.topic('breakfast')],
        ['parking', entity.topic('parking')],
      ],
    },
  );
  expect(await dialogue.say(es ? 'sí' : 'yes', { intent: 'confirm', language })).toMatch(/BOOK1X/);
  dialogue.staffNotices.length = 0;
}

describe('an extra taken off a booking made', () => {
  it.each([
    ['al final no queremos desayuno, quitadlo por favor', 'desayuno', 'cancel_reservation'],
    ['al final no necesitamos el parking, quitalo porfa', 'parking', 'make_reservation'],
    // QA 31, H4 and H5: the whole booking offered to cancel, or the extra left on.
    ['cancela el desayuno, comeremos fuera', 'desayuno', 'cancel_reservation'],
    ['y olvídate del parking también', 'parking', 'hotel_info'],
  ] as const)('"%s" takes off the %s, however it reads', async (text, word, intent) => {
    const dialogue = new RoutedDialogue();
    await bookedWithBoth(dialogue, 'es');
    const topic = word === 'desayuno' ? 'breakfast' : 'parking';
    const reply = await dialogue.say(text, { intent, entities: [[word, entity.topic(topic)]] });
    expect(reply).toMatch(new RegExp(`^Anotado: quito el ${word} de tu reserva BOOK1X`));
    expect(reply).not.toMatch(/cancelar/);
    // What is left: 218 € of room, and the other extra.
    expect(reply).toMatch(word === 'desayuno' ? /Total con parking: 254\s€/ : /Total con desayuno: 274\s€/);
    expect(dialogue.staffNotices).toEqual([
      expect.stringMatching(new RegExp(`^➖ La reserva BOOK1X .*ya no quiere: ${word}`)),
    ]);
    // The total asked next leaves it out.
    const total = await dialogue.say('¿cuánto es el total?', { intent: 'room_prices' });
    expect(total).toMatch(word === 'desayuno' ? /254\s€/ : /274\s€/);
  });

  it('takes off both in English, and says so of one never taken', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookedWithBoth(dialogue, 'en');
    const reply = await dialogue.say("we won't need parking or breakfast after all", {
      intent: 'cancel_reservation',
      language: 'en',
      entities: [
        ['parking', entity.topic('parking')],
        ['breakfast', entity.topic('breakfast')],
      ],
    });
    expect(reply).toMatch(/^Noted: I'm taking the parking and breakfast off your booking BOOK1X.*€218/s);
    const pet = await dialogue.say('no pets then', {
      intent: 'hotel_info',
      language: 'en',
      entities: [['pets', entity.topic('pets')]],
    });
    expect(pet).toMatch(/doesn't include a pet: there's nothing to take off/);
  });

  it.each([
    ['actually scrap the breakfast, we will eat out', 'breakfast', 'cancel_reservation'],
    ["nah forget the parking, i'll take the metro", 'parking', 'deny'],
  ] as const)('"%s" (heard as %s) takes off the %s in English', async (text, word, intent) => {
    const dialogue = new RoutedDialogue('en');
    await bookedWithBoth(dialogue, 'en');
    const topic = word === 'breakfast' ? 'breakfast' : 'parking';
    const reply = await dialogue.say(text, {
      intent,
      language: 'en',
      entities: [[word, entity.topic(topic)]],
    });
    expect(reply).toMatch(new RegExp(`^Noted: I'm taking (?:the )?${word} off your booking BOOK1X`));
    expect(reply).not.toMatch(/cancel/);
  });

  it('notes a cot asked beside it (review 28, 9)', async () => {
    const dialogue = new RoutedDialogue();
    await bookedWithBoth(dialogue, 'es');
    const reply = await dialogue.say('no queremos desayuno, pero sí una cuna', {
      intent: 'make_reservation',
      entities: [
        ['desayuno', entity.topic('breakfast')],
        ['cuna', entity.topic('children')],
      ],
    });
    expect(reply).toMatch(/quito el desayuno[\s\S]*una cuna para tu reserva BOOK1X/);
    expect(dialogue.staffNotices).toEqual([
      expect.stringMatching(/^➖ La reserva BOOK1X/),
      expect.stringMatching(/^👶 La reserva BOOK1X/),
    ]);
  });

  it.each([
    ['we won’t need breakfast on the first morning, we arrive late', 'breakfast'],
    ['do we not need to book parking in advance?', 'parking'],
  ] as const)('takes nothing off for a part of the stay or a question: "%s"', async (text, topic) => {
    const dialogue = new RoutedDialogue('en');
    await bookedWithBoth(dialogue, 'en');
    const reply = await dialogue.say(text, {
      intent: 'hotel_info',
      language: 'en',
      entities: [[topic, entity.topic(topic)]],
    });
    expect(reply).not.toMatch(/taking .* off|nothing to take off/);
    expect(dialogue.staffNotices.filter((notice) => notice.startsWith('➖'))).toEqual([]);
  });

  it('cancels when the booking is what is cancelled, and keeps an extra only asked about', async () => {
    const dialogue = new RoutedDialogue();
    await bookedWithBoth(dialogue, 'es');
    const cancel = await dialogue.say('quiero cancelar la reserva', { intent: 'cancel_reservation' });
    expect(cancel).toMatch(/¿Confirmas que quieres cancelar la reserva BOOK1X/);
    const other = new RoutedDialogue();
    await bookedWithBoth(other, 'es');
    const asked = await other.say('¿el desayuno a qué hora es?', {
      intent: 'hotel_info',
      entities: [['desayuno', entity.topic('breakfast')]],
    });
    expect(asked).not.toMatch(/quito/);
    expect(other.staffNotices).toEqual([]);
  });
});

describe('an extra taken off a booking being summarised (QA 31, H5: left on, and booked)', () => {
  it.each([
    ['es', 'y olvídate del desayuno también', 'desayuno', 'hotel_info', /Total con extras: 254/],
    ['en', 'nah forget the breakfast, we will eat out', 'breakfast', 'deny', /Total with extras: €254/],
  ] as const)('%s "%s" takes it off the summary', async (language, text, word, intent, left) => {
    const es = language === 'es';
    const dialogue = new RoutedDialogue(language);
    await dialogue.say(
      es
        ? 'doble del 10 al 12 de diciembre para 2 a nombre de Ramon Pena con desayuno y parking'
        : 'double dec 10 to 12 for 2 under Ana Ruiz with breakfast and parking',
      {
        intent: 'make_reservation',
        language,
        entities: [
          [es ? 'doble' : 'double', entity.room('double')],
          [es ? 'del 10 al 12 de diciembre' : 'dec 10 to 12', entity.range('2026-12-10', '2026-12-12')],
          [es ? 'para 2' : 'for 2', entity.guests(2)],
          [es ? 'Ramon Pena' : 'Ana Ruiz', entity.name(es ? 'Ramon Pena' : 'Ana Ruiz')],
          [es ? 'desayuno' : 'breakfast', entity.topic('breakfast')],
          ['parking', entity.topic('parking')],
        ],
      },
    );
    expect(dialogue.state.dialogue.slots.step).toBe('summary');
    const reply = await dialogue.say(text, {
      intent,
      language,
      entities: [[word, entity.topic('breakfast')]],
    });
    expect(reply).not.toMatch(/Con desayuno|With breakfast/);
    expect(reply).toMatch(left);
    expect(dialogue.state.dialogue.slots.breakfast).not.toBe(true);
  });
});

describe('a booking made with extras, moved to other dates (QA 31, H2: the extras dropped)', () => {
  it('keeps breakfast and parking on the new stay', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookedWithBoth(dialogue, 'en');
    const reply = await dialogue.say('can we move it to 14-16 dec?', {
      intent: 'reservation_status',
      language: 'en',
      entities: [['14-16 dec', entity.range('2026-12-14', '2026-12-16')]],
    });
    expect(reply).toMatch(/Mon, Dec 14 to Wed, Dec 16 \(2 nights\)/);
    expect(reply).toMatch(/With parking: €18 per night \(€36\)/);
    expect(reply).toMatch(/With breakfast: €14 per person per night \(€56\)/);
    expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/BOOK2X/);
    expect(dialogue.staffNotices.join('\n')).toMatch(/BOOK2X[\s\S]*parking/);
  });
});

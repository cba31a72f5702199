import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { Entity } from '../../nlp/nlp.types';

// Right after a booking, through the real router and handlers, each message with the reading the NLU
// gives it: a night more for that booking, and what it costs in total.

/** A Doble Estándar for 2, 12–14 Dec, under Nuria Castro (with breakfast when asked): BOOK1X. */
async function bookADouble(dialogue: RoutedDialogue, withBreakfast = false): Promise<void> {
  const text = `quiero una doble para 2 del 12 al 14 de diciembre${withBreakfast ? ' con desayuno' : ''}`;
  const entities: Array<[string, Entity]> = [
    ['doble', entity.room('double', ['superior'])],
    ['para 2', entity.guests(2)],
    ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
  ];
  if (withBreakfast) entities.push(['desayuno', entity.topic('breakfast')]);
  await dialogue.say(text, { intent: 'make_reservation', entities });
  await dialogue.say('Nuria Castro', { intent: 'None' });
  expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
}

async function bookADoubleInEnglish(dialogue: RoutedDialogue): Promise<void> {
  await dialogue.say('a double room for 2 from Dec 12 to Dec 14', {
    intent: 'make_reservation',
    entities: [
      ['double', entity.room('double', ['superior'])],
      ['for 2', entity.guests(2)],
      ['Dec 12 to Dec 14', entity.range('2026-12-12', '2026-12-14')],
    ],
  });
  await dialogue.say('Tom Baker', { intent: 'None' });
  expect(await dialogue.say('yes', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
}

describe('a night more for the booking just made', () => {
  it.each([
    ['nos quedamos una noche más', 'room_prices' as const],
    ['¿podemos quedarnos una noche más?', 'late_checkout' as const],
  ])(
    'reads %j (heard as %s) as that booking to the day after, summarised for a yes',
    async (text, intent) => {
      const dialogue = new RoutedDialogue();
      await bookADouble(dialogue);
      const asked = await dialogue.say(text, { intent, entities: [['una noche', entity.nights(1)]] });
      expect(asked).toMatch(
        /^Tu reserva BOOK1X: .*\nDesde aquí no puedo cambiar una reserva, pero te busco la nueva estancia.*\nTe resumo la reserva:\n• Doble Estándar\n• Del sáb 12 dic al mar 15 dic \(3 noches\)\n• 2 personas\n• A nombre de Nuria Castro\n• Total: 327\s€/,
      );
      const booked = await dialogue.say('sí', { intent: 'confirm' });
      expect(booked).toMatch(/^✅ .*BOOK2X.*\nTu reserva anterior BOOK1X sigue activa/);
      expect(dialogue.pms.requests.at(-1)).toMatchObject({ checkIn: '2026-12-12', checkOut: '2026-12-15' });
    },
  );

  it('reads "can we stay one more night?" (heard as the late check-out) as that change', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookADoubleInEnglish(dialogue);
    const asked = await dialogue.say('can we stay one more night?', {
      intent: 'late_checkout',
      language: 'en',
      entities: [['one more night', entity.nights(1)]],
    });
    expect(asked).toMatch(
      /^Your booking BOOK1X: .*\nI can't change a booking from here, but .*\nHere's your booking:\n• Standard Double\n• Sat, Dec 12 to Tue, Dec 15 \(3 nights\)\n/,
    );
  });

  it('still answers the price of a night more, changing nothing', async () => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    const asked = await dialogue.say('¿cuánto cuesta quedarnos una noche más?', {
      intent: 'room_prices',
      entities: [['una noche', entity.nights(1)]],
    });
    expect(asked).not.toMatch(/Te resumo la reserva/);
  });
});

describe('the total asked right after a booking', () => {
  it('answers "¿cuánto es el total?" (heard as the rates) with that booking\'s total', async () => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    const asked = await dialogue.say('¿cuánto es el total?', { intent: 'room_prices' });
    expect(asked).toMatch(
      /^Tu reserva BOOK1X: Doble Estándar, del sáb 12 dic al lun 14 dic\. Total de la estancia: 218\s€ \(2 noches\), a pagar en el hotel\.$/,
    );
  });

  it('adds the extras the booking was made with', async () => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue, true);
    const asked = await dialogue.say('¿cuánto es el total?', { intent: 'room_prices' });
    expect(asked).toMatch(
      /^Tu reserva BOOK1X: .*\. Total con desayuno: 274\s€ \(habitación 218\s€ \+ extras 56\s€\), a pagar en el hotel\.$/,
    );
  });

  it('answers "what\'s the total?" (heard as nothing) in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookADoubleInEnglish(dialogue);
    const asked = await dialogue.say("what's the total?", { intent: 'None', language: 'en' });
    expect(asked).toBe(
      'Your booking BOOK1X: Standard Double, Sat, Dec 12 to Mon, Dec 14. Total for the stay: €218 (2 nights), paid at the hotel.',
    );
  });
});

describe('what the booking came to, and whose name it is under, asked after it', () => {
  it.each([
    ['¿y cuánto pagué?', 'room_prices'],
    ['¿cuánto tenemos que pagar?', 'None'],
  ] as const)("answers %j with that booking's total", async (text, intent) => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    expect(await dialogue.say(text, { intent })).toMatch(
      /^Tu reserva BOOK1X: .*Total de la estancia: 218\s€/,
    );
  });

  it('answers "how much do we owe?" in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookADoubleInEnglish(dialogue);
    expect(await dialogue.say('how much do we owe?', { intent: 'None', language: 'en' })).toMatch(
      /^Your booking BOOK1X: .*Total for the stay: €218/,
    );
  });

  it('says the name on it: "¿a nombre de quién está?", "what name is the booking under?"', async () => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    expect(await dialogue.say('¿a nombre de quién está?', { intent: 'None' })).toBe(
      'Tu reserva BOOK1X está a nombre de Nuria Castro.',
    );
    const english = new RoutedDialogue('en');
    await bookADoubleInEnglish(english);
    expect(
      await english.say('what name is the booking under?', { intent: 'reservation_status', language: 'en' }),
    ).toBe('Your booking BOOK1X is under the name Tom Baker.');
  });
});

describe('a price asked after a booking that is not its total', () => {
  it.each([
    ['si cancelo, ¿cuánto me cobráis?', 'cancel_reservation', []],
    ['¿cuánto pagamos por el parking?', 'room_prices', [['parking', entity.topic('parking')]]],
  ] as Array<[string, 'cancel_reservation' | 'room_prices', Array<[string, Entity]>]>)(
    'does not answer %j with the booking total',
    async (text, intent, entities) => {
      const dialogue = new RoutedDialogue();
      await bookADouble(dialogue);
      expect(await dialogue.say(text, { intent, entities })).not.toMatch(/Total de la estancia/);
    },
  );
});

describe('the nights of the stay restated after a booking', () => {
  it('does not add them as nights more: "¿podemos añadir una cuna? nos quedamos 2 noches"', async () => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    const asked = await dialogue.say('¿podemos añadir una cuna? nos quedamos 2 noches', {
      intent: 'hotel_info',
      entities: [['2 noches', entity.nights(2)]],
    });
    expect(asked).not.toMatch(/Te resumo la reserva/);
    expect(dialogue.pms.requests).toHaveLength(1);
  });
});

import { type Reading, RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { IntentName, Language } from '../../nlp/nlp.types';

// Breakfast asked for loosely right after a booking, through the real router and handlers, each
// message with the reading the NLU gives it: noted for that booking, never a new booking.

/** A Doble Estándar for 2, 12–14 Dec, under Nuria Castro: BOOK1X. */
async function bookADouble(dialogue: RoutedDialogue): Promise<void> {
  await dialogue.say('quiero una doble para 2 del 12 al 14 de diciembre', {
    intent: 'make_reservation',
    entities: [
      ['doble', entity.room('double', ['superior'])],
      ['para 2', entity.guests(2)],
      ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
    ],
  });
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

/** The message heard as `intent`, with the breakfast named where its word stands. */
function breakfastNamed(word: string, intent: IntentName, language?: Language): Reading {
  return { intent, language, entities: [[word, entity.topic('breakfast')]] };
}

describe('breakfast asked for loosely right after a booking', () => {
  it.each([
    ['y el desayuno? lo quiero', 'make_reservation'],
    ['con desayuno', 'hotel_info'],
    ['queremos desayuno también', 'hotel_info'],
  ] as const)('notes %j (heard as %s) for that booking, whose total then has it', async (text, intent) => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    expect(await dialogue.say(text, breakfastNamed('desayuno', intent))).toMatch(
      /^Tu reserva BOOK1X: .*\nAnotado: se lo paso al equipo para tu reserva BOOK1X\.\n• Con desayuno: 14\s€ por persona y noche \(56\s€\), a pagar en el hotel$/,
    );
    expect(dialogue.state.dialogue.flow).toBeNull();
    expect(await dialogue.say('total?', { intent: 'None' })).toMatch(
      /^Tu reserva BOOK1X: .*\. Total con desayuno: 274\s€ \(habitación 218\s€ \+ extras 56\s€\), a pagar en el hotel\.$/,
    );
    expect(dialogue.pms.requests).toHaveLength(1);
  });

  it.each([
    ['and breakfast please', 'make_reservation'],
    ['we want breakfast too', 'make_reservation'],
  ] as const)(
    'notes %j (heard as %s) in English, and "what do I owe in total?" has it',
    async (text, intent) => {
      const dialogue = new RoutedDialogue('en');
      await bookADoubleInEnglish(dialogue);
      expect(await dialogue.say(text, breakfastNamed('breakfast', intent, 'en'))).toMatch(
        /^Your booking BOOK1X: .*\nNoted: I'm passing it on to the team for your booking BOOK1X\.\n• With breakfast: €14 per person per night \(€56\), paid at the hotel$/,
      );
      expect(await dialogue.say('what do I owe in total?', { intent: 'None', language: 'en' })).toBe(
        'Your booking BOOK1X: Standard Double, Sat, Dec 12 to Mon, Dec 14. Total with breakfast: €274 (room €218 + extras €56), paid at the hotel.',
      );
      expect(dialogue.pms.requests).toHaveLength(1);
    },
  );

  it('still just answers a question about it: "¿el desayuno está incluido?", "what time is breakfast?"', async () => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    expect(
      await dialogue.say('¿el desayuno está incluido?', breakfastNamed('desayuno', 'hotel_info')),
    ).toMatch(/^El desayuno no está incluido: cuesta 14\s€ por persona \(horario: 07:00-10:30\)\.$/);
    const english = new RoutedDialogue('en');
    await bookADoubleInEnglish(english);
    expect(
      await english.say('what time is breakfast?', breakfastNamed('breakfast', 'hotel_info', 'en')),
    ).toBe("Breakfast isn't included: it's €14 per person (served 07:00-10:30).");
    expect(english.state.dialogue.slots.bookedExtras).toBeUndefined();
  });

  it.each([
    ['¿y el desayuno también?', 'es'],
    ['breakfast hours please', 'en'],
    ['breakfast menu please', 'en'],
  ] as const)('notes nothing for %j, which asks about it', async (text, language) => {
    const dialogue = new RoutedDialogue(language);
    await (language === 'es' ? bookADouble(dialogue) : bookADoubleInEnglish(dialogue));
    await dialogue.say(
      text,
      breakfastNamed(language === 'es' ? 'desayuno' : 'breakfast', 'hotel_info', language),
    );
    expect(dialogue.state.dialogue.slots.bookedExtras).toBeUndefined();
  });

  it('adds it to the other booking under way instead, when one is', async () => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    await dialogue.say('otra doble para 2 del 20 al 22 de diciembre', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['para 2', entity.guests(2)],
        ['del 20 al 22 de diciembre', entity.range('2026-12-20', '2026-12-22')],
      ],
    });
    const asked = await dialogue.say('con desayuno', breakfastNamed('desayuno', 'hotel_info'));
    expect(asked).not.toMatch(/Anotado|BOOK1X/);
    expect(asked).toMatch(
      /^Añado el desayuno a la reserva\.\nTe resumo la reserva:\n• Doble Estándar\n• Del dom 20 dic/,
    );
  });
});

describe('extras asked for a booking named by its code, in a new conversation (QA 30, en H6)', () => {
  it.each([
    ['Hello, booking BOOK1X - we would like to add breakfast please', 'make_reservation', 'breakfast'],
    ['booking BOOK1X: could you add breakfast?', 'hotel_info', 'breakfast'],
  ] as const)('notes %j (heard as %s) for that booking, never a new one', async (text, intent, word) => {
    const first = new RoutedDialogue('en');
    await bookADoubleInEnglish(first);
    const dialogue = new RoutedDialogue('en', first.pms);
    // Before: "I'll add breakfast to the booking. For which dates?", a new booking started.
    const reply = await dialogue.say(text, {
      intent,
      language: 'en',
      entities: [
        ['BOOK1X', entity.reference('BOOK1X')],
        [word, entity.topic('breakfast')],
      ],
    });
    expect(reply).toMatch(
      /Noted: I'm passing it on to the team for your booking BOOK1X\.\n• With breakfast: €14 per person per night \(€56\), paid at the hotel/,
    );
    expect(dialogue.state.dialogue.flow).toBeNull();
    expect(dialogue.staffNotices.join('\n')).toMatch(/BOOK1X/);
    expect(first.pms.requests).toHaveLength(1);
  });

  it('notes it in Spanish too: "reserva BOOK1X, queremos añadir parking"', async () => {
    const first = new RoutedDialogue();
    await bookADouble(first);
    const dialogue = new RoutedDialogue('es', first.pms);
    const reply = await dialogue.say('reserva BOOK1X, queremos añadir parking', {
      intent: 'make_reservation',
      entities: [
        ['BOOK1X', entity.reference('BOOK1X')],
        ['parking', entity.topic('parking')],
      ],
    });
    expect(reply).toMatch(/Anotado: se lo paso al equipo para tu reserva BOOK1X\.\n• .*[Pp]arking/);
    expect(dialogue.state.dialogue.flow).toBeNull();
  });

  it('answers "booking BOOK1X: does my booking include breakfast?" as a question, adding nothing', async () => {
    const first = new RoutedDialogue('en');
    await bookADoubleInEnglish(first);
    const dialogue = new RoutedDialogue('en', first.pms);
    const reply = await dialogue.say('booking BOOK1X: does my booking include breakfast?', {
      intent: 'hotel_info',
      language: 'en',
      entities: [
        ['BOOK1X', entity.reference('BOOK1X')],
        ['breakfast', entity.topic('breakfast')],
      ],
    });
    expect(reply).not.toMatch(/Noted/);
  });

  it('still answers "booking BOOK1X: is breakfast included?" as a question, adding nothing', async () => {
    const first = new RoutedDialogue('en');
    await bookADoubleInEnglish(first);
    const dialogue = new RoutedDialogue('en', first.pms);
    const reply = await dialogue.say('booking BOOK1X: is breakfast included?', {
      intent: 'hotel_info',
      language: 'en',
      entities: [
        ['BOOK1X', entity.reference('BOOK1X')],
        ['breakfast', entity.topic('breakfast')],
      ],
    });
    expect(reply).not.toMatch(/Noted/);
    expect(reply).toMatch(/[Bb]reakfast/);
  });
});

describe('a hotel question beside extras asked for a booking (QA 30, en M4)', () => {
  it('answers "Also what time is check out?" after noting breakfast and parking', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookADoubleInEnglish(dialogue);
    const text = 'we would like to add breakfast and parking please. Also what time is check out?';
    // Before: the extras noted, and the check-out hour never said.
    const reply = await dialogue.say(text, {
      intent: 'hotel_info',
      language: 'en',
      entities: [
        ['breakfast', entity.topic('breakfast')],
        ['parking', entity.topic('parking')],
        ['check out', entity.topic('check_out')],
      ],
      ownQuestions: [' Also what time is check out?'],
    });
    expect(reply).toMatch(/Noted: I'm passing it on to the team for your booking BOOK1X/);
    expect(reply).toMatch(/Check-out is until 12:00\./);
    expect(reply).not.toMatch(/Breakfast isn't included/);
  });

  it('says nothing more of an extra asked in a question beside its request', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookADoubleInEnglish(dialogue);
    const text = 'we want breakfast. is breakfast served early?';
    const reply = await dialogue.say(text, {
      intent: 'hotel_info',
      language: 'en',
      entities: [['breakfast', entity.topic('breakfast')]],
      ownQuestions: [' is breakfast served early?'],
    });
    expect(reply).toMatch(/Noted/);
    expect(reply.match(/[Bb]reakfast/g)?.length).toBeLessThan(3);
  });
});

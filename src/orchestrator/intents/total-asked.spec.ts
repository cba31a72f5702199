import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { bookTheDecemberDouble, changeTheDates } from '../../../test/support/date-change-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "¿Cuánto es el total?" where the stay's total is known though no summary shows it: at "whose
// name?", after several rooms booked one by one, and with an extra named. Through the real router
// and handlers, each message with the reading the NLU gives it; never the rate card.

/** A Doble Estándar for 2, 6–9 Jan (327 €), offered and taken: the name is asked next. */
async function takeTheDouble(dialogue: RoutedDialogue): Promise<void> {
  const english = dialogue.state.language === 'en';
  await dialogue.say(english ? 'a double from jan 6 to 9 for 2' : 'una doble del 6 al 9 de enero para 2', {
    intent: 'check_availability',
    entities: [
      [english ? 'double' : 'doble', entity.room('double', ['superior'])],
      [english ? 'jan 6 to 9' : 'del 6 al 9 de enero', entity.range('2027-01-06', '2027-01-09')],
      [english ? 'for 2' : 'para 2', entity.guests(2)],
    ],
  });
  await dialogue.say(english ? 'yes' : 'sí', { intent: 'confirm' });
  expect(dialogue.state.dialogue.awaiting).toBe('guest_name');
}

/** Two Dobles Estándar for 4, 11–13 Dec, booked one by one: BOOK1X and BOOK2X (218 € each). */
async function bookTwoDoubles(dialogue: RoutedDialogue): Promise<void> {
  await dialogue.say('somos 4 y queremos 2 habitaciones dobles del 11 al 13 de diciembre', {
    intent: 'check_availability',
    entities: [
      ['somos 4', entity.guests(4)],
      ['2 habitaciones', entity.rooms(2)],
      ['dobles', entity.room('double', ['superior'])],
      ['del 11 al 13 de diciembre', entity.range('2026-12-11', '2026-12-13')],
    ],
  });
  await dialogue.say('sí', { intent: 'confirm' });
  await dialogue.say('Alberto Ramos', { intent: 'None' });
  await dialogue.say('sí', { intent: 'confirm' });
  await dialogue.say('sí', { intent: 'confirm' });
  expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK2X/);
}

describe('the total asked with the rooms for the stay listed', () => {
  it('gives each room’s total for the stay and asks which again, never the rate card', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('del 12 al 14 de diciembre para 2', {
      intent: 'check_availability',
      entities: [
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
        ['para 2', entity.guests(2)],
      ],
    });
    expect(dialogue.state.dialogue.awaiting).toBe('room_type');
    const totals = await dialogue.say('¿cuánto es el total?', { intent: 'room_prices' });
    expect(totals).toMatch(
      /^En total, para esa estancia:\n• Doble Estándar: 218\s€\n• Doble Superior: 278\s€\n/,
    );
    expect(totals).toMatch(/¿Cuál prefieres\?$/);
    expect(totals).not.toMatch(/Nuestras tarifas|Dime fechas/);
    expect(dialogue.state.dialogue.awaiting).toBe('room_type');
    // The prices shown still pick.
    await dialogue.say('la de 278', { intent: 'None' });
    expect(dialogue.state.dialogue.slots.roomTypeId).toBe('superior');
  });
});

describe('the total asked at "whose name?"', () => {
  it('answers "cuanto es el total?" (heard as the rates) with the room chosen\'s total, and asks the name again', async () => {
    const dialogue = new RoutedDialogue();
    await takeTheDouble(dialogue);
    expect(await dialogue.say('cuanto es el total?', { intent: 'room_prices' })).toMatch(
      /^Total de la estancia: 327\s€ \(3 noches\), a pagar en el hotel\.\n¿A nombre de quién hago la reserva\?$/,
    );
    expect(dialogue.state.dialogue.awaiting).toBe('guest_name');
  });

  it('answers "whats the total?" (heard as nothing) in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await takeTheDouble(dialogue);
    expect(await dialogue.say('whats the total?', { intent: 'None', language: 'en' })).toMatch(
      /^Total for the stay: €327 \(3 nights\), paid at the hotel\.\nWhose name should the booking be under\?$/,
    );
  });

  it('prices the room the guest changed to there ("mejor la suite"), not the one offered first', async () => {
    const dialogue = new RoutedDialogue();
    await takeTheDouble(dialogue);
    await dialogue.say('mejor la suite', {
      intent: 'make_reservation',
      entities: [['suite', entity.room('suite')]],
    });
    expect(await dialogue.say('cuanto es el total?', { intent: 'room_prices' })).toMatch(
      /^Total de la estancia: 657\s€ \(3 noches\)/,
    );
  });
});

describe('the total asked after several rooms booked in one request', () => {
  it('answers "cuanto es el total de todo?" with every room of it, not the last one only', async () => {
    const dialogue = new RoutedDialogue();
    await bookTwoDoubles(dialogue);
    expect(await dialogue.say('cuanto es el total de todo?', { intent: 'room_prices' })).toMatch(
      /^Tus 2 reservas:\n• BOOK1X: Doble Estándar, del vie 11 dic al dom 13 dic: 218\s€\n• BOOK2X: Doble Estándar, del vie 11 dic al dom 13 dic: 218\s€\nTotal de todo: 436\s€, a pagar en el hotel\.$/,
    );
  });

  it('answers "whats the total for all rooms?" after 4 rooms (the last single taken, a double) in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('4 single rooms dec 7-9 for 4 people', {
      intent: 'check_availability',
      language: 'en',
      entities: [
        ['4 single rooms', entity.rooms(4)],
        ['single rooms', entity.room('single')],
        ['dec 7-9', entity.range('2026-12-07', '2026-12-09')],
        ['for 4 people', entity.guests(4)],
      ],
    });
    await dialogue.say('yes', { intent: 'confirm', language: 'en' });
    await dialogue.say('John Smith', { intent: 'None', language: 'en' });
    // The fake PMS has 3 rooms of each kind: the fourth is a double.
    for (let answer = 0; answer < 7; answer += 1)
      await dialogue.say('yes', { intent: 'confirm', language: 'en' });
    expect(dialogue.pms.requests).toHaveLength(4);
    const asked = await dialogue.say('whats the total for all rooms?', {
      intent: 'room_prices',
      language: 'en',
    });
    expect(asked).toMatch(
      /^Your 4 bookings:\n(?:• BOOK[123]X: Single Room, .*: €158\n){3}• BOOK4X: Standard Double, .*: €218\nTotal for all: €692, paid at the hotel\.$/,
    );
  });

  it('notes "queremos desayuno en las dos" for both rooms, with what they all come to', async () => {
    const dialogue = new RoutedDialogue();
    await bookTwoDoubles(dialogue);
    const asked = await dialogue.say('queremos desayuno en las dos', {
      intent: 'hotel_info',
      entities: [['desayuno', entity.topic('breakfast')]],
    });
    expect(asked).toMatch(
      /^Anotado: se lo paso al equipo para tus reservas BOOK1X y BOOK2X\.\nTus 2 reservas:\n• BOOK1X: .*: 274\s€ con desayuno\n• BOOK2X: .*: 274\s€ con desayuno\nTotal de todo: 548\s€ \(habitaciones 436\s€ \+ extras 112\s€\), a pagar en el hotel\.$/,
    );
    expect(dialogue.state.dialogue.slots.bookedExtras).toEqual({
      BOOK1X: { breakfast: true },
      BOOK2X: { breakfast: true },
    });
  });

  it('asks which booking breakfast is for when several are known and none is pointed at', async () => {
    const dialogue = new RoutedDialogue();
    await bookTwoDoubles(dialogue);
    const asked = await dialogue.say('queremos desayuno', {
      intent: 'hotel_info',
      entities: [['desayuno', entity.topic('breakfast')]],
    });
    expect(asked).toMatch(/\n¿Para cuál de ellas\? Dime su código, o «en todas»\.$/);
    expect(dialogue.state.dialogue.slots.bookedExtras).toBeUndefined();
  });
});

describe('the total asked after a booking with an extra named', () => {
  it('counts the parking in "cuanto es el total con parking?", and says how to add it', async () => {
    const dialogue = new RoutedDialogue();
    await takeTheDouble(dialogue);
    await dialogue.say('Lola Paz', { intent: 'None' });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
    expect(
      await dialogue.say('cuanto es el total con parking?', {
        intent: 'room_prices',
        entities: [['parking', entity.topic('parking')]],
      }),
    ).toMatch(
      /^Tu reserva BOOK1X: .*\. Total con parking: 381\s€ \(habitación 327\s€ \+ extras 54\s€\), a pagar en el hotel\.\nSi necesitas plaza, dime «con parking» y la añado a la reserva\.$/,
    );
    expect(dialogue.state.dialogue.slots.bookedExtras).toBeUndefined();
  });
});

describe('the total asked with an extra at a summary', () => {
  it.each([
    [
      'es',
      '¿cuánto sería con el parking?',
      /^Total con parking: 381\s€ \(habitación 327\s€ \+ extras 54\s€\)/,
    ],
    ['en', 'how much would it be with parking?', /^Total with parking: €381 \(room €327 \+ extras €54\)/],
  ])(
    'answers the %s "%s" (heard as a parking question) with the stay\'s total with it',
    async (language, text, total) => {
      const dialogue = new RoutedDialogue(language as 'es' | 'en');
      await takeTheDouble(dialogue);
      await dialogue.say('Lola Paz', { intent: 'None' });
      const reply = await dialogue.say(text, {
        intent: 'hotel_info',
        entities: [['parking', entity.topic('parking')]],
      });
      expect(reply).toMatch(total);
      expect(dialogue.state.dialogue).toMatchObject({ awaiting: 'confirmation', slots: { step: 'summary' } });
      expect(dialogue.state.dialogue.slots.parking).toBeUndefined();
    },
  );
});

describe('the total asked with another booking still on', () => {
  it.each([
    [
      'es',
      'no, espera, mejor mantén las dos',
      '¿cuánto es el total?',
      /^Tu reserva BOOK2X: Doble Estándar, del mar 15 dic al jue 17 dic\. Total de la estancia: 218\s€ \(2 noches\), a pagar en el hotel\.\nTambién tienes la reserva BOOK1X \(218\s€\): 436\s€ entre las dos\.$/,
      '¿total de todo?',
      /^Tus 2 reservas:\n• BOOK1X: .*218\s€\n• BOOK2X: .*218\s€\nTotal de todo: 436\s€, a pagar en el hotel\.$/,
    ],
    [
      'en',
      'no wait, keep both',
      "what's the total?",
      /^Your booking BOOK2X: Standard Double, Tue, Dec 15 to Thu, Dec 17\. Total for the stay: €218 \(2 nights\), paid at the hotel\.\nYou also have booking BOOK1X \(€218\): €436 for both\.$/,
      'total for everything?',
      /^Your 2 bookings:\n• BOOK1X: .*€218\n• BOOK2X: .*€218\nTotal for all: €436, paid at the hotel\.$/,
    ],
  ] as const)(
    "(%s) gives the newest booking's total and names the one kept after a change of dates, with both together",
    async (language, keepBoth, total, answer, everything, all) => {
      const dialogue = new RoutedDialogue(language);
      await changeTheDates(dialogue, language);
      await dialogue.say(keepBoth, { intent: 'deny', language });
      expect(await dialogue.say(total, { intent: 'None', language })).toMatch(answer);
      expect(await dialogue.say(total, { intent: 'room_prices', language })).toMatch(answer);
      // "Total de todo" still lists them all, and so does "¿cuánto es todo?" (heard as the rates).
      expect(await dialogue.say(everything, { intent: 'thanks', language })).toMatch(all);
      const howMuch = language === 'es' ? '¿cuánto es todo?' : 'how much is everything?';
      expect(await dialogue.say(howMuch, { intent: 'room_prices', language })).toMatch(all);
    },
  );

  it.each([
    [
      'es',
      '¿cuánto es el total?',
      /^Tu reserva BOOK2X: .*Total de la estancia: 218\s€ \(2 noches\), a pagar en el hotel\.$/,
    ],
    [
      'en',
      "what's the total?",
      /^Your booking BOOK2X: .*Total for the stay: €218 \(2 nights\), paid at the hotel\.$/,
    ],
  ] as const)('(%s) counts no cancelled booking', async (language, total, answer) => {
    const dialogue = new RoutedDialogue(language);
    await changeTheDates(dialogue, language);
    expect(await dialogue.say(language === 'es' ? 'sí' : 'yes', { intent: 'confirm', language })).toMatch(
      /BOOK1X/,
    );
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('cancelled');
    expect(await dialogue.say(total, { intent: 'None', language })).toMatch(answer);
  });

  it.each([
    [
      'es',
      '¿cuánto es el total?',
      /^Tu reserva BOOK1X: Doble Estándar, del sáb 12 dic al lun 14 dic\. Total de la estancia: 218\s€ \(2 noches\), a pagar en el hotel\.$/,
    ],
    [
      'en',
      "what's the total?",
      /^Your booking BOOK1X: Standard Double, Sat, Dec 12 to Mon, Dec 14\. Total for the stay: €218 \(2 nights\), paid at the hotel\.$/,
    ],
  ] as const)('(%s) answers as before with one booking only', async (language, total, answer) => {
    const dialogue = new RoutedDialogue(language);
    expect(await bookTheDecemberDouble(dialogue, language)).toMatch(/^✅ .*BOOK1X/);
    expect(await dialogue.say(total, { intent: 'None', language })).toMatch(answer);
    expect(await dialogue.say(total, { intent: 'room_prices', language })).toMatch(answer);
  });
});

describe('"total for everything?" (heard as thanks) with nothing booked yet', () => {
  it.each([
    ['es', '¿total de todo?', /^Total de la estancia: 327\s€ \(3 noches\), a pagar en el hotel\.\n/],
    ['en', 'total for everything?', /^Total for the stay: €327 \(3 nights\), paid at the hotel\.\n/],
  ] as const)(
    '(%s) gives the stay offered its total, as "what\'s the total?" does',
    async (language, everything, total) => {
      const dialogue = new RoutedDialogue(language);
      await dialogue.say('a double from jan 6 to 9 for 2', {
        intent: 'check_availability',
        language,
        entities: [
          ['double', entity.room('double', ['superior'])],
          ['jan 6 to 9', entity.range('2027-01-06', '2027-01-09')],
          ['for 2', entity.guests(2)],
        ],
      });
      expect(dialogue.state.dialogue.slots.step).toBe('offer');
      const asked = await dialogue.say(everything, { intent: 'thanks', language });
      expect(asked).toMatch(total);
      expect(asked).not.toMatch(/De nada|welcome/);
      expect(
        await dialogue.say(language === 'es' ? '¿cuánto es el total?' : "what's the total?", {
          intent: 'None',
          language,
        }),
      ).toMatch(total);
      // At the summary too.
      await dialogue.say(language === 'es' ? 'sí' : 'yes', { intent: 'confirm', language });
      await dialogue.say('Amy Lee', { intent: 'None', language });
      expect(dialogue.state.dialogue.slots.step).toBe('summary');
      expect(await dialogue.say(everything, { intent: 'thanks', language })).toMatch(total);
      expect(dialogue.pms.requests).toHaveLength(0);
    },
  );

  it.each([
    [
      'es',
      '¿total de todo?',
      /^Aún no tienes ninguna reserva con nosotros por aquí; dime las fechas y cuántos sois y te doy el precio\.\n¿Para qué fechas\?/,
    ],
    [
      'en',
      'total for everything?',
      /^You don't have any bookings with us here yet; tell me the dates and how many of you and I'll price it\.\nFor which dates\?/,
    ],
  ] as const)(
    '(%s) says there is nothing to add up yet when no stay is priced',
    async (language, everything, answer) => {
      const dialogue = new RoutedDialogue(language);
      await dialogue.say(language === 'es' ? 'quiero reservar una habitación' : 'I want to book a room', {
        intent: 'make_reservation',
        language,
      });
      expect(dialogue.state.dialogue.awaiting).toBe('dates');
      const asked = await dialogue.say(everything, { intent: 'thanks', language });
      expect(asked).toMatch(answer);
      expect(asked).not.toMatch(/De nada|welcome/);
      // A thanks is still a thanks.
      expect(
        await dialogue.say(language === 'es' ? 'gracias por todo' : 'thanks for everything', {
          intent: 'thanks',
          language,
        }),
      ).toMatch(/^(?:¡De nada!|You're welcome!)/);
    },
  );
});

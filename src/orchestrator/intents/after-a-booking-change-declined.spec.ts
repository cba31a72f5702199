import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// A night more offered for the booking just made, and the guest says no to it: through the real
// router and handlers, each message with the reading the NLU gives it. The booking stands as it was:
// its total is the one asked for, and breakfast asked now is for it, never a second booking of it.

/** A Doble Estándar for 2, 3–5 Dec, under Jose Luis Fernandez (BOOK1X), then a night more summarised and declined. */
async function declineANightMore(dialogue: RoutedDialogue): Promise<void> {
  const english = dialogue.state.language === 'en';
  await dialogue.say(
    english ? 'a double for 2 from Dec 3 to Dec 5' : 'una doble del 3 al 5 de diciembre para 2',
    {
      intent: 'check_availability',
      entities: [
        [english ? 'double' : 'doble', entity.room('double', ['superior'])],
        [english ? 'for 2' : 'para 2', entity.guests(2)],
        [
          english ? 'from Dec 3 to Dec 5' : 'del 3 al 5 de diciembre',
          entity.range('2026-12-03', '2026-12-05'),
        ],
      ],
    },
  );
  await dialogue.say(english ? 'yes' : 'sí', { intent: 'confirm' });
  await dialogue.say('Jose Luis Fernandez', { intent: 'None' });
  expect(await dialogue.say(english ? 'yes' : 'sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
  const night = english ? 'one more night' : 'una noche más';
  const asked = await dialogue.say(english ? 'can we stay one more night?' : 'nos quedamos una noche más', {
    intent: english ? 'late_checkout' : 'room_prices',
    entities: [[night, entity.nights(1)]],
  });
  expect(asked).toMatch(english ? /Sun, Dec 6 \(3 nights\)/ : /dom 6 dic \(3 noches\)/);
  await dialogue.say('no', { intent: 'deny' });
}

describe('breakfast asked for the booking after saying no to a night more', () => {
  it('notes "no, lo dejamos como estaba pero con desayuno" (heard as a no) for that booking, with its new total', async () => {
    const dialogue = new RoutedDialogue();
    await declineANightMore(dialogue);
    const asked = await dialogue.say('no, lo dejamos como estaba pero con desayuno', {
      intent: 'deny',
      entities: [['desayuno', entity.topic('breakfast')]],
    });
    expect(asked).toMatch(
      /^Tu reserva BOOK1X: .*\nAnotado: se lo paso al equipo para tu reserva BOOK1X\.\n• Con desayuno: 14\s€ por persona y noche \(56\s€\), a pagar en el hotel\nTotal con desayuno: 274\s€ \(habitación 218\s€ \+ extras 56\s€\), a pagar en el hotel\.$/,
    );
    expect(dialogue.state.dialogue.flow).toBeNull();
    expect(dialogue.pms.requests).toHaveLength(1);
  });

  it('notes "no, leave it as it was but with breakfast" (heard as a no) in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await declineANightMore(dialogue);
    const asked = await dialogue.say('no, leave it as it was but with breakfast', {
      intent: 'deny',
      language: 'en',
      entities: [['breakfast', entity.topic('breakfast')]],
    });
    expect(asked).toMatch(
      /\nNoted: I'm passing it on to the team for your booking BOOK1X\.\n• With breakfast: .*\nTotal with breakfast: €274 \(room €218 \+ extras €56\), paid at the hotel\.$/,
    );
  });

  it('notes nothing for the booking on a bare "con desayuno" there, which may be for the stay just declined', async () => {
    const dialogue = new RoutedDialogue();
    await declineANightMore(dialogue);
    const asked = await dialogue.say('con desayuno', {
      intent: 'hotel_info',
      entities: [['desayuno', entity.topic('breakfast')]],
    });
    expect(asked).not.toMatch(/Anotado/);
    expect(dialogue.state.dialogue.slots.bookedExtras).toBeUndefined();
  });

  it('keeps the booking for "y si en vez de eso lo dejamos en 2 noches pero con desayuno?": no second booking of the same stay', async () => {
    const dialogue = new RoutedDialogue();
    await declineANightMore(dialogue);
    await dialogue.say('bueno vale, si', { intent: 'confirm' });
    const asked = await dialogue.say('y si en vez de eso lo dejamos en 2 noches pero con desayuno?', {
      intent: 'room_prices',
      entities: [
        ['2 noches', entity.nights(2)],
        ['desayuno', entity.topic('breakfast')],
      ],
    });
    expect(asked).not.toMatch(/Te resumo la reserva/);
    expect(asked).toMatch(
      /Entonces tu reserva BOOK1X se queda como está \(Doble Estándar, del jue 3 dic al sáb 5 dic\): no hago otra\.\nAnotado: se lo paso al equipo para tu reserva BOOK1X\.\n• Con desayuno: .*\nTotal con desayuno: 274\s€ /,
    );
    expect(dialogue.state.dialogue).toMatchObject({ flow: null, awaiting: null });
    expect(dialogue.state.dialogue.slots.replaces).toBeUndefined();
    expect(await dialogue.say('¿y el total?', { intent: 'room_prices' })).toMatch(
      /^Tu reserva BOOK1X: .*Total con desayuno: 274\s€/,
    );
    expect(dialogue.pms.requests).toHaveLength(1);
  });

  it('keeps the booking, with nothing to note, when the change comes back to it: "vale, pues lo dejamos en 2 noches"', async () => {
    const dialogue = new RoutedDialogue();
    await declineANightMore(dialogue);
    const asked = await dialogue.say('vale, pues lo dejamos en 2 noches', {
      intent: 'make_reservation',
      entities: [['2 noches', entity.nights(2)]],
    });
    expect(asked).toBe(
      'Entonces tu reserva BOOK1X se queda como está (Doble Estándar, del jue 3 dic al sáb 5 dic): no hago otra.',
    );
    expect(dialogue.pms.requests).toHaveLength(1);
  });
});

describe('the total asked after saying no to a night more', () => {
  it('answers "cuánto es el total?" (heard as the rates) with the booking\'s, not the rate card', async () => {
    const dialogue = new RoutedDialogue();
    await declineANightMore(dialogue);
    expect(await dialogue.say('cuánto es el total?', { intent: 'room_prices' })).toMatch(
      /^Tu reserva BOOK1X: Doble Estándar, del jue 3 dic al sáb 5 dic\. Total de la estancia: 218\s€ \(2 noches\), a pagar en el hotel\.$/,
    );
  });

  it('answers "whats the total?" (heard as nothing) in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await declineANightMore(dialogue);
    expect(await dialogue.say('whats the total?', { intent: 'None', language: 'en' })).toBe(
      'Your booking BOOK1X: Standard Double, Thu, Dec 3 to Sat, Dec 5. Total for the stay: €218 (2 nights), paid at the hotel.',
    );
  });
});

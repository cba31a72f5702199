import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// What a guest asks right after booking, through the real router and handlers, each message with the
// reading the NLU gives it: one more person for the booking made, and a second booking "like that one".

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
  await dialogue.say("Hi, I'd like a double room for 2 from Dec 18 to Dec 20 pls", {
    intent: 'make_reservation',
    entities: [
      ['double', entity.room('double', ['superior'])],
      ['for 2', entity.guests(2)],
      ['Dec 18 to Dec 20', entity.range('2026-12-18', '2026-12-20')],
    ],
  });
  await dialogue.say('Tom Baker', { intent: 'None' });
  expect(await dialogue.say('yes', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
}

const SUPERIOR_FOR_3 =
  /^Tu reserva BOOK1X: Doble Estándar, del sáb 12 dic al lun 14 dic, 2 personas\. .*\nDesde aquí no puedo cambiar una reserva.*\nLa Doble Estándar es para 2 personas como máximo: para 3, te busco la Doble Superior\.\nTe resumo la reserva:\n• Doble Superior\n• Del sáb 12 dic al lun 14 dic \(2 noches\)\n• 3 personas\n• A nombre de Nuria Castro\n• Total: 278\s€/;

/** A double booked, then a room for 3 after "al final somos 3" and a yes: the first booking still on. */
async function bookARoomForThreeToo(dialogue: RoutedDialogue): Promise<string> {
  await bookADouble(dialogue);
  await dialogue.say('al final somos 3, ¿se puede cambiar?', {
    intent: 'hotel_info',
    entities: [['somos 3', entity.guests(3)]],
  });
  return dialogue.say('sí', { intent: 'confirm' });
}

describe('one more person for the booking just made', () => {
  it.each([
    ['mejor para 3 personas', 'check_availability'],
    ['no, que sea para 3', 'deny'],
  ])('takes %j, heard as %s, as the booking for 3', async (text, intent) => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    const asked = await dialogue.say(text, {
      intent: intent as 'check_availability',
      entities: [['3', entity.guests(3)]],
    });
    expect(asked).toMatch(SUPERIOR_FOR_3);
  });

  it('takes "make it 3 people" the same in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookADoubleInEnglish(dialogue);
    const asked = await dialogue.say('make it 3 people', {
      intent: 'check_availability',
      language: 'en',
      entities: [['3 people', entity.guests(3)]],
    });
    expect(asked).toMatch(
      /^Your booking BOOK1X: .*\n.*\n.*Superior Double.*\nHere's your booking:\n• Superior Double\n• Fri, Dec 18 to Sun, Dec 20 \(2 nights\)\n• 3 guests\n/,
    );
  });

  it('looks for the same stay in a room for the new party, and books it after the yes, the old one still on', async () => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    // "Una persona" is heard as asking for a person, and as a party of one.
    const asked = await dialogue.say('gracias. oye, ¿puedo añadir a una persona más?', {
      intent: 'human_handoff',
      entities: [['una persona', entity.guests(1)]],
    });
    expect(asked).toMatch(SUPERIOR_FOR_3);
    expect(dialogue.state.handoff).toBe(false);
    const booked = await dialogue.say('sí', { intent: 'confirm' });
    expect(booked).toMatch(
      /^✅ .*BOOK2X. Doble Superior.*\nTu reserva anterior BOOK1X sigue activa\.\n¿Confirmas que quieres cancelar la reserva BOOK1X \(Doble Estándar, del sáb 12 dic al lun 14 dic, a nombre de Nuria Castro\)\?$/,
    );
    expect(dialogue.pms.requests.at(-1)).toMatchObject({
      roomTypeId: 'superior',
      guests: 3,
      guestName: 'Nuria Castro',
      checkIn: '2026-12-12',
      checkOut: '2026-12-14',
    });
    // The old one is cancelled on the guest's yes, and only then.
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^Reserva BOOK1X cancelada/);
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('cancelled');
    // Said again, "the old one" is still the one replaced: never the new booking.
    expect(await dialogue.say('vale, cancela la antigua', { intent: 'cancel_reservation' })).toBe(
      'La reserva BOOK1X ya estaba cancelada.',
    );
    expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
  });

  it('keeps the old booking too when the guest says no to cancelling it', async () => {
    const dialogue = new RoutedDialogue();
    expect(await bookARoomForThreeToo(dialogue)).toMatch(/¿Confirmas que quieres cancelar la reserva BOOK1X/);
    expect(await dialogue.say('no, me quedo las dos', { intent: 'deny' })).toBe(
      'Perfecto, no cancelo nada: las dos reservas siguen activas, la BOOK1X y la nueva BOOK2X.',
    );
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
  });

  it('drops the question to cancel the old booking when the guest asks something else, so a later yes is about that', async () => {
    const dialogue = new RoutedDialogue();
    await bookARoomForThreeToo(dialogue);
    await dialogue.say('¿cuánto cuesta el parking?', {
      intent: 'room_prices',
      entities: [['parking', entity.topic('parking')]],
    });
    expect(dialogue.state.dialogue.flow).toBeNull();
    // Both bookings are on: which one the parking is for, never "¿Sí a qué?" nor a cancellation.
    expect(await dialogue.say('sí, por favor, añádelo', { intent: 'confirm' })).toMatch(
      /BOOK1X.*\n.*BOOK2X.*\n¿Para cuál de ellas\?/s,
    );
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
  });

  it.each([
    ['en todas', 'None'],
    ['en las dos', 'confirm'],
  ] as const)(
    'adds the extra to every booking at "¿para cuál de ellas?" when told "%s" (QA 30, es H2)',
    async (text, intent) => {
      const dialogue = new RoutedDialogue();
      await bookARoomForThreeToo(dialogue);
      await dialogue.say('no, me quedo las dos', { intent: 'deny' });
      expect(
        await dialogue.say('quiero añadir parking', {
          intent: 'hotel_info',
          entities: [['parking', entity.topic('parking')]],
        }),
      ).toMatch(/¿Para cuál de ellas\?/);
      dialogue.staffNotices.length = 0;
      // Before: "no te he entendido", or "¿Sí a qué?".
      const reply = await dialogue.say(text, { intent });
      expect(reply).toMatch(/parking/);
      expect(reply).toMatch(/BOOK1X/);
      expect(reply).toMatch(/BOOK2X/);
      expect(dialogue.staffNotices.join('\n')).toMatch(/BOOK1X[\s\S]*BOOK2X|BOOK2X[\s\S]*BOOK1X/);
    },
  );

  it.each([
    ['al final somos 3, ¿se puede cambiar?', 'somos 3', 'hotel_info' as const],
    // QA 28, S9: its status alone.
    ['mi reserva es para 2 pero al final vamos 3, se puede?', 'vamos 3', 'reservation_status' as const],
  ])('reads %j (heard as %s) as that change', async (text, party, intent) => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    const asked = await dialogue.say(text, { intent, entities: [[party, entity.guests(3)]] });
    expect(asked).toMatch(SUPERIOR_FOR_3);
  });

  it.each([
    ['thx. actually can we add one more person? my sister is coming too', 'thanks' as const],
    ['can we add one more person to the booking? my sister is coming too', 'make_reservation' as const],
  ])('hears %j, however it classifies, as the change', async (text, intent) => {
    const dialogue = new RoutedDialogue('en');
    await bookADoubleInEnglish(dialogue);
    const asked = await dialogue.say(text, { intent, language: 'en' });
    expect(asked).toMatch(
      /^Your booking BOOK1X: .*\nI can't change a booking from here, but .*\nThe Standard Double sleeps 2 guests at most: for 3, I'll look for the Superior Double\.\nHere's your booking:\n• Superior Double\n• Fri, Dec 18 to Sun, Dec 20 \(2 nights\)\n• 3 guests\n• Name: Tom Baker\n/,
    );
  });

  it('hears "I need to add my son" (heard as a hotel question) as a child joining (QA 28, E18)', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookADoubleInEnglish(dialogue);
    const asked = await dialogue.say("I need to add my son, he's 12, can he stay in our room?", {
      intent: 'hotel_info',
      language: 'en',
    });
    expect(asked).toMatch(
      /\nThe Standard Double sleeps 2 guests at most: for 3, I'll look for the Superior Double\.\nHere's your booking:\n• Superior Double\n• Fri, Dec 18 to Sun, Dec 20 \(2 nights\)\n• 2 adults and 1 child\n/,
    );
  });

  it('keeps the room booked when it sleeps the new party', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say(
      'quiero una doble superior para 2 del 12 al 14 de diciembre a nombre de Nuria Castro',
      {
        intent: 'make_reservation',
        entities: [
          ['doble superior', entity.room('superior')],
          ['para 2', entity.guests(2)],
          ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
          ['Nuria Castro', entity.name('Nuria Castro')],
        ],
      },
    );
    await dialogue.say('sí', { intent: 'confirm' });
    const asked = await dialogue.say('¿puedo añadir una persona más?', {
      intent: 'human_handoff',
      entities: [['una persona', entity.guests(1)]],
    });
    expect(asked).toMatch(
      /Desde aquí no puedo cambiar.*\nTe resumo la reserva:\n• Doble Superior\n.*\n• 3 personas\n/,
    );
    expect(asked).not.toMatch(/como máximo/);
  });

  it('adds the person to a booking being summarised, never handing over', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('quiero una doble para 2 del 12 al 14 de diciembre', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['para 2', entity.guests(2)],
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
      ],
    });
    await dialogue.say('Nuria Castro', { intent: 'None' });
    await dialogue.say('¿puedo añadir una persona más?', {
      intent: 'human_handoff',
      entities: [['una persona', entity.guests(1)]],
    });
    expect(dialogue.state.handoff).toBe(false);
    expect(dialogue.state.dialogue.slots.guests).toBe(3);
  });
});

describe('a change of the booking that needs several rooms', () => {
  it('says the old booking is still on once the first new room is booked', async () => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    await dialogue.say('al final somos 6', { intent: 'None', entities: [['somos 6', entity.guests(6)]] });
    await dialogue.say('la superior', { intent: 'None', entities: [['superior', entity.room('superior')]] });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(
      /^✅ .*BOOK2X.*\nTu reserva anterior BOOK1X sigue activa: si ya no la necesitas, dime «cancela la BOOK1X» y la cancelo\.\nVamos con la siguiente/,
    );
  });
});

describe('a second booking like the one just made', () => {
  it('takes the room and the party of the last booking for "la misma habitación"', async () => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    const asked = await dialogue.say('y otra reserva para el 20 al 22 de diciembre, la misma habitación', {
      intent: 'make_reservation',
      entities: [['para el 20 al 22 de diciembre', entity.range('2026-12-20', '2026-12-22')]],
    });
    expect(asked).toMatch(
      /^Te resumo la reserva:\n• Doble Estándar\n• Del dom 20 dic al mar 22 dic \(2 noches\)\n• 2 personas\n• A nombre de Nuria Castro\n/,
    );
  });

  it.each([
    [
      'y otra para el 20 al 22 de diciembre, la misma habitación y las mismas personas',
      'check_availability' as const,
      'para el 20 al 22 de diciembre',
    ],
    ['lo mismo pero del 20 al 22', 'check_availability' as const, 'del 20 al 22'],
  ])('offers the same room for the same party for %j', async (text, intent, days) => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    const asked = await dialogue.say(text, {
      intent,
      entities: [[days, entity.range('2026-12-20', '2026-12-22')]],
    });
    expect(asked).toMatch(/Del dom 20 dic al mar 22 dic \(2 noches\), 2 personas.*\n• Doble Estándar/);
  });

  it('takes the party alone for "las mismas personas", and "las mismas" answering how many', async () => {
    const dialogue = new RoutedDialogue();
    await bookADouble(dialogue);
    const same = await dialogue.say('y otra reserva para el 20 al 22 de diciembre, las mismas personas', {
      intent: 'make_reservation',
      entities: [['para el 20 al 22 de diciembre', entity.range('2026-12-20', '2026-12-22')]],
    });
    expect(same).not.toMatch(/¿Para cuántas personas\?/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 2 });
    expect(dialogue.state.dialogue.slots.roomTypeId).toBeUndefined();

    const again = new RoutedDialogue();
    await bookADouble(again);
    const asked = await again.say('y otra reserva para el 20 al 22 de diciembre', {
      intent: 'make_reservation',
      entities: [['para el 20 al 22 de diciembre', entity.range('2026-12-20', '2026-12-22')]],
    });
    expect(asked).toBe('¿Para cuántas personas?');
    await again.say('las mismas', { intent: 'None' });
    expect(again.state.dialogue.slots).toMatchObject({ guests: 2, checkIn: '2026-12-20' });
  });

  it('takes them from a booking cancelled since', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('quiero una doble superior para 3 del 19 al 21 de diciembre', {
      intent: 'make_reservation',
      entities: [
        ['doble superior', entity.room('superior')],
        ['para 3', entity.guests(3)],
        ['del 19 al 21 de diciembre', entity.range('2026-12-19', '2026-12-21')],
      ],
    });
    await dialogue.say('Pedro Gil', { intent: 'None' });
    await dialogue.say('sí', { intent: 'confirm' });
    await dialogue.say('cancela mi reserva', { intent: 'cancel_reservation' });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/BOOK1X cancelada/);
    const text =
      'uy, me he equivocado, quería cancelar pero para reservar otras fechas: del 26 al 28 de diciembre, misma habitación';
    const asked = await dialogue.say(text, {
      intent: 'make_reservation',
      entities: [['del 26 al 28 de diciembre', entity.range('2026-12-26', '2026-12-28')]],
    });
    expect(asked).toMatch(
      /^Te resumo la reserva:\n• Doble Superior\n• Del sáb 26 dic al lun 28 dic \(2 noches\)\n• 3 personas\n• A nombre de Pedro Gil\n/,
    );
  });

  it('takes them from a booking looked up by its code', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('tengo la reserva K7QX2M', {
      intent: 'reservation_status',
      entities: [['K7QX2M', entity.reference('K7QX2M')]],
    });
    await dialogue.say('quiero otra igual para el 20 al 22', {
      intent: 'check_availability',
      entities: [['para el 20 al 22', entity.range('2026-12-20', '2026-12-22')]],
    });
    expect(dialogue.state.dialogue.slots).toMatchObject({ roomTypeId: 'double', guests: 2 });
  });

  it('books "the same" for someone else on the same dates, asking whose name', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookADoubleInEnglish(dialogue);
    const asked = await dialogue.say('can you also book the same for my parents, same dates?', {
      intent: 'make_reservation',
      language: 'en',
      entities: [['my parents', entity.guests(2)]],
    });
    expect(asked).toBe('Whose name should the booking be under?');
    expect(dialogue.state.dialogue.slots).toMatchObject({
      checkIn: '2026-12-18',
      checkOut: '2026-12-20',
      guests: 2,
      roomTypeId: 'double',
    });
  });

  it('takes "same room" in English too', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookADoubleInEnglish(dialogue);
    const asked = await dialogue.say('same room for dec 20-22 please', {
      intent: 'make_reservation',
      language: 'en',
      entities: [['dec 20-22', entity.range('2026-12-20', '2026-12-22')]],
    });
    expect(asked).toMatch(/^Here's your booking:\n• Standard Double\n.*\n• 2 guests\n• Name: Tom Baker\n/);
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { specialRequestsIn } from './special-requests';

// What a booking cannot promise (a quiet room, a high floor, connecting rooms, a detail for an
// anniversary): acknowledged without a promise, and told to the staff with the booking.

describe('a special request with a booking', () => {
  it('is acknowledged without a promise and passed to the staff once booked', async () => {
    const dialogue = new RoutedDialogue('en');
    const answer = await dialogue.say(
      'Dear Sir or Madam, availability for two adults from 14th to 17th December. We would prefer a quiet room on a high floor if possible.',
      {
        intent: 'check_availability',
        entities: [
          ['two adults', entity.guests(2)],
          ['14th to 17th December', entity.range('2026-12-14', '2026-12-17')],
        ],
      },
    );
    expect(answer).toMatch(
      /^I can't guarantee it, but I've noted it for the team: a quiet room and a high floor\.\n/,
    );
    await dialogue.say('1', { intent: 'None' });
    await dialogue.say('Elizabeth Turner', { intent: 'None' });
    expect(await dialogue.say('yes', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
    expect(dialogue.staffNotices).toContainEqual(
      expect.stringMatching(
        /^📝 La reserva BOOK1X .*Elizabeth Turner\) pide: habitación tranquila y planta alta\./,
      ),
    );
  });

  it('is noted at "whose name?" when heard as a no ("big bed, not two small beds"), and the name asked again', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('a double for 2, dec 24-27', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['double', entity.room('double')],
        ['for 2', entity.guests(2)],
        ['dec 24-27', entity.range('2026-12-24', '2026-12-27')],
      ],
    });
    expect(
      await dialogue.say('we want room with big bed not two small bed', { intent: 'deny', language: 'en' }),
    ).toBe(
      "I can't guarantee it, but I've noted it for the team: a double bed.\nWhose name should the booking be under?",
    );
    expect(dialogue.state.dialogue).toMatchObject({ flow: 'make_reservation', awaiting: 'guest_name' });
  });

  it('is noted when said at "whose name?", and the name asked again', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('doble del 10 al 12 de dic para 2', {
      intent: 'check_availability',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['del 10 al 12 de dic', entity.range('2026-12-10', '2026-12-12')],
        ['para 2', entity.guests(2)],
      ],
    });
    await dialogue.say('sí', { intent: 'confirm' });
    const noted = await dialogue.say('es nuestro aniversario, ¿podéis preparar algo especial?', {
      intent: 'hotel_info',
    });
    expect(noted).toBe(
      'No te lo puedo garantizar, pero lo anoto para el equipo: un detalle por vuestro aniversario.\n' +
        '¿A nombre de quién hago la reserva?',
    );
    await dialogue.say('Lucía Gómez', { intent: 'None' });
    await dialogue.say('sí', { intent: 'confirm' });
    expect(dialogue.staffNotices).toContainEqual(
      expect.stringMatching(/pide: un detalle: celebran su aniversario\./),
    );
  });

  it('offers two rooms for a family asking for two connecting rooms, and notes "connecting"', async () => {
    const dialogue = new RoutedDialogue('en');
    const answer = await dialogue.say(
      'Hi! Family of 4: 2 adults, kids aged 4 and 12. Could we get two connecting rooms from Dec 22 to Dec 26?',
      {
        intent: 'check_availability',
        entities: [
          ['Family of 4: 2 adults', entity.guests(4)],
          ['two connecting rooms', entity.rooms(2)],
          ['Dec 22 to Dec 26', entity.range('2026-12-22', '2026-12-26')],
        ],
      },
    );
    expect(answer).toMatch(/noted it for the team: connecting rooms\./);
    expect(answer).toMatch(/• Standard Double: €109\/night, €436 per room, €872 for both/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ rooms: 2, requests: ['connecting'] });
  });
});

describe('specialRequestsIn', () => {
  it.each([
    ['we would prefer a quiet room on a high floor', ['quiet', 'high_floor']],
    ['una habitación tranquila, en planta alta si puede ser', ['quiet', 'high_floor']],
    ['dos habitaciones comunicadas', ['connecting']],
    ['es el cumpleaños de mi mujer', ['birthday']],
    ['estamos de luna de miel', ['honeymoon']],
    // QA 29, H11: beds, a view, an early check-in and a fridge for insulin were lost.
    ['we want room with big bed not two small bed', ['double_bed']],
    ['2 couples, separate beds pls', ['twin_beds']],
    ['una doble con vistas a la calle por favor', ['view']],
    ['can we get a late checkout on the 27th and early check in on the 24th around 11?', ['early_check_in']],
    ['is there a fridge in the room? my wife needs to keep insulin cold', ['medicine_fridge']],
    ['necesito una nevera para la insulina', ['medicine_fridge']],
  ])('finds the requests in "%s"', (text, requests) => {
    expect(specialRequestsIn(text)).toEqual(requests);
  });

  it.each([
    '¿la zona es tranquila?',
    'is the hotel quiet at night?',
    'una doble del 10 al 12',
    // Questions about the hotel, and wishes.
    'hay ascensor a la planta alta?',
    '¿la habitación del último piso tiene terraza?',
    'do you have rooms next to each other?',
    'feliz cumpleaños',
    '¿la doble tiene cama de matrimonio?',
    'is there a fridge in the room?',
  ])('finds none in "%s"', (text) => {
    expect(specialRequestsIn(text)).toEqual([]);
  });
});

import { BookingPms, RoutedDialogue } from '../../../test/support/routed-dialogue';
import { PmsUnavailableError } from '../../pms/pms.errors';
import { entity } from '../../../test/support/turn-fixtures';

// Breakfast asked for up front with two rooms for four: each room carries its own share (14 € per
// person in that room and night), each booking's staff hear of it, and "el total de todo" is the
// offer's. Through the real router and handlers.

describe('breakfast asked for two rooms up front', () => {
  it("charges each room its own people's breakfast, tells the staff of each, and the total matches the offer", async () => {
    const dialogue = new RoutedDialogue();
    const offer = await dialogue.say(
      '2 habitaciones dobles del 10 al 12 de diciembre para 4 adultos con desayuno',
      {
        intent: 'check_availability',
        entities: [
          ['2 habitaciones', entity.rooms(2)],
          ['dobles', entity.room('double', ['superior'])],
          ['del 10 al 12 de diciembre', entity.range('2026-12-10', '2026-12-12')],
          ['para 4 adultos', entity.guests(4)],
          ['desayuno', entity.topic('breakfast')],
        ],
      },
    );
    expect(offer).toMatch(/Total con desayuno: 548\s€ \(habitaciones 436\s€ \+ extras 112\s€\)/);
    await dialogue.say('1', { intent: 'None' });
    const first = await dialogue.say('Irene Cano', { intent: 'None' });
    expect(first).toMatch(/Con desayuno: 14\s€ por persona y noche \(56\s€\)/);
    expect(first).toMatch(/Total con extras: 274\s€/);
    const booked = await dialogue.say('sí', { intent: 'confirm' });
    expect(booked).toMatch(
      /^✅ .*BOOK1X.*Total 274\s€ \(habitación 218\s€ \+ extras 56\s€\), pago en el hotel\..*\n• Con desayuno: .*\(56\s€\)/,
    );
    expect(dialogue.staffNotices).toEqual([expect.stringMatching(/^🍳 La reserva BOOK1X/)]);
    await dialogue.say('sí', { intent: 'confirm' });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(
      /^✅ .*BOOK2X.*Total 274\s€ \(habitación 218\s€ \+ extras 56\s€\), pago en el hotel\..*\n• Con desayuno: .*\(56\s€\)/,
    );
    expect(dialogue.staffNotices).toEqual([expect.stringMatching(/^🍳 La reserva BOOK2X/)]);
    expect(await dialogue.say('cuanto es el total de todo?', { intent: 'room_prices' })).toMatch(
      /Total de todo: 548\s€ \(habitaciones 436\s€ \+ extras 112\s€\)/,
    );
  });
});

/** Two doubles for 4 asked, the first booked (BOOK1X), the second offered. */
async function firstOfTwoBooked(dialogue: RoutedDialogue): Promise<void> {
  await dialogue.say('2 habitaciones dobles del 10 al 12 de diciembre para 4 adultos', {
    intent: 'check_availability',
    entities: [
      ['2 habitaciones', entity.rooms(2)],
      ['dobles', entity.room('double', ['superior'])],
      ['del 10 al 12 de diciembre', entity.range('2026-12-10', '2026-12-12')],
      ['para 4 adultos', entity.guests(4)],
    ],
  });
  await dialogue.say('1', { intent: 'None' });
  await dialogue.say('Lucia Fernandez', { intent: 'None' });
  expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/BOOK1X/);
  await dialogue.say('sí', { intent: 'confirm' });
}

describe('an extra asked for both rooms once the first is booked (QA 31, H10)', () => {
  it('notes it for the room booked, and adds it to the one still to book', async () => {
    const dialogue = new RoutedDialogue();
    await firstOfTwoBooked(dialogue);
    // Before: "Añado una plaza de parking a la reserva", for the second room only.
    const reply = await dialogue.say('y añadir parking a las dos', {
      intent: 'hotel_info',
      entities: [['parking', entity.topic('parking')]],
    });
    expect(reply).toMatch(/BOOK1X/);
    expect(dialogue.staffNotices).toEqual([expect.stringMatching(/^🚗 La reserva BOOK1X/)]);
    expect(dialogue.state.dialogue.slots.parking).toBe(true);
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/BOOK2X[\s\S]*[Pp]arking/);
  });

  it('still adds it to the room to book when the PMS cannot be read', async () => {
    class UnreadablePms extends BookingPms {
      failReads = false;
      override async getReservation(tenantId: string, reference: string) {
        if (this.failReads) throw new PmsUnavailableError('down');
        return super.getReservation(tenantId, reference);
      }
    }
    const pms = new UnreadablePms();
    const dialogue = new RoutedDialogue('es', pms);
    await firstOfTwoBooked(dialogue);
    pms.failReads = true;
    await dialogue.say('y añadir parking a las dos', {
      intent: 'hotel_info',
      entities: [['parking', entity.topic('parking')]],
    });
    expect(dialogue.staffNotices).toEqual([]);
    expect(dialogue.state.dialogue.slots.parking).toBe(true);
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
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

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

async function atTheList(): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue();
  await dialogue.say('quiero una habitación del 14 al 16 de diciembre para 2', {
    intent: 'make_reservation',
    entities: [
      ['del 14 al 16 de diciembre', entity.range('2026-12-14', '2026-12-16')],
      ['para 2', entity.guests(2)],
    ],
  });
  expect(dialogue.state.dialogue.awaiting).toBe('room_type');
  return dialogue;
}

describe('advice asked at the rooms listed (QA 26, S14)', () => {
  it('recommends the cheapest listed and the next for more room, and the list stands', async () => {
    const dialogue = await atTheList();
    // Before: the reception's tips on places near the hotel.
    const reply = await dialogue.say('¿cuál me recomiendas?', { intent: 'hotel_info' });
    expect(reply).toMatch(
      /^Te recomiendo la Doble Estándar, la opción más económica; si quieres más espacio, la Doble Superior\.\n¿Qué habitación prefieres\?$/,
    );
  });

  it('recommends for "cualquiera, la que me recomiendes" (QA 28, S21: a tip for places nearby)', async () => {
    const dialogue = await atTheList();
    expect(await dialogue.say('cualquiera, la que me recomiendes', { intent: 'hotel_info' })).toMatch(
      /^Te recomiendo la Doble Estándar/,
    );
  });

  it('takes "la que sea más barata" as the cheapest', async () => {
    const dialogue = await atTheList();
    // Before: the totals again.
    expect(await dialogue.say('la que sea más barata', { intent: 'None' })).toBe(
      '¿A nombre de quién hago la reserva?',
    );
    expect(dialogue.state.dialogue.slots.roomTypeId).toBe('double');
  });

  it('leaves places to eat to the reception, even at the list', async () => {
    const dialogue = await atTheList();
    expect(await dialogue.say('¿nos recomiendas algún restaurante cerca?', { intent: 'hotel_info' })).toMatch(
      /^En recepción te recomiendan encantados sitios cerca del hotel/,
    );
  });
});

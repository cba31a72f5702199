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

describe('a room recommended with no list to pick from (QA 29, M4)', () => {
  it('suggests the room offered when it is the best value that sleeps the party', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('hi, we are 2 adults and 2 kids, 26-29 dec', {
      intent: 'make_reservation',
      entities: [
        ['2 adults and 2 kids', entity.guests(4)],
        ['26-29 dec', entity.range('2026-12-26', '2026-12-29')],
      ],
    });
    // Before: the reception's tips on places near the hotel.
    expect(await dialogue.say('what room do you recommend for us all?', { intent: 'hotel_info' })).toMatch(
      /^For 4 guests, I'd suggest the Junior Suite: it's our best value that sleeps all 4 of you\.\nShall I book the Junior Suite/,
    );
    expect(dialogue.state.dialogue.slots.roomTypeId).toBe('suite');
  });

  it('names the best value beside a bigger room chosen, the choice kept', async () => {
    const dialogue = new RoutedDialogue('es');
    await dialogue.say('quiero la suite para 2, del 12 al 14 de diciembre', {
      intent: 'make_reservation',
      entities: [
        ['suite', entity.room('suite')],
        ['para 2', entity.guests(2)],
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
      ],
    });
    expect(await dialogue.say('¿qué habitación me recomiendas?', { intent: 'hotel_info' })).toMatch(
      /^Para 2 personas, la opción más económica es la Doble Estándar \(109\s€ la noche\); la Suite Junior te da más espacio\.\n¿A nombre de quién hago la reserva\?$/,
    );
    expect(dialogue.state.dialogue.slots.roomTypeId).toBe('suite');
  });

  it("counts the party said now before the booking's", async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('a double for 2, 12-14 december', {
      intent: 'make_reservation',
      entities: [
        ['double', entity.room('double')],
        ['for 2', entity.guests(2)],
        ['12-14 december', entity.range('2026-12-12', '2026-12-14')],
      ],
    });
    const reply = await dialogue.say('which room would you recommend for 4 of us?', {
      intent: 'hotel_info',
      entities: [['4 of us', entity.guests(4)]],
    });
    expect(reply).toMatch(/^For 4 guests, I'd suggest the Junior Suite/);
  });

  it.each<['es' | 'en', string, string, [string, number] | null]>([
    [
      'en',
      'which room do you recommend for 2 adults and a child?',
      "For 3 guests, I'd suggest the Superior Double",
      ['2 adults and a child', 3],
    ],
    [
      'es',
      '¿qué habitación me recomiendas?',
      'Depende de cuántas personas sean: dime cuántas y qué fechas',
      null,
    ],
    [
      'en',
      'what room would you recommend for 6 of us?',
      'No single room sleeps 6: our largest, the Junior Suite, takes up to 4 guests',
      ['6 of us', 6],
    ],
  ])('(%s) with no booking under way: %j', async (language, text, reply, party) => {
    const dialogue = new RoutedDialogue(language);
    const entities: Array<[string, ReturnType<typeof entity.guests>]> = party
      ? [[party[0], entity.guests(party[1])]]
      : [];
    // Heard as the rates card, as the classifier may: the room for them all the same.
    expect(await dialogue.say(text, { intent: 'room_prices', entities })).toMatch(new RegExp(`^${reply}`));
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { atTheDecemberSummary } from '../../../test/support/summary-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// Declining the rooms listed (QA 28): "no, solo estaba mirando precios" got the rooms' totals again
// (S26), and "al final sí la quiero" after "mejor no, déjalo" asked for a booking code (S27). Now
// the stay is set aside as after a goodbye: no question stands, and it can be taken up again.

async function roomsListed(): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue();
  const list = await dialogue.say('del 5 al 7 de diciembre para 2', {
    intent: 'check_availability',
    entities: [
      ['del 5 al 7 de diciembre', entity.range('2026-12-05', '2026-12-07')],
      ['para 2', entity.guests(2)],
    ],
  });
  expect(list).toMatch(/¿Quieres reservar alguna\?$/);
  return dialogue;
}

describe('the rooms listed, declined', () => {
  it('hears "solo estaba mirando precios" as a goodbye, and the stay is taken up again later', async () => {
    const dialogue = await roomsListed();
    const bye = await dialogue.say('no, solo estaba mirando precios, gracias', { intent: 'room_prices' });
    expect(bye).toMatch(/^¡Hasta pronto, Ana! Si al final quieres la habitación/);
    expect(dialogue.state.dialogue.awaiting).toBeNull();
    const again = await dialogue.say('al final sí la quiero, la doble estándar', {
      intent: 'make_reservation',
      entities: [['doble estándar', entity.room('double')]],
    });
    expect(again).toMatch(/¿A nombre de quién hago la reserva\?$/);
  });

  it('keeps the stay after "mejor no, déjalo" at the choice between two rooms', async () => {
    const dialogue = await roomsListed();
    expect(
      await dialogue.say('la doble', {
        intent: 'make_reservation',
        entities: [['doble', entity.room('double', ['superior'])]],
      }),
    ).toMatch(/¿Cuál de ellas: Doble Estándar o Doble Superior\?/);
    const no = await dialogue.say('mmm mejor no, déjalo', { intent: 'deny' });
    expect(no).toBe(
      'De acuerdo. Si al final quieres alguna, escríbeme y seguimos donde lo dejamos. ¿Te ayudo con otra cosa?',
    );
    const again = await dialogue.say('hola otra vez, al final sí la quiero', {
      intent: 'reservation_status',
    });
    expect(again).toMatch(/^Del sáb 5 dic al lun 7 dic \(2 noches\), 2 personas, tenemos:/);
  });

  it('leaves no question standing: a later yes books nothing', async () => {
    const dialogue = await roomsListed();
    await dialogue.say('no', { intent: 'deny' });
    await dialogue.say('sí', { intent: 'confirm' });
    expect(dialogue.pms.requests).toHaveLength(0);
  });
});

describe('something cheaper asked at the rooms listed (QA 28, S26: their totals again)', () => {
  it.each([
    ['ninguna, son caras. no tienen algo mas barato?', 'room_prices'],
    ['muy caras, ¿algo más económico?', 'None'],
  ] as const)('says %j (heard as %s) has the cheapest listed as its floor', async (text, intent) => {
    const dialogue = await roomsListed();
    const reply = await dialogue.say(text, { intent });
    expect(reply).toMatch(
      /^La más económica para esa estancia es la Doble Estándar: 218\s€ en total\. No tengo nada por debajo para esas fechas\. ¿Cuál prefieres\?/,
    );
    expect(dialogue.state.dialogue.awaiting).toBe('room_type');
  });
});

describe('"just looking" said (review 29)', () => {
  it('is no goodbye with a question in it', async () => {
    const dialogue = await roomsListed();
    const reply = await dialogue.say('solo quería saber si tenéis parking', {
      intent: 'hotel_info',
      entities: [['parking', entity.topic('parking')]],
    });
    expect(reply).toMatch(/^Sí, tenemos parking/);
    expect(dialogue.state.dialogue.awaiting).toBe('room_type');
  });

  it('at a summary keeps the stay for "al final sí la quiero"', async () => {
    const dialogue = await atTheDecemberSummary('es');
    expect(await dialogue.say('no, solo estaba mirando precios, gracias', { intent: 'thanks' })).toMatch(
      /^¡Hasta pronto.*Si al final quieres la habitación/,
    );
    const again = await dialogue.say('al final sí la quiero', { intent: 'reservation_status' });
    expect(again).toMatch(/^Te resumo la reserva:[\s\S]*¿La confirmo\?$/);
    expect(dialogue.pms.requests).toHaveLength(0);
  });
});

describe('the total with extras asked at the rooms listed (QA 29: the rooms alone)', () => {
  it('adds what the extras named cost over the stay to each room', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('a room for 2 from dec 10 to 12', {
      intent: 'check_availability',
      language: 'en',
      entities: [
        ['for 2', entity.guests(2)],
        ['dec 10 to 12', entity.range('2026-12-10', '2026-12-12')],
      ],
    });
    const reply = await dialogue.say('how much is it with breakfast and parking?', {
      intent: 'room_prices',
      language: 'en',
      entities: [
        ['breakfast', entity.topic('breakfast')],
        ['parking', entity.topic('parking')],
      ],
    });
    expect(reply).toMatch(
      /^In total, for that stay with parking and breakfast:\n• Standard Double: €310\n• Superior Double: €370\n/,
    );
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

async function bookedOneNight(): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue();
  await dialogue.say('individual el 3 de diciembre 1 noche a nombre de Rosa Díaz', {
    intent: 'make_reservation',
    entities: [
      ['individual', entity.room('single')],
      ['el 3 de diciembre', entity.range('2026-12-03', '2026-12-04')],
      ['Rosa Díaz', entity.name('Rosa Díaz')],
    ],
  });
  expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
  return dialogue;
}

describe('the nights of a booking corrected once booked (QA 26, S5)', () => {
  it.each<[string, 'deny' | 'hotel_info']>([
    // Before: "De acuerdo. ¿Te ayudo con otra cosa?", the guest believing it fixed.
    ['me he confundido, son dos noches no una', 'deny'],
    // Before: "No tengo ese dato a mano".
    ['oye me equivoqué, en realidad son 2 noches, ¿se puede cambiar?', 'hotel_info'],
  ])('looks for the stay with those nights, to replace the booking, after %j', async (text, intent) => {
    const dialogue = await bookedOneNight();
    const reply = await dialogue.say(text, {
      intent,
      entities: [[text.includes('dos') ? 'dos noches' : '2 noches', entity.nights(2)]],
    });
    expect(reply).toMatch(
      /si la reservas, luego te pregunto si cancelo la BOOK1X[^]*Del jue 3 dic al sáb 5 dic \(2 noches\)/,
    );
  });

  it('leaves the price of more nights a question', async () => {
    const dialogue = await bookedOneNight();
    const reply = await dialogue.say('perdona, ¿cuánto costarían 2 noches?', {
      intent: 'room_prices',
      entities: [['2 noches', entity.nights(2)]],
    });
    expect(reply).not.toMatch(/cancelo la BOOK1X/);
  });

  it('leaves another stay asked with a "perdona" a new booking (review 26, R5)', async () => {
    const dialogue = await bookedOneNight();
    const reply = await dialogue.say(
      'perdona, ¿tenéis alguna individual libre 2 noches desde el 10 para un amigo?',
      {
        intent: 'check_availability',
        entities: [
          ['individual', entity.room('single')],
          ['2 noches', entity.nights(2)],
          ['el 10', entity.date('2026-12-10')],
        ],
      },
    );
    expect(reply).not.toMatch(/cancelo la BOOK1X/);
  });
});

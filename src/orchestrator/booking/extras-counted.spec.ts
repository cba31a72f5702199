import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// How many of an extra, asked in the booking (QA 28): "2 plazas de parking" had booked one (S6), and
// "breakfast only for me" none (S8, E7). Through the real router and handlers.

describe('two parking spaces asked for', () => {
  it('prices both, books both, tells the staff both, and totals both after', async () => {
    const dialogue = new RoutedDialogue();
    const summary = await dialogue.say(
      'suite del 20 al 22 dic para 4, a nombre de Victor Santos, necesitamos 2 plazas de parking',
      {
        intent: 'make_reservation',
        entities: [
          ['suite', entity.room('suite')],
          ['del 20 al 22 dic', entity.range('2026-12-20', '2026-12-22')],
          ['para 4', entity.guests(4)],
          ['Victor Santos', entity.name('Victor Santos')],
          ['parking', entity.topic('parking')],
        ],
      },
    );
    expect(summary).toMatch(/^Añado 2 plazas de parking a la reserva\.\n/);
    expect(summary).toMatch(
      /\n• Con parking \(2 plazas\): 18\s€ por noche y plaza \(72\s€\), a pagar en el hotel\n• Total con extras: 510\s€ \(habitación 438\s€ \+ extras 72\s€\)/,
    );
    const booked = await dialogue.say('sí', { intent: 'confirm' });
    expect(booked).toMatch(/^✅ .*Total 510\s€ \(habitación 438\s€ \+ extras 72\s€\)/);
    expect(dialogue.staffNotices).toContainEqual(
      expect.stringMatching(/BOOK1X .* necesita 2 plazas de parking\.$/),
    );
    const total = await dialogue.say('¿cuánto es el total?', { intent: 'room_prices' });
    expect(total).toMatch(/510\s€ \(habitación 438\s€ \+ extras 72\s€\)/);
  });
});

describe('breakfast for one of two', () => {
  async function summary(): Promise<RoutedDialogue> {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('book a double 10-12 dec for 2, name Ann Lee', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['double', entity.room('double')],
        ['10-12 dec', entity.range('2026-12-10', '2026-12-12')],
        ['for 2', entity.guests(2)],
        ['Ann Lee', entity.name('Ann Lee')],
      ],
    });
    return dialogue;
  }

  it('adds it for the one, though the other is said not to eat it', async () => {
    const dialogue = await summary();
    const reply = await dialogue.say('breakfast only for me, my partner does not eat breakfast', {
      intent: 'hotel_info',
      language: 'en',
      entities: [['breakfast', entity.topic('breakfast')]],
    });
    expect(reply).toMatch(/^I'll add breakfast for 1 guest to the booking\.\nHere's your booking:/);
    expect(reply).toMatch(
      /\n• With breakfast for 1 guest: €14 per person per night \(€28\), paid at the hotel\n• Total with extras: €246/,
    );
    expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/Total €246 /);
    expect(dialogue.staffNotices).toContainEqual(expect.stringMatching(/quiere desayuno para 1 persona\.$/));
  });

  it('adds none for "no breakfast for me"', async () => {
    const dialogue = await summary();
    const reply = await dialogue.say('no breakfast for me thanks', {
      intent: 'deny',
      language: 'en',
      entities: [['breakfast', entity.topic('breakfast')]],
    });
    expect(reply).not.toMatch(/With breakfast/);
  });
});

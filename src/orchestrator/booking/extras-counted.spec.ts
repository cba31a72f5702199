import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { atTheDecemberSummary } from '../../../test/support/summary-dialogue';
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

  it('brings them down to one when said so at the summary (review 29: "Añado…", 2 kept)', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say(
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
    const reply = await dialogue.say('mejor solo una plaza de parking', {
      intent: 'hotel_info',
      entities: [['parking', entity.topic('parking')]],
    });
    expect(reply).toMatch(/^Pongo una plaza de parking\.\n/);
    expect(reply).toMatch(/• Con parking: 18\s€ por noche \(36\s€\)/);
  });
});

describe('breakfast for one of two', () => {
  it('adds it for the one, though the other is said not to eat it', async () => {
    const dialogue = await atTheDecemberSummary('en');
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

  it('keeps the party of "breakfast only for me please" (review 29: a booking for 1)', async () => {
    const dialogue = await atTheDecemberSummary('en');
    const reply = await dialogue.say('breakfast only for me please', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['breakfast', entity.topic('breakfast')],
        ['only for me', entity.guests(1)],
      ],
    });
    expect(reply).toMatch(/\n• 2 guests\n/);
    expect(reply).toMatch(/• With breakfast for 1 guest: .*\(€28\)/);
  });

  it('adds nothing for a question about breakfast "for me"', async () => {
    const dialogue = await atTheDecemberSummary('es');
    const reply = await dialogue.say('¿el desayuno para mí está incluido?', {
      intent: 'hotel_info',
      entities: [['desayuno', entity.topic('breakfast')]],
    });
    expect(reply).not.toMatch(/Añado|Con desayuno/);
  });

  it('adds none for "no breakfast for me"', async () => {
    const dialogue = await atTheDecemberSummary('en');
    const reply = await dialogue.say('no breakfast for me thanks', {
      intent: 'deny',
      language: 'en',
      entities: [['breakfast', entity.topic('breakfast')]],
    });
    expect(reply).not.toMatch(/With breakfast/);
  });
});

describe('breakfast for some of a party in two rooms (review 29: charged in each room)', () => {
  it('goes to the next room only for those the first did not take', async () => {
    const dialogue = new RoutedDialogue();
    const text =
      '2 habitaciones dobles del 10 al 12 de diciembre para 4, con desayuno solo para 2 de nosotros, a nombre de Ana Ruiz';
    const first = await dialogue.say(text, {
      intent: 'make_reservation',
      entities: [
        ['2 habitaciones', entity.rooms(2)],
        ['dobles', entity.room('double')],
        ['del 10 al 12 de diciembre', entity.range('2026-12-10', '2026-12-12')],
        ['para 4', entity.guests(4)],
        ['desayuno', entity.topic('breakfast')],
        ['Ana Ruiz', entity.name('Ana Ruiz')],
      ],
    });
    expect(first).toMatch(/• Con desayuno: 14\s€ por persona y noche \(56\s€\)/);
    await dialogue.say('sí', { intent: 'confirm' });
    const next = await dialogue.say('sí', { intent: 'confirm' });
    expect(next).toMatch(/^Te resumo la reserva:/);
    expect(next).not.toMatch(/desayuno/);
  });
});

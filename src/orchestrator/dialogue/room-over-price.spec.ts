import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "Pues no, es muy cara, la doble estándar" at the Suite offered or booked: the Standard Double, not
// the cheapest-room answer with the Suite kept. Through the real router and handlers.

/** The Suite for 2, 10–12 Dec (438 €), offered alone. */
async function offerTheSuite(dialogue: RoutedDialogue): Promise<void> {
  const english = dialogue.state.language === 'en';
  await dialogue.say(english ? 'a suite dec 10-12 for 2' : 'una suite del 10 al 12 de dic para 2', {
    intent: 'check_availability',
    entities: [
      ['suite', entity.room('suite')],
      [english ? 'dec 10-12' : 'del 10 al 12 de dic', entity.range('2026-12-10', '2026-12-12')],
      [english ? 'for 2' : 'para 2', entity.guests(2)],
    ],
  });
  expect(dialogue.state.dialogue.slots.roomTypeId).toBe('suite');
}

describe('a price complaint naming another room at a booking', () => {
  it('switches "pues no, es muy cara, la doble estándar" at "whose name?" to the Standard Double', async () => {
    const dialogue = new RoutedDialogue();
    await offerTheSuite(dialogue);
    await dialogue.say('sí', { intent: 'confirm' });
    const reply = await dialogue.say('pues no, es muy cara, la doble estándar', {
      intent: 'deny',
      entities: [['doble estándar', entity.room('double')]],
    });
    expect(reply).not.toMatch(/económico/);
    expect(reply).toMatch(/Doble Estándar: 109\s€\/noche, total 218\s€/);
    expect(dialogue.state.dialogue.slots.roomTypeId).toBe('double');
    await dialogue.say('Ana Gil', { intent: 'None', entities: [['Ana Gil', entity.name('Ana Gil')]] });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*Doble Estándar.*218\s€/);
  });

  it('switches "hmm too expensive, the standard double then" at the Suite offered', async () => {
    const dialogue = new RoutedDialogue('en');
    await offerTheSuite(dialogue);
    const reply = await dialogue.say('hmm too expensive, the standard double then', {
      intent: 'None',
      language: 'en',
      entities: [['standard double', entity.room('double')]],
    });
    expect(reply).not.toMatch(/affordable/);
    expect(reply).toMatch(/Standard Double: €109\/night, €218 in total/);
    expect(dialogue.state.dialogue.slots.roomTypeId).toBe('double');
  });

  it('gives the cheapest room to "219 por una suite?? ladrones" at the rooms listed, no room chosen yet', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('habitación del 10 al 12 de dic para 2', {
      intent: 'check_availability',
      entities: [
        ['del 10 al 12 de dic', entity.range('2026-12-10', '2026-12-12')],
        ['para 2', entity.guests(2)],
      ],
    });
    const reply = await dialogue.say('219 por una suite?? ladrones', {
      intent: 'None',
      entities: [['suite', entity.room('suite')]],
    });
    expect(reply).not.toMatch(/Suite Junior: 219/);
    expect(dialogue.state.dialogue.slots.roomTypeId).toBeUndefined();
  });

  it('leaves the booked room alone when the complaint asks the price of another', async () => {
    const dialogue = new RoutedDialogue();
    await offerTheSuite(dialogue);
    await dialogue.say('uff, muy caro. y la doble cuánto sería?', {
      intent: 'room_prices',
      entities: [['doble', entity.room('double')]],
    });
    expect(dialogue.state.dialogue.slots.roomTypeId).toBe('suite');
  });
});

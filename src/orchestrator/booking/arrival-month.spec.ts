import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// The arrival's day sent first ("el 18") and its month in the next message ("de diciembre"), as
// guests type on WhatsApp, through the real router and handlers.

describe('a month sent on its own after the arrival day', () => {
  async function arrivalOnThe18th(dialogue: RoutedDialogue): Promise<void> {
    await dialogue.say('hola, quiero una doble para 2', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['para 2', entity.guests(2)],
      ],
    });
    expect(
      await dialogue.say('el 18', { intent: 'None', entities: [['el 18', entity.date('2026-12-18')]] }),
    ).toBe('¿Hasta qué día? (o dime cuántas noches)');
  }

  it('finishes the day said ("de diciembre") and asks the departure again, without a misunderstanding', async () => {
    const dialogue = new RoutedDialogue();
    await arrivalOnThe18th(dialogue);
    expect(
      await dialogue.say('de diciembre', { intent: 'None', entities: [['de diciembre', entity.month(12)]] }),
    ).toBe('¿Hasta qué día? (o dime cuántas noches)');
    expect(dialogue.state.dialogue.slots.checkIn).toBe('2026-12-18');
    await dialogue.say('al 20', { intent: 'None', entities: [['20', entity.date('2026-12-20')]] });
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2026-12-18', checkOut: '2026-12-20' });
  });

  it('moves the arrival to the month said ("de enero"), in that month\'s next year when it is past', async () => {
    const dialogue = new RoutedDialogue();
    await arrivalOnThe18th(dialogue);
    await dialogue.say('de enero', { intent: 'None', entities: [['de enero', entity.month(1)]] });
    expect(dialogue.state.dialogue.slots.checkIn).toBe('2027-01-18');
    const later = new RoutedDialogue();
    await arrivalOnThe18th(later);
    await later.say('perdona, de noviembre', {
      intent: 'None',
      entities: [['de noviembre', entity.month(11)]],
    });
    expect(later.state.dialogue.slots.checkIn).toBe('2027-11-18');
  });

  it('takes a month sent alone in English too', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('a double for 2 please', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['double', entity.room('double', ['superior'])],
        ['for 2', entity.guests(2)],
      ],
    });
    await dialogue.say('the 18th', {
      intent: 'None',
      language: 'en',
      entities: [['18th', entity.date('2026-12-18')]],
    });
    expect(
      await dialogue.say('of january', {
        intent: 'None',
        language: 'en',
        entities: [['january', entity.month(1)]],
      }),
    ).toBe('Until which day? (or tell me how many nights)');
    expect(dialogue.state.dialogue.slots.checkIn).toBe('2027-01-18');
  });
});

describe('a month answering "which dates?"', () => {
  async function askedForDates(dialogue: RoutedDialogue, language: 'es' | 'en' = 'es'): Promise<void> {
    await dialogue.say(language === 'es' ? 'quiero una doble para 2' : 'a double for 2 please', {
      intent: 'make_reservation',
      language,
      entities: [
        [language === 'es' ? 'doble' : 'double', entity.room('double', ['superior'])],
        [language === 'es' ? 'para 2' : 'for 2', entity.guests(2)],
      ],
    });
  }

  it('asks which days of it, and reads the days said next in that month', async () => {
    const dialogue = new RoutedDialogue();
    await askedForDates(dialogue);
    expect(
      await dialogue.say('en enero', { intent: 'None', entities: [['en enero', entity.month(1)]] }),
    ).toBe('¿Qué días de enero? Dime la llegada y la salida, por ejemplo «del 12 al 15».');
    // "Del 3 al 5" alone reads as the next such days from today, in December.
    await dialogue.say('del 3 al 5', {
      intent: 'None',
      entities: [['del 3 al 5', entity.range('2026-12-03', '2026-12-05')]],
    });
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2027-01-03', checkOut: '2027-01-05' });
  });

  it("keeps this month's days ahead when the month named is this one", async () => {
    const dialogue = new RoutedDialogue();
    await askedForDates(dialogue);
    await dialogue.say('en noviembre', { intent: 'None', entities: [['en noviembre', entity.month(11)]] });
    await dialogue.say('del 27 al 29', {
      intent: 'None',
      entities: [['del 27 al 29', entity.range('2026-11-27', '2026-11-29')]],
    });
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2026-11-27', checkOut: '2026-11-29' });
  });

  it('asks the same in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await askedForDates(dialogue, 'en');
    expect(
      await dialogue.say('in february', {
        intent: 'None',
        language: 'en',
        entities: [['february', entity.month(2)]],
      }),
    ).toBe('Which days in February? Tell me your arrival and departure, for example "the 12th to the 15th".');
    await dialogue.say('the 10th to the 12th', {
      intent: 'None',
      language: 'en',
      entities: [['10th to the 12th', entity.range('2026-12-10', '2026-12-12')]],
    });
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2027-02-10', checkOut: '2027-02-12' });
  });
});

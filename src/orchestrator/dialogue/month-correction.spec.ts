import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "Perdón, quise decir febrero" at the rooms offered for 12–14 January: the same days in February.
// Through the real router and handlers.

async function offerJanuary(dialogue: RoutedDialogue): Promise<void> {
  await dialogue.say('hola, una habitacion para 2 el 12 de enero', {
    intent: 'check_availability',
    entities: [
      ['12 de enero', entity.date('2027-01-12')],
      ['para 2', entity.guests(2)],
    ],
  });
  const offer = await dialogue.say('2 noches', {
    intent: 'None',
    entities: [['2 noches', entity.nights(2)]],
  });
  expect(offer).toMatch(/12 ene/);
}

describe('a month corrected at the offer', () => {
  it('offers the same days in the month said', async () => {
    const dialogue = new RoutedDialogue();
    await offerJanuary(dialogue);
    const reply = await dialogue.say('perdon, quise decir febrero', {
      intent: 'None',
      entities: [['perdon, quise decir febrero', entity.month(2)]],
    });
    expect(reply).toMatch(/12 feb 2027 al .*14 feb 2027 \(2 noches\)/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2027-02-12', checkOut: '2027-02-14' });
  });

  it('takes "de febrero" sent alone at the offer the same way', async () => {
    const dialogue = new RoutedDialogue();
    await offerJanuary(dialogue);
    await dialogue.say('de febrero', { intent: 'None', entities: [['de febrero', entity.month(2)]] });
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2027-02-12', checkOut: '2027-02-14' });
  });

  it('takes "sorry, I meant February" in English the same way', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('a room for 2 jan 12 to 14', {
      intent: 'check_availability',
      language: 'en',
      entities: [
        ['jan 12 to 14', entity.range('2027-01-12', '2027-01-14')],
        ['for 2', entity.guests(2)],
      ],
    });
    await dialogue.say('sorry, I meant February', {
      intent: 'None',
      language: 'en',
      entities: [['sorry, I meant February', entity.month(2)]],
    });
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2027-02-12', checkOut: '2027-02-14' });
  });
});

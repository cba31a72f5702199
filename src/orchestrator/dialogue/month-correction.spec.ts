import { bookTheDecemberDouble } from '../../../test/support/date-change-dialogue';
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

/** A double for 2, 12–14 January, under Nuria Castro, at its summary. */
async function summaryJanuary(dialogue: RoutedDialogue): Promise<void> {
  await dialogue.say('quiero una doble para 2 del 12 al 14 de enero', {
    intent: 'make_reservation',
    entities: [
      ['doble', entity.room('double')],
      ['para 2', entity.guests(2)],
      ['del 12 al 14 de enero', entity.range('2027-01-12', '2027-01-14')],
    ],
  });
  expect(await dialogue.say('Nuria Castro', { intent: 'None' })).toMatch(/¿La confirmo\?/);
}

const CORRECTION = 'perdón, quería febrero no enero';

describe('a month corrected at the summary or once booked', () => {
  it('moves the summary to February when "no enero" is said with it (heard as a no)', async () => {
    const dialogue = new RoutedDialogue();
    await summaryJanuary(dialogue);
    const reply = await dialogue.say(CORRECTION, {
      intent: 'deny',
      entities: [[CORRECTION, entity.month(2)]],
    });
    expect(reply).toMatch(/12 feb 2027 al .*14 feb 2027 \(2 noches\)[\s\S]*¿La confirmo\?/);
    expect(dialogue.pms.requests).toHaveLength(0);
  });

  it('moves the booking just made: the February stay is booked, then the January one is offered to cancel', async () => {
    const dialogue = new RoutedDialogue();
    await summaryJanuary(dialogue);
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
    const reply = await dialogue.say(CORRECTION, {
      intent: 'deny',
      entities: [[CORRECTION, entity.month(2)]],
    });
    expect(reply).toMatch(/12 feb 2027 al .*14 feb 2027 \(2 noches\)[\s\S]*¿La confirmo\?/);
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(
      /✅ [\s\S]*BOOK2X[\s\S]*cancelar la reserva BOOK1X/,
    );
    expect(dialogue.pms.requests.map((request) => request.checkIn)).toEqual(['2027-01-12', '2027-02-12']);
  });

  it('takes "sorry, I meant February not January" after a booking in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('a double for 2 jan 12 to 14', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['double', entity.room('double')],
        ['for 2', entity.guests(2)],
        ['jan 12 to 14', entity.range('2027-01-12', '2027-01-14')],
      ],
    });
    await dialogue.say('Nuria Castro', { intent: 'None', language: 'en' });
    expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/^✅ .*BOOK1X/);
    const text = 'sorry, I meant February not January';
    const reply = await dialogue.say(text, {
      intent: 'None',
      language: 'en',
      entities: [[text, entity.month(2)]],
    });
    expect(reply).toMatch(/Feb 12[\s\S]*Shall I confirm/i);
  });

  it.each([
    [
      'en',
      'sorry I meant January not December, 12 to 14 january',
      '2026-12-12',
      '2026-12-14',
      'December, 12 to 14',
      /Tue, Jan 12, 2027 to Thu, Jan 14, 2027[\s\S]*Shall I confirm/,
    ],
    [
      'es',
      'perdón, quería enero no diciembre, del 12 al 14 de enero',
      '2027-01-12',
      '2027-01-14',
      'del 12 al 14 de enero',
      /Del mar 12 ene 2027 al jue 14 ene 2027[\s\S]*¿La confirmo\?/,
    ],
  ] as const)(
    'moves the booking at a month ruled out with its days (%s), however the days were read',
    async (language, text, checkIn, checkOut, said, summary) => {
      const dialogue = new RoutedDialogue(language);
      expect(await bookTheDecemberDouble(dialogue, language)).toMatch(/^✅ .*BOOK1X/);
      const reply = await dialogue.say(text, {
        intent: 'check_availability',
        language,
        entities: [[said, entity.range(checkIn, checkOut)]],
      });
      expect(reply).toMatch(summary);
    },
  );

  it('picks the month said next, never one already past ("quise decir noviembre" on 25 Nov)', async () => {
    const dialogue = new RoutedDialogue();
    await summaryJanuary(dialogue);
    const text = 'perdón, quise decir noviembre';
    const reply = await dialogue.say(text, { intent: 'None', entities: [[text, entity.month(11)]] });
    expect(reply).toMatch(/12 nov 2027 al .*14 nov 2027/);
  });

  it('leaves a month said after a booking without a correction\'s words ("¿y en febrero?") to the rest', async () => {
    const dialogue = new RoutedDialogue();
    await summaryJanuary(dialogue);
    await dialogue.say('sí', { intent: 'confirm' });
    const reply = await dialogue.say('¿y en febrero?', {
      intent: 'None',
      entities: [['¿y en febrero?', entity.month(2)]],
    });
    expect(reply).not.toMatch(/¿La confirmo\?|cambiar una reserva/);
    expect(dialogue.pms.requests).toHaveLength(1);
    expect(dialogue.state.dialogue.flow ?? null).toBeNull();
  });
});

describe('a month corrected that rules out another month', () => {
  it('leaves a December booking alone at "perdón, quería febrero no enero"', async () => {
    const dialogue = new RoutedDialogue();
    await bookTheDecemberDouble(dialogue, 'es');
    const reply = await dialogue.say(CORRECTION, {
      intent: 'deny',
      entities: [[CORRECTION, entity.month(2)]],
    });
    expect(reply).not.toMatch(/feb/);
    expect(dialogue.pms.requests).toHaveLength(1);
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// A request no booking promises, said once the booking is made: noted for it and the staff told.

async function booked(language: 'es' | 'en'): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue(language);
  await dialogue.say('doble del 10 al 12 de dic para 2', {
    intent: 'check_availability',
    entities: [
      ['doble', entity.room('double', ['superior'])],
      ['del 10 al 12 de dic', entity.range('2026-12-10', '2026-12-12')],
      ['para 2', entity.guests(2)],
    ],
  });
  await dialogue.say('1', { intent: 'None' });
  await dialogue.say('Laura Gil', { intent: 'None' });
  expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
  return dialogue;
}

describe('a special request after a booking', () => {
  it('is noted for the booking made, without a promise, and told to the staff', async () => {
    const dialogue = await booked('es');
    const noticesBefore = dialogue.staffNotices.length;
    expect(await dialogue.say('por cierto, es nuestro aniversario', { intent: 'None' })).toBe(
      'Lo anoto para tu reserva BOOK1X: un detalle por vuestro aniversario. No te lo puedo garantizar, pero el equipo lo tendrá en cuenta.',
    );
    expect(dialogue.staffNotices.slice(noticesBefore)).toEqual([
      expect.stringMatching(
        /^📝 La reserva BOOK1X .*Laura Gil\) pide: un detalle: celebran su aniversario\./,
      ),
    ]);
  });

  it('is noted in English too, however the classifier reads it', async () => {
    const dialogue = await booked('en');
    expect(await dialogue.say('could we have a quiet room on a high floor?', { intent: 'hotel_info' })).toBe(
      "I've noted it for your booking BOOK1X: a quiet room and a high floor. I can't guarantee it, but the team will know.",
    );
  });

  it('leaves a question about the hotel asked beside it to be answered', async () => {
    const dialogue = await booked('es');
    const noticesBefore = dialogue.staffNotices.length;
    const answer = await dialogue.say('es nuestro aniversario, ¿tenéis restaurante?', {
      intent: 'hotel_info',
    });
    expect(answer).not.toMatch(/Lo anoto/);
    expect(dialogue.staffNotices.length).toBe(noticesBefore);
  });
});

describe('a late check-out asked for a booking made (QA 26, S16/E16)', () => {
  const noted =
    'Lo anoto para tu reserva BOOK1X: la salida tardía. No te lo puedo garantizar, pero el equipo lo tendrá en cuenta.\n' +
    'La salida tardía es hasta las 14:00 como máximo, por 25\u00a0€; recepción te la confirma según disponibilidad.';

  it('is noted for the booking, with its terms, and told to the staff', async () => {
    const dialogue = await booked('es');
    // Before: the terms and "llámanos", and nothing noted.
    const reply = await dialogue.say('quiero late check out el día 12 para mi reserva, hasta las 14', {
      intent: 'late_checkout',
      entities: [['el día 12', entity.date('2026-12-12')]],
    });
    expect(reply).toBe(noted);
    expect(dialogue.staffNotices).toEqual([
      expect.stringMatching(/^📝 La reserva BOOK1X .*pide: salida tardía/),
    ]);
  });

  it('is noted when taken right after its terms ("vale, apúntamelo")', async () => {
    const dialogue = await booked('es');
    expect(await dialogue.say('¿a qué hora es el late checkout?', { intent: 'late_checkout' })).toMatch(
      /^Ofrecemos salida tardía/,
    );
    expect(await dialogue.say('vale, apúntamelo', { intent: 'None' })).toBe(noted);
  });

  it('is noted in English', async () => {
    const dialogue = await booked('en');
    expect(
      await dialogue.say("I'd like a late checkout on the 12th please, until 2pm", {
        intent: 'late_checkout',
      }),
    ).toMatch(/^I've noted it for your booking BOOK1X: a late check-out\./);
  });

  it('leaves a question about it, or one without a booking, to its terms', async () => {
    const dialogue = await booked('es');
    expect(await dialogue.say('¿cuánto cuesta el late checkout?', { intent: 'late_checkout' })).toMatch(
      /^Ofrecemos salida tardía/,
    );
    expect(dialogue.staffNotices).toEqual([]);
    const stranger = new RoutedDialogue();
    expect(await stranger.say('quiero late checkout para mi reserva', { intent: 'late_checkout' })).toMatch(
      /^Ofrecemos salida tardía/,
    );
  });
});

describe('a name corrected once booked (QA 26, E11)', () => {
  it.each([
    ['oops, I misspelled - the name should be Jake Black', 'None'],
    ['can you change the name on the booking to Jake Black?', 'reservation_status'],
  ] as const)('asks the staff to correct it after %j, and says so', async (text, intent) => {
    const dialogue = await booked('en');
    // Before: "Sorry, I didn't quite get that", or "I can't change a booking from here".
    expect(await dialogue.say(text, { intent, entities: [['Jake Black', entity.name('Jake Black')]] })).toBe(
      "Noted: I'm asking the team to put booking BOOK1X under Jake Black; they'll correct it and confirm.",
    );
    expect(dialogue.staffNotices).toEqual([
      expect.stringMatching(/^✏️ La reserva BOOK1X .*debe ir a nombre de Jake Black \(ahora: Laura Gil\)/),
    ]);
  });

  it('leaves another booking under a name alone', async () => {
    const dialogue = await booked('es');
    const reply = await dialogue.say('y otra doble del 20 al 22 para mis padres a nombre de Ana Ruiz', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double')],
        ['del 20 al 22', entity.range('2026-12-20', '2026-12-22')],
        ['Ana Ruiz', entity.name('Ana Ruiz')],
      ],
    });
    expect(reply).not.toMatch(/Anotado/);
  });
});

describe('a parking space asked to be kept once booked (QA 26, E8)', () => {
  it('is noted for the booking, as "add parking" is', async () => {
    const dialogue = await booked('en');
    // Before: "Yes, we have parking, €18 per night.", and nothing noted.
    const reply = await dialogue.say('can you reserve a parking spot for us?', {
      intent: 'hotel_info',
      entities: [['parking', entity.topic('parking')]],
    });
    expect(reply).toMatch(/Noted: I'm passing it on to the team for your booking BOOK1X/);
    expect(dialogue.staffNotices).toEqual([expect.stringMatching(/^🚗 La reserva BOOK1X/)]);
  });

  it('leaves the price of parking for a booking a question', async () => {
    const dialogue = await booked('es');
    const reply = await dialogue.say('¿cuánto cuesta el parking para mi reserva?', {
      intent: 'hotel_info',
      entities: [['parking', entity.topic('parking')]],
    });
    expect(reply).not.toMatch(/Anotado/);
    expect(dialogue.staffNotices).toEqual([]);
  });
});

describe('changes that are no name or parking request (review 26, R6/R7)', () => {
  it('leaves a change of dates naming the booking by its name to the change', async () => {
    const dialogue = await booked('es');
    const reply = await dialogue.say(
      'quiero cambiar las fechas de la reserva a nombre de Laura Gil al 20-22 de diciembre',
      {
        intent: 'reservation_status',
        entities: [
          ['Laura Gil', entity.name('Laura Gil')],
          ['20-22 de diciembre', entity.range('2026-12-20', '2026-12-22')],
        ],
      },
    );
    expect(reply).not.toMatch(/Anotado/);
    expect(dialogue.staffNotices).toEqual([]);
  });

  it.each(['¿el parking se paga aparte?', '¿hay que reservar el parking?'])(
    'answers %j, adding nothing',
    async (text) => {
      const dialogue = await booked('es');
      const reply = await dialogue.say(text, {
        intent: 'hotel_info',
        entities: [['parking', entity.topic('parking')]],
      });
      expect(reply).not.toMatch(/Anotado|se lo paso al equipo/);
      expect(dialogue.staffNotices).toEqual([]);
    },
  );
});

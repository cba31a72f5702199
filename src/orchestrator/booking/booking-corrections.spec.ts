import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { Entity } from '../../nlp/nlp.types';

/** The weekday the guest said with a day that is another (0 Sunday … 6 Saturday). */
function slip(date: string, weekday: number): Entity {
  return { type: 'weekday_mismatch', value: { date, weekday }, text: '', start: 0, end: 0 };
}

// A booking corrected on its way to the summary, through the real router and handlers, each message
// with the reading the NLU gives it.

describe('another room asked for at "whose name?"', () => {
  it('says the booking with that room and its price, and asks the name again', async () => {
    const dialogue = new RoutedDialogue();
    const asked = await dialogue.say('hola, quiero una doble del 12 al 14 de diciembre para 2', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
        ['para 2', entity.guests(2)],
      ],
    });
    expect(asked).toBe('¿A nombre de quién hago la reserva?');
    const changed = await dialogue.say('mejor la suite', {
      intent: 'deny',
      entities: [['suite', entity.room('suite')]],
    });
    expect(changed).toMatch(
      /^Hecho, lo cambio\. Del sáb 12 dic al lun 14 dic \(2 noches\), 2 personas:\n• Suite Junior: 219\s€\/noche, total 438\s€.*\n¿A nombre de quién hago la reserva\?$/,
    );
    const summary = await dialogue.say('Ana García', { intent: 'None' });
    expect(summary).toMatch(/^Te resumo la reserva:\n• Suite Junior\n/);
  });

  it.each(['actually the suite please', 'the suite please'])(
    'takes %j (heard as its photos) as that change, in English',
    async (text) => {
      const dialogue = new RoutedDialogue('en');
      await dialogue.say('a double from december 12 to 14 for 2', {
        intent: 'check_availability',
        language: 'en',
        entities: [
          ['double', entity.room('double', ['superior'])],
          ['december 12 to 14', entity.range('2026-12-12', '2026-12-14')],
          ['for 2', entity.guests(2)],
        ],
      });
      expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toBe(
        'Whose name should the booking be under?',
      );
      const changed = await dialogue.say(text, {
        intent: 'room_photos',
        language: 'en',
        entities: [['suite', entity.room('suite')]],
      });
      expect(changed).toMatch(
        /^Done, I've changed it\. From Sat, Dec 12 to Mon, Dec 14 \(2 nights\), 2 guests:\n• Junior Suite: €219\/night, €438 in total.*\nWhose name should the booking be under\?$/,
      );
    },
  );
});

describe('a weekday slip corrected ("el viernes 12", a Saturday, then "perdona, el viernes 11")', () => {
  it('moves the arrival and keeps the nights counted, at "whose name?"', async () => {
    const dialogue = new RoutedDialogue();
    const asked = await dialogue.say('quiero una doble el viernes 12 de diciembre para 2, 2 noches', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['el viernes 12 de diciembre', entity.date('2026-12-12')],
        ['viernes 12', slip('2026-12-12', 5)],
        ['para 2', entity.guests(2)],
        ['2 noches', entity.nights(2)],
      ],
    });
    expect(asked).toMatch(/^Ojo: el 12 de diciembre es sábado, no viernes\..*\n¿A nombre de quién/);
    const corrected = await dialogue.say('perdona, el viernes 11', {
      intent: 'None',
      entities: [['el viernes 11', entity.date('2026-12-11')]],
    });
    expect(corrected).toMatch(
      /^Hecho, lo cambio\. Del vie 11 dic al dom 13 dic \(2 noches\), 2 personas:\n• Doble Estándar: .*\n¿A nombre de quién hago la reserva\?$/,
    );
  });

  it('keeps the departure said by its day, at the room list', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('habitación para 2 del viernes 12 de diciembre al 14', {
      intent: 'check_availability',
      entities: [
        ['para 2', entity.guests(2)],
        ['del viernes 12 de diciembre al 14', entity.range('2026-12-12', '2026-12-14')],
        ['viernes 12', slip('2026-12-12', 5)],
      ],
    });
    const corrected = await dialogue.say('perdona, el viernes 11', {
      intent: 'None',
      entities: [['el viernes 11', entity.date('2026-12-11')]],
    });
    expect(corrected).toMatch(/^Del vie 11 dic al lun 14 dic \(3 noches\), 2 personas, tenemos:/);
  });

  it('moves the whole stay when the departure was said with a wrong weekday too', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('una doble para 2 del viernes 12 al domingo 14 de diciembre', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['para 2', entity.guests(2)],
        ['del viernes 12 al domingo 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
        ['viernes 12', slip('2026-12-12', 5)],
        ['domingo 14', slip('2026-12-14', 0)],
      ],
    });
    const corrected = await dialogue.say('perdona, el viernes 11', {
      intent: 'None',
      entities: [['el viernes 11', entity.date('2026-12-11')]],
    });
    expect(corrected).toMatch(/Del vie 11 dic al dom 13 dic \(2 noches\)/);
  });

  it('moves an arrival with no departure yet, and reads a later day at "until when?" as the departure', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('habitación para 2 el viernes 12 de diciembre', {
      intent: 'check_availability',
      entities: [
        ['para 2', entity.guests(2)],
        ['el viernes 12 de diciembre', entity.date('2026-12-12')],
        ['viernes 12', slip('2026-12-12', 5)],
      ],
    });
    const corrected = await dialogue.say('perdona, el viernes 11', {
      intent: 'None',
      entities: [['el viernes 11', entity.date('2026-12-11')]],
    });
    expect(corrected).toBe('¿Hasta qué día? (o dime cuántas noches)');
    const departure = await dialogue.say('el 13', {
      intent: 'None',
      entities: [['el 13', entity.date('2026-12-13')]],
    });
    expect(departure).toMatch(/^Del vie 11 dic al dom 13 dic \(2 noches\)/);

    const other = new RoutedDialogue();
    await other.say('habitación para 2 el lunes 12 de diciembre', {
      intent: 'check_availability',
      entities: [
        ['para 2', entity.guests(2)],
        ['el lunes 12 de diciembre', entity.date('2026-12-12')],
        ['lunes 12', slip('2026-12-12', 1)],
      ],
    });
    const until = await other.say('el lunes 14', {
      intent: 'None',
      entities: [['el lunes 14', entity.date('2026-12-14')]],
    });
    expect(until).toMatch(/^Del sáb 12 dic al lun 14 dic \(2 noches\)/);
  });

  it('does so in English ("sorry, friday the 11th" at the room offered)', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('a double for 2 on friday december 12 for 2 nights', {
      intent: 'check_availability',
      language: 'en',
      entities: [
        ['double', entity.room('double', ['superior'])],
        ['for 2', entity.guests(2)],
        ['friday december 12', entity.date('2026-12-12')],
        ['friday december 12', slip('2026-12-12', 5)],
        ['2 nights', entity.nights(2)],
      ],
    });
    const corrected = await dialogue.say('sorry, friday the 11th', {
      intent: 'check_availability',
      language: 'en',
      entities: [['friday the 11th', entity.date('2026-12-11')]],
    });
    expect(corrected).toMatch(/^From Fri, Dec 11 to Sun, Dec 13 \(2 nights\), 2 guests, we have:/);
  });
});

describe('an answer to the weekday warning read in the month of the slipped day', () => {
  async function fridayThe12th(dialogue: RoutedDialogue, month: 'diciembre' | 'enero', nights?: number) {
    const date = month === 'diciembre' ? '2026-12-12' : '2027-01-12';
    const entities: Array<[string, Entity]> = [
      ['doble', entity.room('double', ['superior'])],
      [`el viernes 12 de ${month}`, entity.date(date)],
      ['viernes 12', slip(date, 5)],
      ['para 2', entity.guests(2)],
    ];
    if (nights) entities.push([`${nights} noches`, entity.nights(nights)]);
    const text = `quiero una doble el viernes 12 de ${month} para 2${nights ? `, ${nights} noches` : ''}`;
    return dialogue.say(text, { intent: 'make_reservation', entities });
  }

  it('keeps the day at "el sábado está bien" (read as the next Saturday) and asks the departure', async () => {
    const dialogue = new RoutedDialogue();
    expect(await fridayThe12th(dialogue, 'diciembre')).toMatch(/\n¿Hasta qué día\?/);
    const kept = await dialogue.say('no no, el sabado esta bien', {
      intent: 'deny',
      entities: [['el sabado', entity.date('2026-11-28')]],
    });
    expect(kept).toBe('¿Hasta qué día? (o dime cuántas noches)');
    expect(dialogue.state.dialogue.slots.checkIn).toBe('2026-12-12');
  });

  it('reads "perdón, el viernes 15" (read as 15 December, a Tuesday) in January, keeping the nights', async () => {
    const dialogue = new RoutedDialogue();
    await fridayThe12th(dialogue, 'enero', 3);
    await dialogue.say('perdon, el viernes 15', {
      intent: 'None',
      entities: [
        ['el viernes 15', entity.date('2026-12-15')],
        ['viernes 15', slip('2026-12-15', 5)],
      ],
    });
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2027-01-15', checkOut: '2027-01-18' });
  });

  it('takes "perdona, el viernes" as the Friday next to the slipped day', async () => {
    const dialogue = new RoutedDialogue();
    await fridayThe12th(dialogue, 'diciembre', 2);
    await dialogue.say('perdona, el viernes', {
      intent: 'None',
      entities: [['el viernes', entity.date('2026-11-27')]],
    });
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2026-12-11', checkOut: '2026-12-13' });
  });

  it('keeps the day at "oops I meant saturday, so the 12th is right", in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('a double on friday december 12th for 2', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['double', entity.room('double', ['superior'])],
        ['friday december 12th', entity.date('2026-12-12')],
        ['friday december 12th', slip('2026-12-12', 5)],
        ['for 2', entity.guests(2)],
      ],
    });
    const kept = await dialogue.say('oops I meant saturday, so the 12th is right', {
      intent: 'None',
      language: 'en',
      entities: [
        ['saturday', entity.date('2026-11-28')],
        ['the 12th', entity.date('2026-12-12')],
      ],
    });
    expect(kept).toBe('Until which day? (or tell me how many nights)');
    expect(dialogue.state.dialogue.slots.checkIn).toBe('2026-12-12');
  });
});

describe('a party changed at "whose name?"', () => {
  it('takes "al final somos 3" (heard as a cancellation) as the party, not a booking code to ask for', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('hola, quiero una doble del 12 al 14 de diciembre para 2', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
        ['para 2', entity.guests(2)],
      ],
    });
    const changed = await dialogue.say('al final somos 3', {
      intent: 'cancel_reservation',
      entities: [['somos 3', entity.guests(3)]],
    });
    expect(changed).toMatch(/^La Doble Estándar admite como máximo 2 personas\./);
    expect(dialogue.state.dialogue.flow).toBe('make_reservation');
  });
});

describe('the slipped day kept with a yes at the room offered', () => {
  it('takes "saturday is fine" (heard as a yes, with next Saturday read) as a yes to that stay', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('hi, double for 2 on friday dec 12, 2 nights', {
      intent: 'check_availability',
      language: 'en',
      entities: [
        ['double', entity.room('double', ['superior'])],
        ['for 2', entity.guests(2)],
        ['friday dec 12, 2 nights', entity.range('2026-12-12', '2026-12-14')],
        ['friday dec 12', slip('2026-12-12', 5)],
      ],
    });
    const kept = await dialogue.say('saturday is fine', {
      intent: 'confirm',
      language: 'en',
      entities: [['saturday', entity.date('2026-11-28')]],
    });
    expect(kept).toBe('Whose name should the booking be under?');
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2026-12-12', checkOut: '2026-12-14' });
  });
});

describe('a day said again as a correction (QA 24, S8)', () => {
  const stayOf = (dialogue: RoutedDialogue) => {
    const { checkIn, checkOut } = dialogue.state.dialogue.slots;
    return { checkIn, checkOut };
  };

  it('corrects the arrival asked until when, rather than taking the day as the departure', async () => {
    const dialogue = new RoutedDialogue();
    expect(
      await dialogue.say('una doble el 12 de diciembre', {
        intent: 'make_reservation',
        entities: [
          ['doble', entity.room('double', ['superior'])],
          ['el 12 de diciembre', entity.date('2026-12-12')],
        ],
      }),
    ).toMatch(/¿Hasta qué día\?/);
    expect(
      await dialogue.say('perdón, quise decir el 13', {
        intent: 'None',
        entities: [['el 13', entity.date('2026-12-13')]],
      }),
    ).toMatch(/¿Hasta qué día\?/);
    expect(stayOf(dialogue)).toEqual({ checkIn: '2026-12-13', checkOut: undefined });
  });

  it.each<[string, string, { checkIn: string; checkOut: string }]>([
    ['perdon, quise decir el 13', '2026-12-13', { checkIn: '2026-12-13', checkOut: '2026-12-14' }],
    // Past the departure: the stay moved with its nights (the first day said is the one corrected).
    ['sorry, I meant the 15th', '2026-12-15', { checkIn: '2026-12-15', checkOut: '2026-12-17' }],
  ])('moves the end of a whole stay %j names', async (text, date, stay) => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('doble del 12 al 14 de diciembre para 2', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
        ['para 2', entity.guests(2)],
      ],
    });
    await dialogue.say(text, { intent: 'None', entities: [[text.slice(-6), entity.date(date)]] });
    expect(stayOf(dialogue)).toEqual(stay);
  });
});

describe('a day said with a "perdona" that corrects nothing (review 25, 6)', () => {
  it.each<[string, ReturnType<typeof entity.date>]>([
    ['perdona, llegamos el 13 de madrugada', entity.date('2026-12-13')],
    ['perdón, el 20 hacéis algo especial?', entity.date('2026-12-20')],
  ])('keeps the stay at %j', async (text, day) => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('doble del 12 al 15 de diciembre para 2', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['del 12 al 15 de diciembre', entity.range('2026-12-12', '2026-12-15')],
        ['para 2', entity.guests(2)],
      ],
    });
    await dialogue.say(text, { intent: 'None', entities: [[text.match(/\d+/)?.[0] ?? '', day]] });
    const { checkIn, checkOut } = dialogue.state.dialogue.slots;
    expect({ checkIn, checkOut }).toEqual({ checkIn: '2026-12-12', checkOut: '2026-12-15' });
  });
});

describe('the booking under way named to be cancelled (QA 24, S5)', () => {
  it('is not made, and the booking made before stays', async () => {
    const dialogue = new RoutedDialogue();
    const book = (text: string, checkIn: string, checkOut: string) =>
      dialogue.say(text, {
        intent: 'make_reservation',
        entities: [
          ['individual', entity.room('single')],
          ['del', entity.range(checkIn, checkOut)],
          ['Ana Ruiz', entity.name('Ana Ruiz')],
        ],
      });
    await book('una individual del 20 al 21 de diciembre a nombre de Ana Ruiz', '2026-12-20', '2026-12-21');
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/BOOK1X/);
    expect(
      await book('otra individual del 22 al 23 de diciembre, Ana Ruiz', '2026-12-22', '2026-12-23'),
    ).toMatch(/^Te resumo la reserva/);
    const said = await dialogue.say('cancela la del 22 porfa', {
      intent: 'cancel_reservation',
      entities: [['del 22', entity.date('2026-12-22')]],
    });
    expect(said).toMatch(/^De acuerdo, no hago la reserva\./);
    expect(said).not.toMatch(/BOOK1X/);
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
    expect(dialogue.pms.requests).toHaveLength(1);
  });
});

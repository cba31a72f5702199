import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { inTheStaysMonth, inTheStaysWeek } from './stay-changes';

describe('inTheStaysWeek', () => {
  // Read on Thursday 26 November: "viernes a domingo" is 27-29 November.
  const fridayToSunday = { checkIn: '2026-11-27', checkOut: '2026-11-29' };

  it.each([
    'de viernes a domingo',
    'viernes al domingo',
    'Friday to Sunday',
    'fri - sun',
    'el viernes y el sábado por la noche',
  ])('moves %j to the week of a stay weeks ahead', (text) => {
    expect(inTheStaysWeek({ ...fridayToSunday, text }, '2026-12-12')).toEqual({
      checkIn: '2026-12-11',
      checkOut: '2026-12-13',
    });
  });

  it('leaves days said with a date, "this" or "next", days for a stay this week, and a first request alone', () => {
    for (const text of ['del viernes 27 al domingo 29', 'this friday to sunday', 'next friday to sunday']) {
      expect(inTheStaysWeek({ ...fridayToSunday, text }, '2026-12-12')).toEqual({ ...fridayToSunday, text });
    }
    const thisWeek = { ...fridayToSunday, text: 'de viernes a domingo' };
    expect(inTheStaysWeek(thisWeek, '2026-11-28')).toEqual(thisWeek);
    expect(inTheStaysWeek(thisWeek, undefined)).toEqual(thisWeek);
  });
});

describe('inTheStaysMonth', () => {
  // Read on 27 November: "del 11 al 13" is 11-13 December.
  const december = { checkIn: '2026-12-11', checkOut: '2026-12-13' };

  it.each(['del 11 al 13', 'the 11th to the 13th', '11-13', 'entre los días 11 y 13'])(
    'moves %j to the month of a stay in January',
    (text) => {
      expect(inTheStaysMonth(december, text, '2027-01-10')).toEqual({
        checkIn: '2027-01-11',
        checkOut: '2027-01-13',
      });
    },
  );

  it('moves a lone day, and a stay across the month end to the next month', () => {
    expect(inTheStaysMonth({ checkIn: '2026-12-11' }, 'el 11', '2027-01-10')).toEqual({
      checkIn: '2027-01-11',
    });
    expect(
      inTheStaysMonth({ checkIn: '2026-12-30', checkOut: '2027-01-02' }, 'del 30 al 2', '2027-01-10'),
    ).toEqual({ checkIn: '2027-01-30', checkOut: '2027-02-02' });
  });

  it('leaves days said with their month or a weekday, days of a stay this month, days it would move back, and a first request', () => {
    for (const text of ['del 11 al 13 de diciembre', 'del viernes 11 al domingo 13', 'Dec 11 to 13']) {
      expect(inTheStaysMonth(december, text, '2027-01-10')).toEqual(december);
    }
    expect(inTheStaysMonth(december, 'del 11 al 13', '2026-12-20')).toEqual(december);
    const january = { checkIn: '2027-01-03', checkOut: '2027-01-05' };
    expect(inTheStaysMonth(january, 'del 3 al 5', '2026-12-28')).toEqual(january);
    expect(inTheStaysMonth(december, 'del 11 al 13', undefined)).toEqual(december);
    // 31 February is no day: the days stay as read.
    expect(inTheStaysMonth({ checkIn: '2026-12-31' }, 'el 31', '2027-02-10')).toEqual({
      checkIn: '2026-12-31',
    });
  });
});

describe('one day of the stay changed at its summary (QA 26, S3/S4)', () => {
  async function atTheSummary(): Promise<RoutedDialogue> {
    const dialogue = new RoutedDialogue();
    await dialogue.say('doble estándar del 3 al 5 de diciembre para 2 a nombre de Nuria Campos', {
      intent: 'make_reservation',
      entities: [
        ['doble estándar', entity.room('double')],
        ['del 3 al 5 de diciembre', entity.range('2026-12-03', '2026-12-05')],
        ['para 2', entity.guests(2)],
        ['Nuria Campos', entity.name('Nuria Campos')],
      ],
    });
    expect(dialogue.state.dialogue.slots.step).toBe('summary');
    return dialogue;
  }
  const stay = (dialogue: RoutedDialogue) => [
    dialogue.state.dialogue.slots.checkIn,
    dialogue.state.dialogue.slots.checkOut,
  ];

  it.each<[string, Parameters<RoutedDialogue['say']>[1], string[]]>([
    // Before: the stay moved to the 8th–9th.
    [
      'salida el 8, o sea una noche más',
      {
        intent: 'make_reservation',
        entities: [
          ['el 8', entity.date('2026-12-08')],
          ['una noche', entity.nights(1)],
        ],
      },
      ['2026-12-03', '2026-12-08'],
    ],
    // Before: "¿Hasta qué día?", the departure forgotten.
    [
      'mejor llegamos el día 2',
      { intent: 'None', entities: [['el día 2', entity.date('2026-12-02')]] },
      ['2026-12-02', '2026-12-05'],
    ],
    [
      'mejor que la entrada sea el miércoles',
      { intent: 'None', entities: [['el miércoles', entity.date('2026-12-02')]] },
      ['2026-12-02', '2026-12-05'],
    ],
    // Before: the late check-out's terms.
    [
      'y la salida el 6',
      { intent: 'late_checkout', entities: [['el 6', entity.date('2026-12-06')]] },
      ['2026-12-03', '2026-12-06'],
    ],
  ])('reads %j as that day of the stay, the other kept', async (text, reading, days) => {
    const dialogue = await atTheSummary();
    expect(await dialogue.say(text, reading)).toMatch(/Te resumo la reserva/);
    expect(stay(dialogue)).toEqual(days);
  });
});

describe('a weekday said at a summary weeks ahead (review 26, R4)', () => {
  it.each<[string, string, string[]]>([
    // Read from today, "el lunes" was 30 November: a stay of 23 nights.
    ['mejor llegamos el lunes', '2026-11-30', ['2026-12-21', '2026-12-22']],
    ['y la salida el miércoles', '2026-12-02', ['2026-12-20', '2026-12-23']],
  ])('places %j in the stay’s week', async (text, readFromToday, days) => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('doble del 20 al 22 de diciembre para 2 a nombre de Nuria Campos', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double')],
        ['del 20 al 22 de diciembre', entity.range('2026-12-20', '2026-12-22')],
        ['para 2', entity.guests(2)],
        ['Nuria Campos', entity.name('Nuria Campos')],
      ],
    });
    const day = text.split(' ').slice(-2).join(' ');
    await dialogue.say(text, { intent: 'None', entities: [[day, entity.date(readFromToday)]] });
    const { checkIn, checkOut } = dialogue.state.dialogue.slots;
    expect([checkIn, checkOut]).toEqual(days);
  });
});

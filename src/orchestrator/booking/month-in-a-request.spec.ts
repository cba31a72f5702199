import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "Price for a double in january, 2 nights?", then "from the 15th": the month said in the request
// places the days said next (QA 29, H2: they were read in December, the next 15th from today).

describe('a month named in a request with no days', () => {
  it('asks which days of that month and reads the day said next in it, with the nights said', async () => {
    const dialogue = new RoutedDialogue('en');
    const asked = await dialogue.say('hi, price for a double in january 2 nights?', {
      intent: 'room_prices',
      language: 'en',
      entities: [
        ['double', entity.room('double', ['superior'])],
        ['2 nights', entity.nights(2)],
      ],
    });
    expect(asked).toMatch(/Which days in January\?/);
    await dialogue.say('from the 15th', {
      intent: 'None',
      language: 'en',
      entities: [['the 15th', entity.date('2026-12-15')]],
    });
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2027-01-15', checkOut: '2027-01-17' });
  });

  it('keeps the year said with the month (review 30, 5)', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('hi, price for a double in january 2028, 2 nights?', {
      intent: 'room_prices',
      language: 'en',
      entities: [
        ['double', entity.room('double', ['superior'])],
        ['2 nights', entity.nights(2)],
      ],
    });
    await dialogue.say('from the 15th', {
      intent: 'None',
      language: 'en',
      entities: [['the 15th', entity.date('2026-12-15')]],
    });
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2028-01-15', checkOut: '2028-01-17' });
    const next = new RoutedDialogue();
    await next.say('hola, precio de una doble en diciembre del año que viene, 3 noches', {
      intent: 'room_prices',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['3 noches', entity.nights(3)],
      ],
    });
    await next.say('del 10', { intent: 'None', entities: [['del 10', entity.date('2026-12-10')]] });
    expect(next.state.dialogue.slots).toMatchObject({ checkIn: '2027-12-10', checkOut: '2027-12-13' });
  });

  it.each([
    [
      'en',
      'Hi, I stayed with you in march and loved it, I would like to book a double again',
      /^For which dates\?/,
    ],
    [
      'es',
      'hola, en octubre estuvimos en vuestro hotel, queremos volver, una doble para 2',
      /^¿Para qué fechas\?/,
    ],
  ] as const)(
    '(%s) asks the dates of a stay whose month is one gone by: %j (review 30, 6)',
    async (language, text, asked) => {
      const dialogue = new RoutedDialogue(language);
      const room = language === 'en' ? 'double' : 'doble';
      expect(
        await dialogue.say(text, {
          intent: 'make_reservation',
          language,
          entities: [[room, entity.room('double')]],
        }),
      ).toMatch(asked);
    },
  );

  it('does so in Spanish, and a named period of the month ("el puente de diciembre") is told instead', async () => {
    const dialogue = new RoutedDialogue();
    expect(
      await dialogue.say('precio de la doble en enero, 3 noches', {
        intent: 'room_prices',
        entities: [
          ['doble', entity.room('double', ['superior'])],
          ['3 noches', entity.nights(3)],
        ],
      }),
    ).toMatch(/¿Qué días de enero\?/);
    await dialogue.say('desde el 10', { intent: 'None', entities: [['el 10', entity.date('2026-12-10')]] });
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2027-01-10', checkOut: '2027-01-13' });
    const bridge = new RoutedDialogue();
    expect(
      await bridge.say('una doble para el puente de diciembre', {
        intent: 'make_reservation',
        entities: [['doble', entity.room('double', ['superior'])]],
      }),
    ).toMatch(/puente de diciembre va del/);
  });
});

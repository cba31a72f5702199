import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { namedPeriod, wantsTheWholePeriod } from '../../nlp/entities/named-periods';

describe('a whole holiday period asked for (QA 26, S18/E14)', () => {
  it('names Christmas week, from Christmas Eve to New Year’s Eve', () => {
    const today = { year: 2026, month: 11, day: 28 };
    expect(namedPeriod("we'd like to come for christmas week", today)).toEqual({
      name: 'christmas_week',
      from: '2026-12-24',
      to: '2026-12-31',
    });
    expect(namedPeriod('la semana de Navidad', today)?.name).toBe('christmas_week');
  });

  it.each(['todo el puente', 'el puente entero', 'toda la semana', 'the whole week', 'all of it'])(
    'reads %j as the whole period',
    (text) => expect(wantsTheWholePeriod(text)).toBe(true),
  );

  it.each(['el puente', 'todo bien', 'the week after', 'todo el mundo'])(
    'reads %j as no whole period',
    (text) => expect(wantsTheWholePeriod(text)).toBe(false),
  );

  it('takes "todo el puente" after its days were told as the stay', async () => {
    const dialogue = new RoutedDialogue();
    expect(
      await dialogue.say('queremos venir el puente de diciembre, 2 personas', {
        intent: 'check_availability',
        entities: [['2 personas', entity.guests(2)]],
      }),
    ).toMatch(/^El puente de diciembre va del dom 6 dic al mar 8 dic\./);
    // Before: "Perdona, no lo he entendido. ¿Para qué fechas?".
    expect(await dialogue.say('todo el puente', { intent: 'None' })).toMatch(
      /^Del dom 6 dic al mar 8 dic \(2 noches\)/,
    );
  });

  it('takes "todo el puente de diciembre" in one message as the stay', async () => {
    const dialogue = new RoutedDialogue();
    const reply = await dialogue.say('queremos venir todo el puente de diciembre, 2 personas', {
      intent: 'check_availability',
      entities: [['2 personas', entity.guests(2)]],
    });
    expect(reply).toMatch(/^Del dom 6 dic al mar 8 dic \(2 noches\)/);
  });

  it('tells Christmas week’s days, then takes "the whole week"', async () => {
    const dialogue = new RoutedDialogue('en');
    expect(
      await dialogue.say("we'd like to come for christmas week, 2 adults", {
        intent: 'check_availability',
        entities: [['2 adults', entity.guests(2)]],
      }),
    ).toMatch(/^Christmas week runs from Thu, Dec 24 to Thu, Dec 31\./);
    expect(await dialogue.say('the whole week', { intent: 'room_prices' })).toMatch(
      /^From Thu, Dec 24 to Thu, Dec 31 \(7 nights\)/,
    );
  });
});

describe('a week of a month named with weekdays (QA 26, S6)', () => {
  const today = { year: 2026, month: 11, day: 28 };

  it.each([
    // The weeks whose Thursday is in the month: January 2027's first starts on Monday the 4th.
    ['la primera semana de enero', '2027-01-04', '2027-01-10'],
    // December 2026's first week starts on Monday, November 30th.
    ['la segunda semana de diciembre', '2026-12-07', '2026-12-13'],
    ['the last week of january', '2027-01-25', '2027-01-31'],
  ])('names %j', (text, from, to) => {
    expect(namedPeriod(text, today)).toEqual({ name: 'week_of_month', from, to });
  });

  it('places its weekdays in it, where they had been next week’s', async () => {
    const dialogue = new RoutedDialogue();
    const reply = await dialogue.say('quiero ir la primera semana de enero, de lunes a viernes, 2 personas', {
      intent: 'check_availability',
      entities: [
        ['lunes a viernes', entity.range('2026-11-30', '2026-12-04')],
        ['2 personas', entity.guests(2)],
      ],
    });
    expect(reply).toMatch(/^Del lun 4 ene 2027 al vie 8 ene 2027 \(4 noches\)/);
  });
});

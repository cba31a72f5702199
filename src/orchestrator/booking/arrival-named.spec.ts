import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// An arrival named in words alone ("para Reyes", "el viernes") is said as its day before the departure
// is asked, through the real router and handlers; a day said with its number is not said back.

describe('an arrival named in words', () => {
  it.each([
    [
      'es',
      '¿hay sitio para reyes? somos 2',
      'reyes',
      '2027-01-06',
      'Llegada el mié 6 ene 2027.\n¿Hasta qué día?',
    ],
    [
      'es',
      'llegamos el viernes, somos 2',
      'el viernes',
      '2026-12-04',
      'Llegada el vie 4 dic.\n¿Hasta qué día?',
    ],
    [
      'en',
      'a room for christmas eve for 2',
      'christmas eve',
      '2026-12-24',
      'Arriving Thu, Dec 24.\nUntil which day?',
    ],
  ])('%s "%s" is told the arrival, then asked the departure', async (language, text, said, date, reply) => {
    const dialogue = new RoutedDialogue(language as 'es' | 'en');
    const answer = await dialogue.say(text, {
      intent: 'check_availability',
      language: language as 'es' | 'en',
      entities: [
        [said, entity.date(date)],
        [language === 'es' ? 'somos 2' : 'for 2', entity.guests(2)],
      ],
    });
    expect(answer.startsWith(reply)).toBe(true);
    expect(dialogue.state.dialogue).toMatchObject({ awaiting: 'dates', slots: { checkIn: date } });
  });

  it('says nothing of a day said with its number, nor of an arrival kept from before', async () => {
    const dialogue = new RoutedDialogue();
    const answer = await dialogue.say('quiero llegar el 12 de diciembre, somos 2', {
      intent: 'check_availability',
      entities: [
        ['el 12 de diciembre', entity.date('2026-12-12')],
        ['somos 2', entity.guests(2)],
      ],
    });
    expect(answer).toBe('¿Hasta qué día? (o dime cuántas noches)');
    const again = await dialogue.say('el sábado', {
      intent: 'None',
      entities: [['el sábado', entity.date('2026-12-12')]],
    });
    expect(again).not.toMatch(/Llegada/);
  });
});

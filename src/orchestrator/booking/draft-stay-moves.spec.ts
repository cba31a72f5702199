import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// A stay at its summary moved by days counted, or its nights said again, through the real router and
// handlers (QA 27, E5, E6, E25: "one day later" had become tomorrow, 7 nights; "I meant 2 nights" was
// ignored; "a day earlier" was not understood).

/** A Doble Superior, Thu 3 – Sun 6 Dec (3 nights), for 2, under Albus Dumbledore: its summary. */
async function summary(dialogue: RoutedDialogue, language: 'es' | 'en'): Promise<void> {
  const reply = await dialogue.say(
    language === 'es'
      ? 'superior del 3 al 6 de diciembre para 2 a nombre de Albus Dumbledore'
      : 'superior dec 3 to 6 for 2 under Albus Dumbledore',
    {
      intent: 'make_reservation',
      language,
      entities: [
        ['superior', entity.room('superior')],
        [
          language === 'es' ? 'del 3 al 6 de diciembre' : 'dec 3 to 6',
          entity.range('2026-12-03', '2026-12-06'),
        ],
        [language === 'es' ? 'para 2' : 'for 2', entity.guests(2)],
        ['Albus Dumbledore', entity.name('Albus Dumbledore')],
      ],
    },
  );
  expect(reply).toMatch(/\(3 (?:noches|nights)\)/);
}

describe('a stay at its summary moved by days', () => {
  it.each([
    [
      'en',
      "Actually we'll arrive one day later",
      'one day later',
      'goodbye',
      /Fri, Dec 4 to Sun, Dec 6 \(2 nights\)/,
    ],
    ['en', "we'll leave a day earlier, sorry", null, 'None', /Thu, Dec 3 to Sat, Dec 5 \(2 nights\)/],
    [
      'es',
      'mejor llegamos un día más tarde',
      'un día',
      'late_checkout',
      /Del vie 4 dic al dom 6 dic \(2 noches\)/,
    ],
    ['es', 'nos vamos dos días antes', 'dos días', 'None', /Del jue 3 dic al vie 4 dic \(1 noche\)/],
    // No end named: the whole stay, its nights kept (QA 30, en H1: heard as the late check-out, the
    // old dates then booked).
    [
      'en',
      'and can you move it one day later? 12 to 14',
      'one day later',
      'late_checkout',
      /Fri, Dec 4 to Mon, Dec 7 \(3 nights\)/,
    ],
    [
      'en',
      'could you move the whole booking two days later?',
      null,
      'None',
      /Sat, Dec 5 to Tue, Dec 8 \(3 nights\)/,
    ],
    ['es', '¿la puedes pasar un día antes?', 'un día', 'None', /Del mié 2 dic al sáb 5 dic \(3 noches\)/],
    // QA 32, H1: a week from today, or the late check-out's terms.
    [
      'en',
      'could we move it a week later?',
      'a week later',
      'late_checkout',
      /Thu, Dec 10 to Sun, Dec 13 \(3 nights\)/,
    ],
    ['en', 'can you push it back a day?', null, 'greeting', /Fri, Dec 4 to Mon, Dec 7 \(3 nights\)/],
    [
      'es',
      '¿podemos pasarla una semana más tarde?',
      'una semana',
      'late_checkout',
      /Del jue 10 dic al dom 13 dic \(3 noches\)/,
    ],
  ] as const)('%s "%s" moves that end, or the whole stay', async (language, text, readAsDay, heard, stay) => {
    const dialogue = new RoutedDialogue(language);
    await summary(dialogue, language);
    const reply = await dialogue.say(text, {
      intent: heard,
      language,
      entities: readAsDay ? [[readAsDay, entity.date('2026-11-29')]] : [],
    });
    expect(reply).toMatch(stay);
    expect(reply).not.toMatch(/Llegada|24 horas|24 hours/);
    expect(dialogue.state.dialogue.slots.step).toBe('summary');
  });

  it('moves nothing when the nights would run out, nor reads "dos días" as a day', async () => {
    const dialogue = new RoutedDialogue();
    await summary(dialogue, 'es');
    await dialogue.say('nos vamos dos días antes', {
      intent: 'None',
      entities: [['dos días', entity.date('2026-11-30')]],
    });
    const reply = await dialogue.say('nos vamos un día antes', {
      intent: 'None',
      entities: [['un día', entity.date('2026-11-29')]],
    });
    expect(reply).toMatch(/Del jue 3 dic al vie 4 dic \(1 noche\)/);
  });
});

describe('the nights said again at a summary', () => {
  it('takes the last when words take the first back ("I said 3 nights? I meant 2 nights")', async () => {
    const dialogue = new RoutedDialogue('en');
    await summary(dialogue, 'en');
    const reply = await dialogue.say('wait, I said 3 nights? I meant 2 nights', {
      intent: 'deny',
      language: 'en',
      entities: [
        ['3 nights', entity.nights(3)],
        ['2 nights', entity.nights(2)],
      ],
    });
    expect(reply).toMatch(/Thu, Dec 3 to Sat, Dec 5 \(2 nights\)/);
  });
});

describe('a condition or a deadline that names days before (review of session 28)', () => {
  it.each(['¿qué pasa si cancelo un día antes?', '¿puedo cambiarla hasta una semana antes?'])(
    '"%s" moves nothing',
    async (text) => {
      const dialogue = new RoutedDialogue('es');
      await summary(dialogue, 'es');
      await dialogue.say(text, { intent: 'hotel_info' });
      expect(dialogue.state.dialogue.slots.checkIn).toBe('2026-12-03');
      expect(dialogue.state.dialogue.slots.checkOut).toBe('2026-12-06');
    },
  );
});

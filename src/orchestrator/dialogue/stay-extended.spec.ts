import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity, freshState } from '../../../test/support/turn-fixtures';

// "Can I extend my stay one more night?" (heard as a late check-out) is a night added to a booking,
// never the late check-out's terms (QA 27, E14). Through the real router and handlers.

describe('a stay extended by a night', () => {
  it.each([
    [
      'en',
      "Hi, I'm currently at the hotel, can I extend my stay one more night?",
      /^What's your booking code\?/,
    ],
    ['es', '¿puedo quedarme una noche más?', /^¿Cuál es el código de tu reserva\?/],
  ] as const)('%s "%s" with no booking known asks for its code', async (language, text, asked) => {
    const dialogue = new RoutedDialogue(language);
    const reply = await dialogue.say(text, { intent: 'late_checkout', language });
    expect(reply).toMatch(asked);
    expect(reply).not.toMatch(/14:00|late check-out|salida tardía/i);
  });

  // QA 29, H5: the stay and party told beside the extension were quoted as a new stay, a second booking.
  it.each([
    [
      'en',
      'Hi, we booked with you for 10-13 dec (2 ppl std double). Could we extend by one night to the 14th?',
      'check_availability',
      '10-13 dec',
    ],
    ['en', 'can we extend our booking by one night?', 'late_checkout', undefined],
    [
      'es',
      'Hola, tenemos una reserva del 10 al 13 de diciembre, ¿podemos alargarla una noche más, hasta el 14?',
      'make_reservation',
      'del 10 al 13 de diciembre',
    ],
  ] as const)(
    '%s "%s" (heard as %s) asks for the code, never quotes a new stay',
    async (language, text, intent, days) => {
      const dialogue = new RoutedDialogue(language);
      const reply = await dialogue.say(text, {
        intent,
        language,
        entities: days ? [[days, entity.range('2026-12-10', '2026-12-13')]] : [],
      });
      expect(reply).toMatch(
        language === 'en' ? /^What's your booking code\?/ : /^¿Cuál es el código de tu reserva\?/,
      );
      expect(dialogue.state.dialogue.flow).not.toBe('make_reservation');
    },
  );

  // Review 30, 1: a night to book, or an extension only thought of, is no booking made.
  it.each([
    ['es', 'hola, quiero reservar una noche, el 12 de diciembre, somos 2', /^Del sáb 12 dic al dom 13 dic/],
    [
      'en',
      'I want to book 10-13 dec for 2, and maybe extend by one night if the weather is good',
      /^From Thu, Dec 10 to Sun, Dec 13/,
    ],
  ] as const)('%s "%s" is a stay to book', async (language, text, quoted) => {
    const dialogue = new RoutedDialogue(language);
    const days = language === 'es' ? 'el 12 de diciembre' : '10-13 dec';
    const reply = await dialogue.say(text, {
      intent: 'make_reservation',
      language,
      entities: [
        [days, language === 'es' ? entity.date('2026-12-12') : entity.range('2026-12-10', '2026-12-13')],
        [language === 'es' ? 'somos 2' : 'for 2', entity.guests(2)],
        ...(language === 'es'
          ? [['una noche', entity.nights(1)] as [string, ReturnType<typeof entity.nights>]]
          : []),
      ],
    });
    expect(reply).toMatch(quoted);
  });

  it('shows the booking once the code is given', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('standard double dec 8 to 10 for 2 under Harry Potter', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['standard double', entity.room('double')],
        ['dec 8 to 10', entity.range('2026-12-08', '2026-12-10')],
        ['for 2', entity.guests(2)],
        ['Harry Potter', entity.name('Harry Potter')],
      ],
    });
    expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/BOOK1X/);
    // The same guest, writing from a conversation that does not know the booking.
    dialogue.state = freshState({ language: 'en' });
    await dialogue.say('can I extend my stay one more night?', { intent: 'late_checkout', language: 'en' });
    const reply = await dialogue.say('BOOK1X', {
      intent: 'None',
      language: 'en',
      entities: [['BOOK1X', entity.reference('BOOK1X')]],
    });
    // The booking is shown; the night is asked for again with it known (README: left undone).
    expect(reply).toMatch(/^Your booking BOOK1X: Standard Double, Tue, Dec 8 to Thu, Dec 10/);
  });

  it.each([
    'Can we have a late checkout, or would we have to pay for an extra night?',
    '¿Puedo dejar la habitación más tarde el domingo o me cobráis otra noche?',
  ])('leaves %j, a late check-out beside a night, to the late check-out (review 27, R7)', async (text) => {
    const dialogue = new RoutedDialogue(text.startsWith('¿') ? 'es' : 'en');
    expect(await dialogue.say(text, { intent: 'late_checkout' })).toMatch(/14:00/);
  });

  it('leaves a late check-out asked for as one', async () => {
    const dialogue = new RoutedDialogue('en');
    expect(
      await dialogue.say('can I have a late checkout?', { intent: 'late_checkout', language: 'en' }),
    ).toMatch(/14:00/);
  });
});

describe('a booked stay made longer to a day of leaving (QA 31, H1: a new stay from that day)', () => {
  it.each([
    [
      'en',
      'sorry my mistake, we need 3 nights, until the 27th',
      '3 nights, until the 27th',
      'check_availability',
    ],
    ['es', 'uy me equivoqué, son 3 noches, hasta el 27', '3 noches, hasta el 27', 'goodbye'],
  ] as const)(
    '%s "%s" looks for the stay to the 27th, from the same day',
    async (language, text, words, intent) => {
      const dialogue = new RoutedDialogue(language);
      await dialogue.say(
        language === 'en'
          ? 'standard double 24-26 dec for 2, Sofia Martinez'
          : 'doble estándar 24-26 dic para 2, Sofia Martinez',
        {
          intent: 'make_reservation',
          language,
          entities: [
            [language === 'en' ? 'standard double' : 'doble estándar', entity.room('double')],
            [
              '24-26 dec'.replace('dec', language === 'en' ? 'dec' : 'dic'),
              entity.range('2026-12-24', '2026-12-26'),
            ],
            [language === 'en' ? 'for 2' : 'para 2', entity.guests(2)],
            ['Sofia Martinez', entity.name('Sofia Martinez')],
          ],
        },
      );
      expect(await dialogue.say(language === 'en' ? 'yes' : 'sí', { intent: 'confirm', language })).toMatch(
        /BOOK1X/,
      );
      const reply = await dialogue.say(text, {
        intent,
        language,
        entities: [
          [words, entity.range('2026-12-24', '2026-12-27')],
          [language === 'en' ? '3 nights' : '3 noches', entity.nights(3)],
        ],
      });
      expect(reply).toMatch(
        language === 'en'
          ? /Thu, Dec 24 to Sun, Dec 27 \(3 nights\)/
          : /Del jue 24 dic al dom 27 dic \(3 noches\)/,
      );
      expect(reply).toMatch(/BOOK1X/);
    },
  );
});

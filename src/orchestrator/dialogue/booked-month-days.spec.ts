import { bookTheDecemberDouble } from '../../../test/support/date-change-dialogue';
import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { ClassifiedIntent, IntentName, Language } from '../../nlp/nlp.types';

// "¿Podemos cambiarla al 11-13?" right after a booking of 12–14 December: the days, which the NLU
// reads as no dates, in the booked stay's month. Through the real router and handlers.

/** A double for 2, 12–14 Dec, under Nuria Castro: BOOK1X. */
async function bookDecember(dialogue: RoutedDialogue, language: Language): Promise<void> {
  expect(await bookTheDecemberDouble(dialogue, language)).toMatch(/^✅ .*BOOK1X/);
}

describe('a day range with no month, right after a booking', () => {
  it.each<[string, IntentName]>([
    ['podemos cambiarla al 11-13?', 'check_availability'],
    ['¿la podemos pasar al 11-13?', 'check_availability'],
    ['¿la podemos mover a 11-13?', 'cancel_reservation'],
  ])('moves the booking to those days of its month: %j (heard as %s)', async (text, intent) => {
    const dialogue = new RoutedDialogue();
    await bookDecember(dialogue, 'es');
    const asked = await dialogue.say(text, { intent });
    expect(asked).toMatch(
      /^Tu reserva BOOK1X: .*\nDesde aquí no puedo cambiar una reserva, pero te busco la nueva estancia.*\nTe resumo la reserva:\n• Doble Estándar\n• Del vie 11 dic al dom 13 dic \(2 noches\)\n• 2 personas\n• A nombre de Nuria Castro\n/,
    );
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(
      /^✅ .*BOOK2X.*\nTu reserva anterior BOOK1X sigue activa.*\n¿Confirmas que quieres cancelar la reserva BOOK1X/s,
    );
  });

  it('moves it in English too ("can we move it to the 11-13?", heard as cancelling)', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookDecember(dialogue, 'en');
    const asked = await dialogue.say('can we move it to the 11-13?', {
      intent: 'cancel_reservation',
      language: 'en',
    });
    expect(asked).toMatch(
      /^Your booking BOOK1X: .*\nI can't change a booking from here, but .*\nHere's your booking:\n• Standard Double\n• Fri, Dec 11 to Sun, Dec 13 \(2 nights\)\n• 2 guests\n/,
    );
  });

  it('reads no days in "11-13" with no booking made', async () => {
    const dialogue = new RoutedDialogue();
    const asked = await dialogue.say('una doble para el 11-13?', { intent: 'check_availability' });
    expect(asked).not.toMatch(/11 dic/);
  });

  it.each<[string, ClassifiedIntent]>([
    ['llegaremos entre las 18-20', 'None'],
    ['somos 3-4', 'None'],
    ['te escribo en 5-10 minutos', 'None'],
    ['niños de 4-6 años', 'None'],
    ['is breakfast 7-10?', 'hotel_info'],
    ['our flight lands 9-10 pm', 'None'],
  ])('reads no stay in two numbers said for something else after a booking: %j', async (text, intent) => {
    const dialogue = new RoutedDialogue();
    await bookDecember(dialogue, 'es');
    const reply = await dialogue.say(text, { intent });
    expect(reply).not.toMatch(/¿La confirmo\?|Shall I|cambiar una reserva/);
    expect(dialogue.pms.requests).toHaveLength(1);
  });
});

describe('a day range with no month, while the stay is being booked', () => {
  it.each<[Language, string, string, IntentName, RegExp]>([
    [
      'es',
      'una doble del 12 al 14 de diciembre para 2',
      'perdón, ¿podemos cambiarla al 11-13?',
      'check_availability',
      /^Del vie 11 dic al dom 13 dic/,
    ],
    [
      'en',
      'a double from Dec 12 to 14 for 2',
      'can we move it to the 11-13?',
      'cancel_reservation',
      /^From Fri, Dec 11 to Sun, Dec 13/,
    ],
  ])('takes the days in the stay’s month (%s)', async (language, ask, text, heard, offered) => {
    const dialogue = new RoutedDialogue(language);
    await dialogue.say(ask, {
      intent: 'check_availability',
      language,
      entities: [
        [
          language === 'es' ? 'del 12 al 14 de diciembre' : 'from Dec 12 to 14',
          entity.range('2026-12-12', '2026-12-14'),
        ],
        [language === 'es' ? 'para 2' : 'for 2', entity.guests(2)],
      ],
    });
    expect(dialogue.state.dialogue.slots.checkIn).toBe('2026-12-12');
    expect(await dialogue.say(text, { intent: heard, language })).toMatch(offered);
    expect(dialogue.state.dialogue.slots.checkIn).toBe('2026-12-11');
  });
});

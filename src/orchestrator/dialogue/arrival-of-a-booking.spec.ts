import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// An arrival hour asked about for a booking made elsewhere ("tengo una reserva para el 12 y llegaré
// sobre las 23h, ¿hay problema?", heard as asking about the booking): the arrival's answer, no code
// asked for (QA 27, S22). Through the real router and handlers.

describe('an arrival asked about for a booking', () => {
  it.each([
    [
      'es',
      'hola tengo una reserva para el 12 de diciembre y llegare tarde, sobre las 23h, hay problema?',
      '12 de diciembre',
      'llegare tarde',
      /La recepción está abierta las 24 horas/,
    ],
    [
      'en',
      "hi, I have a booking for dec 12, we'll arrive around 11pm, is that ok?",
      'dec 12',
      'arrive around',
      /Reception is open 24 hours/,
    ],
  ] as const)('%s: answers the arrival', async (language, text, day, arrival, answer) => {
    const dialogue = new RoutedDialogue(language);
    const reply = await dialogue.say(text, {
      intent: 'reservation_status',
      language,
      entities: [
        [day, entity.date('2026-12-12')],
        [arrival, entity.topic('check_in')],
      ],
    });
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(/código|code/);
  });

  it('still asks for the code of a booking to look up', async () => {
    const dialogue = new RoutedDialogue();
    expect(
      await dialogue.say('tengo una reserva, ¿me la confirmas?', { intent: 'reservation_status' }),
    ).toMatch(/¿Cuál es el código de tu reserva\?/);
  });
});

describe('a late check-in asked beside a stay (QA 28, E12: dropped)', () => {
  it('answers it above the rooms', async () => {
    const dialogue = new RoutedDialogue('en');
    const text = 'Hi. Need a single room Mon 14th to Thu 17th Dec. Can I check in late, like 11pm?';
    const reply = await dialogue.say(text, {
      intent: 'check_availability',
      language: 'en',
      entities: [
        ['single room', entity.room('single')],
        ['Mon 14th to Thu 17th Dec', entity.range('2026-12-14', '2026-12-17')],
        ['check in', entity.topic('check_in')],
      ],
    });
    expect(reply).toMatch(/^Reception is open 24 hours, so you can arrive at any time\.\nFrom Mon, Dec 14/);
  });
});

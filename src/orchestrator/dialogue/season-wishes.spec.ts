import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

describe('season’s greetings (QA 26, S12)', () => {
  it.each([
    ['¡feliz navidad!!', 'navidad', '2026-12-25'],
    ['feliz año nuevo a todo el equipo!', 'año nuevo', '2027-01-01'],
  ])('are wished back to %j, never a stay on the holiday they name', async (text, words, day) => {
    const dialogue = new RoutedDialogue();
    // Before: "¿Hasta qué día?".
    expect(await dialogue.say(text, { intent: 'None', entities: [[words, entity.date(day)]] })).toBe(
      '¡Muchas gracias, igualmente! ✨ ¿Te ayudo con algo?',
    );
    expect(dialogue.state.dialogue.flow).toBeNull();
  });

  it('answers in English', async () => {
    const dialogue = new RoutedDialogue('en');
    expect(await dialogue.say('happy new year guys', { intent: 'greeting' })).toBe(
      'Thank you, and the same to you! ✨ Can I help you with anything?',
    );
  });

  it('leaves a room asked for with them to the booking flow', async () => {
    const dialogue = new RoutedDialogue();
    const reply = await dialogue.say('feliz navidad, ¿tenéis habitación para el 24?', {
      intent: 'check_availability',
      entities: [['el 24', entity.date('2026-12-24')]],
    });
    expect(reply).not.toMatch(/igualmente/);
    expect(dialogue.state.dialogue.flow).not.toBeNull();
  });

  it('leaves days said with them to the booking flow (review 26, R3)', async () => {
    const dialogue = new RoutedDialogue();
    const reply = await dialogue.say('¡Feliz Navidad! Queremos venir del 27 al 29 de diciembre', {
      intent: 'check_availability',
      entities: [
        ['Navidad', entity.date('2026-12-25')],
        ['del 27 al 29 de diciembre', entity.range('2026-12-27', '2026-12-29')],
      ],
    });
    expect(reply).toBe('¿Para cuántas personas?');
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "Do you have a double room?" asks for a room, not what a room has: through the real router and
// handlers, with the reading the NLU gives it (availability, the double named).

const DOUBLE = entity.room('double', ['superior']);

describe('a room asked for with "do you have…?"', () => {
  it.each([
    ['hi do you have a double room?', 'double', 'en', /^For which dates\?/],
    ['do you have a double room?', 'double', 'en', /^For which dates\?/],
    ['¿tienen habitación doble?', 'doble', 'es', /^¿Para qué fechas\?/],
    ['hola, ¿tenéis una habitación doble?', 'doble', 'es', /^¿Para qué fechas\?/],
  ] as const)('goes on with %j as a room wanted, asking its dates', async (text, word, language, asked) => {
    const dialogue = new RoutedDialogue(language);
    const answer = await dialogue.say(text, {
      intent: 'check_availability',
      language,
      entities: [[word, DOUBLE]],
    });
    expect(answer).toMatch(asked);
    expect(answer).not.toMatch(/detail|detalle/);
    expect(dialogue.state.dialogue.awaiting).toBe('dates');
  });

  it.each([
    [
      'do you have a double room with a balcony?',
      'double',
      'en',
      /^I don't have that detail of the Standard Double/,
    ],
    ['¿la doble tiene bañera?', 'doble', 'es', /^No tengo ese detalle de la Doble Estándar/],
  ] as const)('still hears %j as what the room has', async (text, word, language, told) => {
    const dialogue = new RoutedDialogue(language);
    const answer = await dialogue.say(text, {
      intent: 'check_availability',
      language,
      entities: [[word, DOUBLE]],
    });
    expect(answer).toMatch(told);
  });
});

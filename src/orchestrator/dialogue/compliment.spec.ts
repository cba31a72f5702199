import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { ClassifiedIntent, Language } from '../../nlp/nlp.types';
import { isCompliment } from './compliment';

describe('praise of the hotel', () => {
  it.each([
    '¡qué majos sois!',
    'sois geniales, gracias por todo',
    'me encantó el hotel, todo perfecto',
    'eres muy amable',
    'qué buen servicio',
    'you guys are great',
    'love this hotel!',
    'you have been very helpful',
    'great service, thanks',
  ])('is read in %j', (text) => {
    expect(isCompliment(text)).toBe(true);
  });

  it.each([
    'muy amables, pero llevo una hora esperando en recepción',
    'the staff were great but the room was dirty',
    '¿sois amables con los perros?',
    'una habitación rápida de limpiar',
    'great, book it',
    // Criticism (review 25, 2).
    'la recepcionista no fue muy amable',
    'no sois muy eficientes la verdad',
    'necesito una respuesta muy rápida',
    'you are kind of useless',
    'you have been super slow',
    'you are not very helpful',
  ])('is not read in %j (a complaint, a question, another word)', (text) => {
    expect(isCompliment(text)).toBe(false);
  });

  it.each<[Language, string, ClassifiedIntent, string]>([
    ['es', '¡qué majos sois!', 'None', '¡Muchas gracias, qué amable! 😊 ¿Te ayudo con algo más?'],
    ['en', 'love this hotel!', 'greeting', "Thank you, that's very kind! 😊 Anything else I can help with?"],
    [
      'en',
      'you guys are great, thanks',
      'thanks',
      "Thank you, that's very kind! 😊 Anything else I can help with?",
    ],
  ])('(%s) thanks %j, however it is heard', async (language, text, intent, reply) => {
    const dialogue = new RoutedDialogue(language);
    expect(await dialogue.say(text, { intent })).toBe(reply);
  });

  it('leaves a stay said with praise to the booking', async () => {
    const dialogue = new RoutedDialogue();
    const said = await dialogue.say('qué majos sois, tenéis algo para 2 este finde', {
      intent: 'None',
      entities: [['para 2', entity.guests(2)]],
    });
    expect(said).not.toMatch(/qué amable/);
    expect(dialogue.state.dialogue.flow).not.toBeNull();
  });
});

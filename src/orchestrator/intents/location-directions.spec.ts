import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import type { Language } from '../../nlp/nlp.types';

// QA 29, M12: "how do i get there from atocha?" got the address and the map, and nothing of the way.

describe('a way or a distance asked with the location', () => {
  it.each<[Language, string, RegExp]>([
    [
      'en',
      'whats the address and how do i get there from atocha?',
      /^I can't work out routes or distances from here/,
    ],
    ['en', 'how far is the Prado?', /reception will gladly tell you the best way on \+34 910 000 000\.$/],
    ['es', '¿cómo llego desde la estación de Atocha?', /^Desde aquí no puedo calcularte rutas ni distancias/],
    [
      'es',
      '¿a cuánto queda la Puerta del Sol?',
      /en recepción te indican encantados cómo llegar: \+34 910 000 000\.$/,
    ],
  ])('(%s) adds whom to ask after the map: %j', async (language, text, reply) => {
    const dialogue = new RoutedDialogue(language);
    const lines = (await dialogue.say(text, { intent: 'location' })).split('\n');
    expect(lines[1]).toBe('location');
    expect(lines[2]).toMatch(reply);
  });

  it('sends only the address and the map to "where are you?"', async () => {
    const dialogue = new RoutedDialogue('en');
    expect((await dialogue.say('where are you?', { intent: 'location' })).split('\n')).toHaveLength(2);
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { freshState, guestMessage, parse } from '../../../test/support/turn-fixtures';
import type { Language } from '../../nlp/nlp.types';
import { DialogueRouter } from './dialogue-router';

// "Are you chatgpt?", "¿eres un robot?" (heard as nothing, the map, a goodbye): the honest answer
// that this is the hotel's virtual assistant, with a person offered. Through the real router and handlers.

const DISCLOSURE: Record<Language, RegExp> = {
  en: /^I'm the Hotel Demo virtual assistant: I answer right away, at any hour\. Would you rather talk to a member of our team\?/,
  es: /^Soy el asistente virtual de Hotel Demo: contesto al momento, a cualquier hora\. ¿Prefieres que te atienda una persona del equipo\?/,
};

describe('a guest asking whether a machine answers', () => {
  it.each([
    ['en', 'are you chatgpt?', 'None'],
    ['en', 'are you an AI?', 'location'],
    ['en', 'are you a bot?', 'location'],
    ['en', 'is this chatgpt?', 'goodbye'],
    ['es', '¿eres un robot?', 'location'],
    ['es', '¿eres chatgpt?', 'None'],
    ['es', '¿eres una IA?', 'hotel_info'],
  ] as const)(
    'is told (%s) "%s", heard as %s, that this is the virtual assistant',
    async (language, text, intent) => {
      const dialogue = new RoutedDialogue(language);
      expect(await dialogue.say(text, { intent, language })).toMatch(DISCLOSURE[language]);
      expect(dialogue.state.handoff).toBe(false);
      expect(dialogue.staffNotices).toEqual([]);
    },
  );

  it.each(['where are you?', 'is this real?', 'are you open on sundays?'])(
    'leaves "%s" (no machine named) to its reading, the map',
    (text) => {
      const routed = new DialogueRouter().route(guestMessage({ text }), parse('location'), freshState());
      expect(routed.intent).toBe('location');
    },
  );
});

import { entity, freshState, guestMessage, makeTurn, parse } from '../../../test/support/turn-fixtures';
import { DialogueRouter } from './dialogue-router';
import { answerFallback } from './fallback';
import { asksAboutLanguages, writesInAnotherLanguage } from './language-question';

describe('questions about the languages the bot speaks', () => {
  it('are told apart from a language named for another reason', () => {
    const asked = [
      '¿Habláis alemán?',
      '¿en qué idiomas me puedes atender?',
      'do you speak French?',
      'can we talk in german',
      'what languages do you speak?',
      'Parlez-vous français ?',
      'sprechen Sie Deutsch?',
    ];
    const notAsked = [
      'somos franceses',
      'el desayuno es inglés?',
      'I speak English',
      'hola',
      'a French guest',
    ];
    expect(asked.filter((text) => !asksAboutLanguages(text))).toEqual([]);
    expect(notAsked.filter((text) => asksAboutLanguages(text))).toEqual([]);
  });

  it('are answered with the hotel languages the bot writes, in the guest’s language, and are no fallback', () => {
    const es = makeTurn({ message: { text: '¿habláis alemán?' } });
    answerFallback(es);
    expect(es.replies).toEqual([
      { type: 'text', text: 'Puedo atenderte en español e inglés: escríbeme en el que prefieras.' },
    ]);
    expect([es.outcome, es.state.fallbackCount]).toEqual(['answered', 0]);
    const en = makeTurn({ message: { text: 'do you speak french?' }, state: freshState({ language: 'en' }) });
    answerFallback(en);
    expect(en.replies).toEqual([
      { type: 'text', text: 'I can help you in Spanish and English: write in whichever you prefer.' },
    ]);
  });

  it('switches to the language asked for when the bot writes it ("do you speak English?" in Spanish)', () => {
    const asked = makeTurn({ message: { text: 'do you speak english?' } });
    answerFallback(asked);
    expect(asked.replies).toEqual([
      { type: 'text', text: 'I can help you in Spanish and English: write in whichever you prefer.' },
    ]);
    expect(asked.state.language).toBe('en');
    const other = makeTurn({ message: { text: 'do you speak german?' } });
    answerFallback(other);
    expect(other.state.language).toBe('es');
  });

  it('switches when the guest asks to go on in the other language, and asks again what a booking was waiting on', () => {
    for (const text of [
      'sorry, can we continue in English? my Spanish is bad',
      'in English please',
      'switch to english',
    ]) {
      expect([text, asksAboutLanguages(text)]).toEqual([text, true]);
    }
    const waiting = freshState({ dialogue: { flow: 'make_reservation', awaiting: 'guest_name', slots: {} } });
    const turn = makeTurn({ message: { text: 'sorry, can we continue in English?' }, state: waiting });
    answerFallback(turn);
    expect(turn.replies.map((reply) => ('text' in reply ? reply.text : ''))).toEqual([
      "Of course! Let's continue in English.",
      'Whose name should the booking be under?',
    ]);
    expect(turn.state.language).toBe('en');
    const atList = makeTurn({
      message: { text: 'in English please' },
      state: freshState({ dialogue: { flow: 'make_reservation', awaiting: 'room_type', slots: {} } }),
    });
    answerFallback(atList);
    expect(atList.replies.map((reply) => ('text' in reply ? reply.text : ''))).toEqual([
      "Of course! Let's continue in English.",
      'Which room would you like?',
    ]);
    const back = makeTurn({
      message: { text: '¿podemos seguir en español?' },
      state: freshState({ language: 'en' }),
    });
    answerFallback(back);
    expect([back.state.language, back.replies]).toEqual([
      'es',
      [{ type: 'text', text: '¡Claro! Seguimos en español.' }],
    ]);
  });

  it('answers a message in a language it does not write with its languages, in each of them, and no fallback', () => {
    const foreign = [
      'bonjour, avez-vous une chambre du 12 au 14 décembre?',
      'olá, gostaria de um quarto para duas noites',
      'Guten Tag, haben Sie ein Zimmer frei?',
      'buongiorno, vorrei prenotare una stanza',
    ];
    const ours = [
      'hola, quiero un cuarto para 2',
      'merci!',
      'a double room for 2 nights',
      'Hola! ¿Las limpiezas son diarias? Merci',
    ];
    expect(foreign.filter((text) => !writesInAnotherLanguage(text))).toEqual([]);
    expect(ours.filter((text) => writesInAnotherLanguage(text))).toEqual([]);
    const turn = makeTurn({ message: { text: foreign[0] } });
    answerFallback(turn);
    expect(turn.replies).toEqual([
      {
        type: 'text',
        text: 'Puedo atenderte en español e inglés: escríbeme en el que prefieras.\nI can help you in Spanish and English: write in whichever you prefer.',
      },
    ]);
    expect([turn.outcome, turn.state.fallbackCount, turn.state.language]).toEqual(['answered', 0, 'es']);
    // However it classifies, with the stay it names.
    const routed = new DialogueRouter().route(
      guestMessage({ text: foreign[0] }),
      parse('check_availability', [entity.range('2026-12-12', '2026-12-14')]),
      freshState(),
    );
    expect(routed.intent).toBeNull();
  });

  it('go to the fallback however the classifier heard them (a goodbye, a handoff)', () => {
    const router = new DialogueRouter();
    for (const intent of ['goodbye', 'human_handoff'] as const) {
      const routed = router.route(guestMessage({ text: '¿habláis alemán?' }), parse(intent), freshState());
      expect(routed.intent).toBeNull();
    }
  });
});

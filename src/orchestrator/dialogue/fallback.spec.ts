import { freshState, makeTurn } from '../../../test/support/turn-fixtures';
import type { Turn } from './turn';
import { answerFallback } from './fallback';

const texts = (turn: Turn): string[] =>
  turn.replies.map((reply) => ('text' in reply ? reply.text : reply.type));

describe('answerFallback', () => {
  it.each([
    ['ah perdón, me equivoqué de número', '¡No pasa nada! 🙂 Esto es Hotel Demo.'],
    ['perdon numero equivocado', '¡No pasa nada! 🙂 Esto es Hotel Demo.'],
    ['sorry, wrong number', 'No worries! 🙂 This is Hotel Demo.'],
    ["oops that wasn't meant for you", 'No worries! 🙂 This is Hotel Demo.'],
    ['hola disculpe, ¿es la pizzería?', 'No, esto es Hotel Demo 🙂'],
    ['is this the dentist?', 'No, this is Hotel Demo 🙂'],
  ])('tells %j kindly where it wrote, never offering a person', (text, start) => {
    const language = start.startsWith('No w') || start.startsWith('No, this') ? 'en' : 'es';
    let state = freshState({ language });
    for (let i = 0; i < 2; i++) {
      const turn = makeTurn({ message: { text }, state });
      answerFallback(turn);
      expect(texts(turn)[0].startsWith(start)).toBe(true);
      expect(turn.outcome).not.toBe('fallback');
      state = turn.state;
    }
    expect(state.fallbackCount).toBe(0);
    expect(state.dialogue.flow).toBeNull();
  });

  it('lets a booking under way go at a wrong number: its question is not asked again', () => {
    const booking = freshState({ dialogue: { flow: 'make_reservation', awaiting: 'guests', slots: {} } });
    const turn = makeTurn({ message: { text: 'perdón, número equivocado' }, state: booking });
    answerFallback(turn);
    expect(texts(turn)).toEqual([
      '¡No pasa nada! 🙂 Esto es Hotel Demo. Si algún día necesitas alojamiento, aquí estamos.',
    ]);
    expect(turn.state.dialogue).toMatchObject({ flow: null, awaiting: null });
  });

  it.each([
    '¿es la habitación doble grande o pequeña?',
    '¿es el total?',
    '¿es la exterior?',
    'is this the concierge?',
  ])('still asks again at %j, a question about the hotel it did not get', (text) => {
    const turn = makeTurn({ message: { text } });
    answerFallback(turn);
    expect(turn.outcome).toBe('fallback');
  });

  it('asks to say it another way, then offers a person on the second in a row', () => {
    const first = makeTurn({ message: { text: 'xq' } });
    answerFallback(first);
    expect(texts(first)).toEqual([
      'Perdona, no te he entendido bien. ¿Me lo dices de otra forma? Puedo ayudarte con disponibilidad, reservas, precios o información del hotel.',
    ]);
    expect([first.outcome, first.state.fallbackCount]).toEqual(['fallback', 1]);
    const second = makeTurn({ message: { text: 'xq' }, state: first.state });
    answerFallback(second);
    expect(texts(second)).toEqual([
      'Parece que no consigo ayudarte. ¿Quieres que te atienda una persona del equipo?',
    ]);
    expect(second.state.dialogue).toMatchObject({ flow: 'human_handoff', awaiting: 'confirmation' });
  });

  it("says a question it cannot answer at a booking question is reception's, then asks the detail again", () => {
    const state = freshState({
      dialogue: { flow: 'make_reservation', awaiting: 'guest_name', slots: { guests: 2 } },
    });
    const turn = makeTurn({ message: { text: '¿hacéis cena de nochevieja?' }, state });
    answerFallback(turn);
    expect(texts(turn)).toEqual([
      'Eso no lo sé, lo siento: en recepción te lo dicen, en el +34 910 000 000.',
      '¿A nombre de quién hago la reserva?',
    ]);
    expect([turn.outcome, turn.state.dialogue.awaiting]).toEqual(['fallback', 'guest_name']);
  });

  it('asks the detail a booking waits for again, with its example, rather than the general question', () => {
    const booking = (awaiting: string, slots: Record<string, unknown> = {}) =>
      freshState({ dialogue: { flow: 'make_reservation', awaiting, slots: { guests: 2, ...slots } } });
    const dates = makeTurn({ message: { text: 'la semana que viene' }, state: booking('dates') });
    answerFallback(dates);
    expect(texts(dates)).toEqual([
      'Perdona, no lo he entendido.',
      '¿Para qué fechas? Por ejemplo: «del 12 al 15 de diciembre» o «3 noches desde el viernes».',
    ]);
    expect(dates.state.dialogue).toMatchObject({ flow: 'make_reservation', awaiting: 'dates' });
    const until = makeTurn({
      message: { text: 'a las 3' },
      state: booking('dates', { checkIn: '2026-12-12' }),
    });
    answerFallback(until);
    expect(texts(until)).toEqual(['Perdona, no lo he entendido.', '¿Hasta qué día? (o dime cuántas noches)']);
    // At the room list, its buttons again.
    const rooms = makeTurn({
      message: { text: 'hmm' },
      state: booking('room_type', {
        options: ['room:double', 'room:suite'],
        optionPrices: { 'room:double': [109] },
      }),
    });
    answerFallback(rooms);
    expect(rooms.replies.at(-1)).toMatchObject({
      type: 'buttons',
      text: '¿Qué habitación prefieres?',
      buttons: [{ id: 'room:double' }, { id: 'room:suite' }],
    });
    expect(rooms.state.dialogue.slots.optionPrices).toEqual({ 'room:double': [109] });
    // Asked a yes or no, there is no detail to ask: the general question.
    const summary = makeTurn({
      message: { text: 'mmm' },
      state: booking('confirmation', { step: 'summary' }),
    });
    answerFallback(summary);
    expect(texts(summary)).toEqual([expect.stringMatching(/^Perdona, no te he entendido bien\./)]);
  });
});

import { makeTurn, parse } from '../../../test/support/turn-fixtures';
import type { IntentName, OtherQuestion } from '../../nlp/nlp.types';
import { IntentHandler } from './intent-handler';
import type { IntentHandlerRegistry } from './intent-handler.registry';
import { answerOtherQuestions } from './other-questions-answered';
import type { Turn } from './turn';

/** Says which intent answered, on which words and entities. */
class Echo extends IntentHandler {
  readonly seen: Array<{ text: string; entities: string[] }> = [];
  constructor(readonly intent: IntentName) {
    super();
  }
  async handle(turn: Turn): Promise<void> {
    this.seen.push({ text: turn.message.text ?? '', entities: turn.nlu.entities.map((e) => e.text) });
    turn.sayText(`[${this.intent}]`);
  }
}

interface Handlers {
  registry: IntentHandlerRegistry;
  echoes: Map<IntentName, Echo>;
}

function handlersOf(): Handlers {
  const echoes = new Map<IntentName, Echo>(
    (['location', 'room_photos', 'hotel_info', 'room_prices', 'human_handoff'] as const).map((intent) => [
      intent,
      new Echo(intent),
    ]),
  );
  return { echoes, registry: { get: (intent: IntentName) => echoes.get(intent) } as IntentHandlerRegistry };
}

const TEXT = 'Can I see the suite? Where are you? Is breakfast included?';
const question = (intent: IntentName, asked: string, askedFirst = false): OtherQuestion => ({
  intent,
  askedFirst,
  start: TEXT.indexOf(asked),
  end: TEXT.indexOf(asked) + asked.length,
});

function turnAsking(questions: OtherQuestion[], intent: IntentName, flow: string | null = null): Turn {
  const nlu = {
    ...parse(intent, [
      { type: 'room_type', value: { roomTypeId: 'suite' }, text: 'suite', start: 14, end: 19 },
      { type: 'info_topic', value: { topic: 'breakfast' }, text: 'breakfast', start: 39, end: 48 },
    ] as never),
    alsoAsked: questions,
  };
  const turn = makeTurn({ nlu, message: { text: TEXT } });
  turn.state.dialogue.flow = flow;
  return turn;
}

describe('answerOtherQuestions', () => {
  it('answers each other question on its own words and entities, after an answer that asks nothing', async () => {
    const handlers = handlersOf();
    const turn = turnAsking(
      [question('location', ' Where are you?'), question('hotel_info', ' Is breakfast included?')],
      'room_photos',
    );
    turn.sayText('photos of the suite');
    await answerOtherQuestions(turn, 'room_photos', handlers.registry);
    expect(turn.replies.map((reply) => (reply as { text: string }).text)).toEqual([
      'photos of the suite',
      '[location]',
      '[hotel_info]',
    ]);
    expect(handlers.echoes.get('location')?.seen).toEqual([{ text: ' Where are you?', entities: [] }]);
    expect(handlers.echoes.get('hotel_info')?.seen).toEqual([
      { text: ' Is breakfast included?', entities: ['breakfast'] },
    ]);
  });

  it('puts the answer first when its question came first, or when the own answer ends with a question', async () => {
    const first = turnAsking([question('room_photos', 'Can I see the suite?', true)], 'location');
    first.sayText('the address');
    await answerOtherQuestions(first, 'location', handlersOf().registry);
    expect(first.replies.map((reply) => (reply as { text: string }).text)).toEqual([
      '[room_photos]',
      'the address',
    ]);
    const booking = turnAsking(
      [question('location', ' Where are you?')],
      'make_reservation',
      'make_reservation',
    );
    booking.sayText('¿Cuál es el código de tu reserva? Por ejemplo: K7QX2M.');
    await answerOtherQuestions(booking, 'make_reservation', handlersOf().registry);
    expect(booking.replies.map((reply) => (reply as { text: string }).text)).toEqual([
      '[location]',
      '¿Cuál es el código de tu reserva? Por ejemplo: K7QX2M.',
    ]);
  });

  it('leaves to a booking the prices and the hotel topics it answers in passing', async () => {
    const turn = turnAsking(
      [question('room_prices', 'Can I see the suite?'), question('hotel_info', ' Is breakfast included?')],
      'check_availability',
    );
    turn.sayText('rooms');
    await answerOtherQuestions(turn, 'check_availability', handlersOf().registry);
    expect(turn.replies).toHaveLength(1);
  });

  it('answers the hotel topics beside a yes that booked, not beside one the booking goes on from', async () => {
    const asked = [question('hotel_info', ' Is breakfast included?')];
    const booked = turnAsking(asked, 'confirm');
    booked.sayText('booked');
    await answerOtherQuestions(booked, 'confirm', handlersOf().registry);
    expect(booked.replies.map((reply) => (reply as { text: string }).text)).toEqual([
      'booked',
      '[hotel_info]',
    ]);
    const goesOn = turnAsking(asked, 'confirm', 'make_reservation');
    goesOn.sayText('the summary again');
    await answerOtherQuestions(goesOn, 'confirm', handlersOf().registry);
    expect(goesOn.replies).toHaveLength(1);
  });

  it('answers nothing beside a fallback, a handoff, or the same intent, nor an intent that is no telling', async () => {
    const fallback = turnAsking([question('location', ' Where are you?')], 'greeting');
    fallback.outcome = 'fallback';
    await answerOtherQuestions(fallback, 'greeting', handlersOf().registry);
    const unrouted = turnAsking([question('location', ' Where are you?')], 'greeting');
    await answerOtherQuestions(unrouted, null, handlersOf().registry);
    const same = turnAsking([question('location', ' Where are you?')], 'location');
    await answerOtherQuestions(same, 'location', handlersOf().registry);
    const handoff = turnAsking([question('human_handoff', ' Where are you?')], 'hotel_info');
    await answerOtherQuestions(handoff, 'hotel_info', handlersOf().registry);
    for (const turn of [fallback, unrouted, same, handoff]) expect(turn.replies).toEqual([]);
  });
});

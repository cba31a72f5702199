import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity, freshState, guestMessage, parse } from '../../../test/support/turn-fixtures';
import type { Entity, ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import { DialogueRouter } from './dialogue-router';

const router = new DialogueRouter();

const atThe = (step: 'offer' | 'summary'): ConversationState =>
  freshState({
    dialogue: {
      flow: 'make_reservation',
      awaiting: 'confirmation',
      slots: { step, checkIn: '2026-12-12', checkOut: '2026-12-15', guests: 2, roomTypeId: 'double' },
    },
  });

const routed = (text: string, nlu: ParseResult, state: ConversationState) =>
  router.route(guestMessage({ text }), nlu, state).intent;

describe('a total asked at a room offered or a summary', () => {
  it.each([
    ['¿cuánto es en total con todo?', parse('room_prices')],
    ["what's the grand total incl. breakfast?", parse('None', [entity.topic('breakfast')], 0.55)],
    ['how much all in?', parse('None', [], 0.4)],
  ] as Array<[string, ParseResult]>)('hears %j as the price question it is', (text, nlu) => {
    expect(routed(text, nlu, atThe('summary'))).toBe('room_prices');
    expect(routed(text, nlu, atThe('offer'))).toBe('room_prices');
  });

  it('leaves a total asked with new details of the stay to the booking', () => {
    const forThree: Entity[] = [entity.guests(3)];
    expect(routed('¿y en total para 3?', parse('room_prices', forThree), atThe('summary'))).toBe(
      'make_reservation',
    );
  });
});

describe('an extra bed asked for', () => {
  const idle = freshState();
  it.each([
    ['¿podéis poner una cama supletoria?', parse('human_handoff', [entity.topic('extra_bed')], 0.39)],
    ['can we get an extra bed?', parse('late_checkout', [entity.topic('extra_bed')], 0.66)],
  ] as Array<[string, ParseResult]>)('hears %j as a question for the hotel', (text, nlu) => {
    expect(routed(text, nlu, idle)).toBe('hotel_info');
  });

  it('leaves an extra bed asked with the stay to the booking', () => {
    const nlu = parse('make_reservation', [entity.guests(3), entity.topic('extra_bed')]);
    expect(routed('una doble para 3 con cama supletoria', nlu, idle)).toBe('make_reservation');
  });
});

describe('a hotel topic heard as the late check-out (QA 31, M5)', () => {
  it('answers "¿se puede poner una cama extra pq somos 4?" with the extra bed, not the late check-out', async () => {
    const dialogue = new RoutedDialogue();
    const reply = await dialogue.say('se puede poner una cama extra pq somos 4?', {
      intent: 'late_checkout',
      entities: [
        ['cama extra', entity.topic('extra_bed')],
        ['somos 4', entity.guests(4)],
      ],
    });
    expect(reply).not.toMatch(/salida tardía/i);
    expect(reply).toMatch(/cama/i);
  });

  it('leaves "¿puedo salir más tarde el domingo?" to the late check-out', async () => {
    const dialogue = new RoutedDialogue();
    expect(await dialogue.say('¿puedo salir más tarde el domingo?', { intent: 'late_checkout' })).toMatch(
      /14:00/,
    );
  });
});

describe('an age limit asked (QA 30, en M10)', () => {
  it.each([
    ['en', 'is there a minimum age to check in', 'check in'],
    ['es', '¿hay que ser mayor de edad para hacer el check-in?', 'check-in'],
  ] as const)(
    '%s "%s" is said to be unknown, not answered with the check-in hour',
    async (language, text, words) => {
      const dialogue = new RoutedDialogue(language);
      const reply = await dialogue.say(text, {
        intent: 'hotel_info',
        language,
        entities: [[words, entity.topic('check_in')]],
      });
      expect(reply).not.toMatch(/15:00/);
      expect(reply).toMatch(/\+34 910 000 000/);
    },
  );
});

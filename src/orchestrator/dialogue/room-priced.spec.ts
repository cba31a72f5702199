import { entity, freshState, guestMessage, parse } from '../../../test/support/turn-fixtures';
import type { ConversationState } from './conversation-state';
import { DialogueRouter } from './dialogue-router';

const router = new DialogueRouter();

const afterTheSinglesRate = (): ConversationState =>
  freshState({ dialogue: { flow: null, awaiting: null, slots: { roomPriced: 'single' } } });

describe('a number of nights asked after one room was priced', () => {
  it.each([
    ['and for 7 nights?', 'check_availability'],
    ['¿y 7 noches?', 'room_prices'],
  ] as const)('hears %j as the price of that room for them', (text, intent) => {
    const routed = router.route(
      guestMessage({ text }),
      parse(intent, [entity.nights(7)]),
      afterTheSinglesRate(),
    );
    expect(routed.intent).toBe('room_prices');
  });

  it('leaves it to the booking under way, or to a stay asked with its days', () => {
    const booking = freshState({
      dialogue: { flow: 'make_reservation', awaiting: 'dates', slots: { roomPriced: 'single' } },
    });
    const nights = parse('check_availability', [entity.nights(7)]);
    expect(router.route(guestMessage({ text: 'and for 7 nights?' }), nights, booking).intent).toBe(
      'make_reservation',
    );
    const withDays = parse('check_availability', [entity.nights(7), entity.date('2026-12-10')]);
    expect(
      router.route(guestMessage({ text: '7 nights from dec 10?' }), withDays, afterTheSinglesRate()).intent,
    ).toBe('check_availability');
  });
});

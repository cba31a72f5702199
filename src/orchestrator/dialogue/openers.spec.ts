import { entity, freshState, guestMessage, makeTurn, parse } from '../../../test/support/turn-fixtures';
import { GreetingHandler } from '../intents/greeting.handler';
import { DialogueRouter } from './dialogue-router';
import { opensAMessage } from './openers';

const router = new DialogueRouter();

describe('a WhatsApp burst: the first messages of one request', () => {
  it.each([
    'una pregunta',
    'Una cosa',
    'mira',
    'te escribo xq',
    'buenas, una duda',
    'quick question',
    'one thing',
  ])('hears %j as the start of a message', (text) => {
    expect(opensAMessage(text)).toBe(true);
  });

  it.each(['una pregunta: ¿tenéis parking?', 'mira, somos 2 del 12 al 14', 'te escribo mañana', 'una doble'])(
    'hears %j as more than that',
    (text) => {
      expect(opensAMessage(text)).toBe(false);
    },
  );

  it('answers "te escribo xq" (heard as a goodbye) and "una cosa" (heard as a yes) with "dime", keeping a booking', async () => {
    for (const [text, heard] of [
      ['te escribo xq', 'goodbye'],
      ['una cosa', 'confirm'],
    ] as const) {
      const routed = router.route(guestMessage({ text }), parse(heard, [], 0.9), freshState());
      expect([text, routed.intent]).toEqual([text, 'greeting']);
      const turn = makeTurn({ nlu: parse('greeting'), message: { text } });
      await new GreetingHandler().handle(turn);
      expect(turn.replies).toEqual([{ type: 'text', text: '¡Claro, dime! 😊' }]);
    }
  });

  it('takes "vale" after an answer about parking as an OK, not as "¿cuánto vale?"', () => {
    const answered = freshState({
      dialogue: {
        flow: null,
        awaiting: null,
        slots: { lastTopics: { intent: 'hotel_info', entities: [entity.topic('parking')] } },
      },
    });
    const ok = router.route(guestMessage({ text: 'vale' }), parse('confirm', [], 0.6), answered);
    expect(ok.intent).toBe('confirm');
    const price = router.route(
      guestMessage({ text: '¿y cuánto vale?' }),
      parse('room_prices', [], 0.6),
      answered,
    );
    expect([price.intent, price.via]).toEqual(['room_prices', 'follow_up']);
  });

  it('reads a request with a party and a holiday period and a parking question, thanked at its end, as the request', () => {
    const text =
      'hola buenas tardes queria saber si teneis habitacion para el puente de diciembre somos dos adultos y un niño de cinco años y si se puede aparcar cerca gracias';
    const routed = router.route(
      guestMessage({ text }),
      parse('thanks', [{ ...entity.guests(3), start: 81, end: 108 }, entity.topic('parking')], 0.5),
      freshState(),
    );
    expect(routed.intent).toBe('check_availability');
  });
});

describe('an extra asked for after a booking', () => {
  const booked = freshState({
    dialogue: { flow: null, awaiting: null, slots: { knownReferences: ['K7QX2M'], lastReference: 'K7QX2M' } },
  });

  it('goes to the booking made ("añade desayuno para los dos", "¿puedo añadir la salida tardía a mi reserva?")', () => {
    const breakfast = router.route(
      guestMessage({ text: 'añade desayuno para los dos' }),
      parse('hotel_info', [entity.topic('breakfast')], 0.8),
      booked,
    );
    expect(breakfast.intent).toBe('reservation_status');
    const late = router.route(
      guestMessage({ text: '¿puedo añadir la salida tardía a mi reserva?' }),
      parse('late_checkout', [entity.topic('check_out')], 0.8),
      booked,
    );
    // Noted for that booking with its terms (QA 26, S16), where only the terms were given before.
    expect(late.intent).toBe('reservation_status');
    const howMuch = router.route(
      guestMessage({ text: '¿cuánto cuesta la salida tardía?' }),
      parse('late_checkout', [entity.topic('check_out')], 0.8),
      booked,
    );
    expect(howMuch.intent).toBe('late_checkout');
    const asked = router.route(
      guestMessage({ text: '¿tenéis parking?' }),
      parse('hotel_info', [entity.topic('parking')], 0.9),
      booked,
    );
    expect(asked.intent).toBe('hotel_info');
  });

  it('takes a change heard as cancelling ("al final somos 3", "can we move it…?") as a change, and a cancellation as one', () => {
    for (const [text, entities] of [
      ['al final somos 3', [entity.guests(3)]],
      ['actually can we move it to the 13th-15th?', [entity.range('2026-12-13', '2026-12-15')]],
    ] as const) {
      const routed = router.route(
        guestMessage({ text }),
        parse('cancel_reservation', [...entities], 0.45),
        booked,
      );
      expect([text, routed.intent]).toEqual([text, 'reservation_status']);
    }
    const cancel = router.route(
      guestMessage({ text: 'al final no vamos, cancélala' }),
      parse('cancel_reservation', [], 0.9),
      booked,
    );
    expect(cancel.intent).toBe('cancel_reservation');
  });
});

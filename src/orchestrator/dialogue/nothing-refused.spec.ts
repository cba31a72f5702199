import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { Language } from '../../nlp/nlp.types';
import { acknowledgesOnly } from './affirmation';

// QA 29, M3: "ok no worries" after a side question answered at "for how many?" dropped the booking.

describe('acknowledgesOnly', () => {
  it.each([
    'ok no worries',
    'no worries',
    'No problem!',
    'ah ok, no probs then',
    "that's fine, thanks",
    'vale, no pasa nada',
    'bueno, no importa',
    'ok no hay problema',
    'sin problema, gracias',
  ])('hears nothing refused in %j', (text) => {
    expect(acknowledgesOnly(text)).toBe(true);
  });

  it.each([
    'no',
    'no thanks',
    'no, for 3',
    'no worries, I will book somewhere else',
    'mejor no',
    'no quiero',
    // Review 31, 8: given up, or a polite no at the rooms.
    'ya no importa',
    "it's ok",
  ])('hears a no in %j', (text) => {
    expect(acknowledgesOnly(text)).toBe(false);
  });
});

describe('a no that refuses nothing, at a booking question', () => {
  it.each<[Language, string, string, string, string, string]>([
    [
      'es',
      'hola, una doble del 5 al 8 de febrero',
      '¿hay parking?',
      'vale, no pasa nada',
      'Vale.\n¿Para cuántas personas?',
      '¿A nombre de quién hago la reserva?',
    ],
    [
      'en',
      'hi, a double for feb 5-8 please',
      'is there parking?',
      'ok no worries',
      'OK.\nFor how many people?',
      'Whose name should the booking be under?',
    ],
  ])(
    '(%s) asks the question again and keeps the booking',
    async (language, request, aside, ack, again, next) => {
      const dialogue = new RoutedDialogue(language);
      const days = language === 'es' ? 'del 5 al 8 de febrero' : 'feb 5-8';
      await dialogue.say(request, {
        intent: 'make_reservation',
        entities: [
          [language === 'es' ? 'doble' : 'double', entity.room('double')],
          [days, entity.range('2027-02-05', '2027-02-08')],
        ],
      });
      await dialogue.say(aside, { intent: 'hotel_info', entities: [['parking', entity.topic('parking')]] });
      expect(await dialogue.say(ack, { intent: 'deny' })).toBe(again);
      expect(dialogue.state.dialogue.flow).toBe('make_reservation');
      expect(await dialogue.say('2', { intent: 'None', entities: [['2', entity.guests(2)]] })).toContain(
        next,
      );
    },
  );

  it('still drops the booking on a plain no', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('hi, a double for feb 5-8 please', {
      intent: 'make_reservation',
      entities: [
        ['double', entity.room('double')],
        ['feb 5-8', entity.range('2027-02-05', '2027-02-08')],
      ],
    });
    expect(await dialogue.say('no, forget it', { intent: 'deny' })).toBe(
      'OK. Can I help with anything else?',
    );
    expect(dialogue.state.dialogue.flow).toBeNull();
  });
});

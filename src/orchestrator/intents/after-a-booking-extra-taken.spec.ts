import { type Reading, RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { IntentName, Language } from '../../nlp/nlp.types';

// Once booked, an extra asked about and then taken ("¿cuánto cuesta el desayuno?" … "vale, añádelo"),
// or asked for loosely ("breakfast for both of us pls", "and parking"): added to that booking, the
// staff told, and the total has it. Through the real router and handlers, each message with the
// reading the NLU gives it.

/** A Doble Estándar for 2, 3–5 Jan (218 €): BOOK1X. */
async function booked(language: Language): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue(language);
  const english = language === 'en';
  await dialogue.say(english ? 'double jan 3-5 for 2' : 'doble del 3 al 5 de enero para 2', {
    intent: 'check_availability',
    language,
    entities: [
      [english ? 'double' : 'doble', entity.room('double', ['superior'])],
      [english ? 'jan 3-5' : 'del 3 al 5 de enero', entity.range('2027-01-03', '2027-01-05')],
      [english ? 'for 2' : 'para 2', entity.guests(2)],
    ],
  });
  await dialogue.say('1', { intent: 'None', language });
  await dialogue.say('Eva Luna', { intent: 'None', language });
  expect(await dialogue.say(english ? 'yes' : 'sí', { intent: 'confirm', language })).toMatch(/^✅ .*BOOK1X/);
  return dialogue;
}

function topicNamed(
  word: string,
  topic: 'breakfast' | 'parking',
  intent: IntentName,
  language: Language,
): Reading {
  return { intent, language, entities: [[word, entity.topic(topic)]] };
}

describe('an extra asked about after a booking, then taken', () => {
  it('is not taken by a yes to something else once another turn came between', async () => {
    const dialogue = await booked('es');
    await dialogue.say(
      '¿cuánto cuesta el desayuno?',
      topicNamed('desayuno', 'breakfast', 'room_prices', 'es'),
    );
    await dialogue.say('gracias', { intent: 'thanks' });
    const answer = await dialogue.say('sí, por favor, ¿me recomiendas un restaurante?', {
      intent: 'hotel_info',
    });
    expect(answer).not.toMatch(/desayuno/);
    expect(dialogue.staffNotices).toEqual([]);
  });

  it.each([
    ['cuanto cuesta el desayuno?', 'vale, añádelo', 'room_prices', 'confirm'],
    ['el desayuno esta incluido?', 'ah pues lo queremos', 'hotel_info', 'None'],
    ['y el desayuno cuanto es?', 'vale ponlo', 'room_prices', 'confirm'],
    ['cuanto cuesta el desayuno?', 'vale, para los dos', 'room_prices', 'confirm'],
    ['cuanto cuesta el desayuno?', 'si, para 2', 'room_prices', 'confirm'],
  ] as const)(
    'adds breakfast after %j, then %j, with the new total',
    async (asked, taken, heard, takenAs) => {
      const dialogue = await booked('es');
      await dialogue.say(asked, topicNamed('desayuno', 'breakfast', heard, 'es'));
      expect(await dialogue.say(taken, { intent: takenAs })).toMatch(
        /Anotado: se lo paso al equipo para tu reserva BOOK1X\.\n• Con desayuno: 14\s€ por persona y noche \(56\s€\), a pagar en el hotel\nTotal con desayuno: 274\s€/,
      );
      expect(dialogue.staffNotices).toEqual([expect.stringMatching(/^🍳 La reserva BOOK1X/)]);
      expect(await dialogue.say('total?', { intent: 'None' })).toMatch(/Total con desayuno: 274\s€/);
      expect(dialogue.pms.requests).toHaveLength(1);
    },
  );

  it.each([
    ['is breakfast included?', 'ok add it please', 'breakfast', 'hotel_info', /With breakfast: €14/],
    ['how much is parking?', 'yes please, we need a spot', 'parking', 'room_prices', /With parking: €18/],
  ] as const)('adds it in English after %j, then %j', async (asked, taken, topic, heard, line) => {
    const dialogue = await booked('en');
    await dialogue.say(asked, topicNamed(topic, topic, heard, 'en'));
    const reply = await dialogue.say(taken, { intent: 'confirm', language: 'en' });
    expect(reply).toMatch(/Noted: I'm passing it on to the team for your booking BOOK1X\./);
    expect(reply).toMatch(line);
    expect(dialogue.staffNotices).toHaveLength(1);
  });

  it('takes nothing from "no, gracias" after the price', async () => {
    const dialogue = await booked('es');
    await dialogue.say(
      'cuanto cuesta el desayuno?',
      topicNamed('desayuno', 'breakfast', 'room_prices', 'es'),
    );
    await dialogue.say('no, gracias', { intent: 'deny' });
    expect(dialogue.staffNotices).toEqual([]);
  });
});

describe('extras asked for loosely right after a booking', () => {
  it('adds "breakfast for both of us pls" and "and parking" to the booking, and the total has both', async () => {
    const dialogue = await booked('en');
    expect(
      await dialogue.say(
        'breakfast for both of us pls',
        topicNamed('breakfast', 'breakfast', 'make_reservation', 'en'),
      ),
    ).toMatch(/for your booking BOOK1X\.\n• With breakfast: €14 per person per night \(€56\)/);
    expect(dialogue.state.dialogue.flow).toBeNull();
    expect(await dialogue.say('and parking', topicNamed('parking', 'parking', 'hotel_info', 'es'))).toMatch(
      /for your booking BOOK1X\.\n• With parking: €18 per night \(€36\)/,
    );
    expect(dialogue.staffNotices).toEqual([expect.stringMatching(/^🚗 La reserva BOOK1X/)]);
    expect(await dialogue.say('how much in total?', { intent: 'room_prices', language: 'en' })).toMatch(
      /^Your booking BOOK1X: .*Total with parking and breakfast: €310 \(room €218 \+ extras €92\)/,
    );
    expect(dialogue.pms.requests).toHaveLength(1);
  });
});

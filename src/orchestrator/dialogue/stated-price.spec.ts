import { type Reading, RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { InfoTopic, IntentName, Language } from '../../nlp/nlp.types';
import { statedAmount } from './stated-price';

// A price the guest states and asks to be confirmed, through the real router and handlers, each
// message with the reading the NLU gives it: never confirmed as said.

const PHONE = '+34 910 000 000';

/** The message heard as `intent`, naming `topic` with `word`. */
function naming(word: string, topic: InfoTopic, intent: IntentName, language?: Language): Reading {
  return { intent, language, entities: [[word, entity.topic(topic)]] };
}

describe('a price stated with a tag question', () => {
  it.each([
    ['el shuttle cuesta 30 euros no?', 'deny', 'es'],
    ['el shuttle cuesta 30 euros no?', 'confirm', 'es'],
    ['the shuttle is 30 euros right?', 'confirm', 'en'],
  ] as const)(
    'answers %j (heard as %s), whose price the data lacks, with the phone to ask',
    async (text, intent, language) => {
      const dialogue = new RoutedDialogue(language);
      const answer = await dialogue.say(text, naming('shuttle', 'amenities', intent, language));
      expect(answer).toBe(
        language === 'es'
          ? `Tenemos traslado al aeropuerto, pero su precio no te lo puedo confirmar desde aquí: llámanos al ${PHONE} y te lo decimos.`
          : `We have an airport shuttle, but I can't confirm the price from here: call us on ${PHONE} and we'll tell you.`,
      );
    },
  );

  it('corrects a wrong price of breakfast or parking with the hotel\'s own: "el desayuno son 10 euros no?"', async () => {
    const dialogue = new RoutedDialogue();
    expect(
      await dialogue.say('el desayuno son 10 euros no?', naming('desayuno', 'breakfast', 'room_prices')),
    ).toMatch(/^No, no son 10\s€\.\nEl desayuno no está incluido: cuesta 14\s€ por persona/);
    expect(await dialogue.say('el parking cuesta 5 euros no?', naming('parking', 'parking', 'deny'))).toMatch(
      /^No, no son 5\s€\.\nSí, tenemos parking, a 18\s€ la noche\.$/,
    );
  });

  it('corrects it in English, and says so when it is right', async () => {
    const dialogue = new RoutedDialogue('en');
    expect(
      await dialogue.say('breakfast is 10 euros right?', naming('breakfast', 'breakfast', 'confirm', 'en')),
    ).toMatch(/^No, it isn't €10\.\nBreakfast isn't included: it's €14 per person/);
    expect(
      await dialogue.say('the parking is 18 euros right?', naming('parking', 'parking', 'hotel_info', 'en')),
    ).toBe("That's right.\nYes, we have parking, €18 per night.");
  });

  it('books nothing when stated at a summary (heard as its yes): answered, and the summary stands', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('una doble para 2 del 12 al 14 de diciembre', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['para 2', entity.guests(2)],
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
      ],
    });
    await dialogue.say('Nuria Castro', { intent: 'None' });
    const asked = await dialogue.say(
      'el desayuno son 10 euros no?',
      naming('desayuno', 'breakfast', 'confirm'),
    );
    expect(asked).toMatch(/^No, no son 10\s€\.\nEl desayuno no está incluido: cuesta 14\s€/);
    expect(asked).not.toMatch(/✅/);
    expect(dialogue.pms.requests).toHaveLength(0);
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
  });
});

describe('whether an amenity is free, or included', () => {
  it.each([
    ['el traslado es gratis?', 'traslado', 'es'],
    ['¿el gimnasio está incluido?', 'gimnasio', 'es'],
    ['is the gym free for guests?', 'gym', 'en'],
    ['is the shuttle included?', 'shuttle', 'en'],
  ] as const)('answers %j as a price question, never a plain yes', async (text, word, language) => {
    const dialogue = new RoutedDialogue(language);
    const answer = await dialogue.say(text, naming(word, 'amenities', 'hotel_info', language));
    expect(answer).toMatch(
      language === 'es' ? /pero su precio no te lo puedo confirmar/ : /but I can't confirm the price/,
    );
  });

  it.each([
    ['¿cobráis el wifi?', 'es', 'Tenemos wifi gratis (red «HotelDemo-Guest»).'],
    ['do you charge for wifi?', 'en', 'We have free wifi (network "HotelDemo-Guest").'],
  ] as const)(
    'answers %j (heard as the rates) from the data: the wifi is free',
    async (text, language, reply) => {
      const dialogue = new RoutedDialogue(language);
      expect(await dialogue.say(text, naming('wifi', 'wifi', 'room_prices', language))).toBe(reply);
    },
  );
});

describe('statedAmount', () => {
  it.each([
    ['el shuttle cuesta 30 euros no?', 30],
    ['the shuttle is €30, right', 30],
    ['el parking son 12,50€ verdad?', 12.5],
    ['breakfast is 10 bucks correct?', 10],
    ['the shuttle is 30 euros', null],
    ['llegamos a las 10, ¿no?', null],
    ['somos 2 personas, ¿no?', null],
    ['¿El desayuno está incluido en los 90 €?', null],
    ['el total son 300 € con desayuno, ¿no?', null],
  ] as const)('reads %j as %p', (text, amount) => {
    expect(statedAmount(text)).toBe(amount);
  });
});

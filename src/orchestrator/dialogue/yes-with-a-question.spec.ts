import { atTheDecemberSummary as summary } from '../../../test/support/summary-dialogue';
import { entity, parse } from '../../../test/support/turn-fixtures';
import type { Entity, IntentName, Language } from '../../nlp/nlp.types';
import { yesWithAQuestion } from './yes-with-a-question';

// A yes at the summary with a question after it (QA 28, E20: "yes confirm. btw what's the wifi
// password?" answered the wifi and asked for the booking again). Through the real router and handlers.

describe('a yes with a question after it, at the summary', () => {
  it.each<[Language, string, IntentName, Array<[string, Entity]>, RegExp]>([
    [
      'en',
      "yes confirm. btw what's the wifi password?",
      'hotel_info',
      [['wifi', entity.topic('wifi')]],
      /free wifi \(network "HotelDemo-Guest"\)/,
    ],
    [
      'es',
      'sí, confirmo. Por cierto, ¿cuál es la clave del wifi?',
      'hotel_info',
      [['wifi', entity.topic('wifi')]],
      /wifi gratis \(red «HotelDemo-Guest»\)/,
    ],
    ['es', 'sí, ¿dónde estáis exactamente?', 'location', [], /^Estamos en Calle Mayor 10/m],
  ])('[%s] "%s" (heard as %s) books, then answers', async (language, text, intent, entities, answer) => {
    const dialogue = await summary(language);
    const reply = await dialogue.say(text, { intent, language, entities });
    expect(dialogue.pms.requests).toHaveLength(1);
    expect(reply).toMatch(/^✅ /);
    expect(reply).toMatch(answer);
    expect(reply.search(answer)).toBeGreaterThan(reply.indexOf('✅'));
    expect(dialogue.state.dialogue.awaiting).toBeNull();
  });

  it('asks again, booking nothing, when the question is to be answered first', async () => {
    const dialogue = await summary('en');
    const reply = await dialogue.say('yes, but first, is breakfast included?', {
      intent: 'hotel_info',
      language: 'en',
      entities: [['breakfast', entity.topic('breakfast')]],
    });
    expect(dialogue.pms.requests).toHaveLength(0);
    expect(reply).toMatch(/^Breakfast isn't included/);
    expect(reply).toMatch(/is still waiting\. Shall I confirm it\?$/);
  });

  it.each<[string, Array<[string, Entity]>]>([
    // An extra asked after the yes changes the booking (review 29: booked without it).
    ['sí, ¿me podéis poner parking?', [['parking', entity.topic('parking')]]],
    ['sí, pero ¿el desayuno está incluido?', [['desayuno', entity.topic('breakfast')]]],
    // Whether breakfast comes with it may change the yes: asked again after the answer.
    ['yes please. Also, is breakfast included?', [['breakfast', entity.topic('breakfast')]]],
  ])('books nothing on "%s": the question first', async (text, entities) => {
    const language = /^yes/.test(text) ? 'en' : 'es';
    const dialogue = await summary(language);
    const reply = await dialogue.say(text, { intent: 'hotel_info', language, entities });
    expect(dialogue.pms.requests).toHaveLength(0);
    expect(reply).toMatch(/(?:¿La confirmo|Shall I confirm it)\?$/);
  });

  it('still answers a question with no yes before it, and asks again', async () => {
    const dialogue = await summary('es');
    const reply = await dialogue.say('¿Cuál es la clave del wifi? Sí', {
      intent: 'hotel_info',
      language: 'es',
      entities: [['wifi', entity.topic('wifi')]],
    });
    expect(dialogue.pms.requests).toHaveLength(0);
    expect(reply).toMatch(/¿La confirmo\?$/);
  });
});

describe('yesWithAQuestion', () => {
  const TEXT = "yes confirm. btw what's the wifi password?";

  it('is the yes, with the question as another of the message, where it is', () => {
    const reading = yesWithAQuestion(TEXT, parse('hotel_info'));
    expect(reading?.intent).toBe('confirm');
    expect(reading?.alsoAsked).toEqual([
      { intent: 'hotel_info', askedFirst: false, start: 'yes confirm.'.length, end: TEXT.length },
    ]);
  });

  it.each([
    ['a question not told by the hotel', TEXT, 'room_prices'],
    ['no question after the yes', 'yes confirm. I need the wifi password.', 'hotel_info'],
    ['more than a yes before it', 'yes but with 3 guests. is there wifi?', 'hotel_info'],
    ['the question first', 'sí, pero antes: ¿hay parking?', 'hotel_info'],
  ])('is nothing with %s', (_, text, intent) => {
    expect(yesWithAQuestion(text, parse(intent as IntentName))).toBeUndefined();
  });
});

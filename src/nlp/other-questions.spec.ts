import type { IntentClassification, IntentClassifier } from './intent-classifier';
import { otherQuestions } from './other-questions';

/** A classifier that reads each part as the table says (the trained model is not the unit here). */
function readingAs(table: Record<string, IntentClassification>): IntentClassifier {
  return {
    classify: async (text: string) => table[text] ?? { intent: 'None', confidence: 0 },
  } as unknown as IntentClassifier;
}

describe('otherQuestions', () => {
  const request = 'Quiero una doble del 12 al 15 para 2.';
  const question = '¿Dónde estáis ubicados?';
  const text = `${request} ${question}`;

  it('reads a message as its one request when the whole reads as what no part is', async () => {
    const model = readingAs({
      [request]: { intent: 'make_reservation', confidence: 0.78 },
      [question]: { intent: 'location', confidence: 0.9 },
    });
    const read = await otherQuestions(model, text, 'es', { intent: 'check_availability', confidence: 0.47 });
    expect(read.reading).toEqual({ intent: 'make_reservation', confidence: 0.78 });
    expect(read.questions).toEqual([
      { intent: 'location', askedFirst: false, start: text.indexOf(` ${question}`), end: text.length },
    ]);
  });

  it('keeps the whole’s reading when a part reads as it, or the statement is a greeting', async () => {
    const asItsPart = readingAs({
      [request]: { intent: 'check_availability', confidence: 0.6 },
      [question]: { intent: 'location', confidence: 0.9 },
    });
    expect(
      (await otherQuestions(asItsPart, text, 'es', { intent: 'check_availability', confidence: 0.5 })).reading
        .intent,
    ).toBe('check_availability');
    // A greeting states no request: the whole's reading stands, the question beside it.
    const greeting = 'Hola buenas, soy Ana.';
    const asked = '¿Dónde están exactamente?';
    const social = readingAs({
      [greeting]: { intent: 'greeting', confidence: 0.95 },
      [asked]: { intent: 'location', confidence: 0.9 },
    });
    const read = await otherQuestions(social, `${greeting} ${asked}`, 'es', {
      intent: 'hotel_info',
      confidence: 0.6,
    });
    expect(read.reading).toEqual({ intent: 'hotel_info', confidence: 0.6 });
    expect(read.questions.map((question) => question.intent)).toEqual(['location']);
    // A request read less surely than the whole does not overrule it (review 31, 6).
    const unsure = readingAs({
      [request]: { intent: 'make_reservation', confidence: 0.55 },
      [question]: { intent: 'location', confidence: 0.9 },
    });
    expect(
      (await otherQuestions(unsure, text, 'es', { intent: 'check_availability', confidence: 0.7 })).reading
        .intent,
    ).toBe('check_availability');
  });

  it('splits a second question joined by "and" inside one sentence, not a sentence opening with it', async () => {
    const joined = 'is there an airport shuttle, and how far is the Prado?';
    const model = readingAs({
      'is there an airport shuttle': { intent: 'hotel_info', confidence: 0.9 },
      'how far is the Prado?': { intent: 'location', confidence: 0.8 },
      'how much is a double?': { intent: 'room_prices', confidence: 0.9 },
      'and where are you exactly?': { intent: 'location', confidence: 0.8 },
    });
    expect(
      (await otherQuestions(model, joined, 'en', { intent: 'hotel_info', confidence: 0.7 })).questions,
    ).toEqual([
      { intent: 'location', askedFirst: false, start: joined.indexOf('how far'), end: joined.length },
    ]);
    // A price joined asks about the first part: no question of its own (review 31, 1).
    const priced = '¿tienen parking y cuánto cuesta?';
    const pricing = readingAs({ 'cuánto cuesta?': { intent: 'room_prices', confidence: 0.9 } });
    expect(
      (await otherQuestions(pricing, priced, 'es', { intent: 'hotel_info', confidence: 0.8 })).questions,
    ).toEqual([]);
    const opening = 'how much is a double? and where are you exactly?';
    expect(
      (await otherQuestions(model, opening, 'en', { intent: 'room_prices', confidence: 0.7 })).questions,
    ).toEqual([
      { intent: 'location', askedFirst: false, start: opening.indexOf(' and where'), end: opening.length },
    ]);
  });
});

describe('otherQuestions: the questions read as the message’s own intent', () => {
  it('gives where they are, in a message of several parts', async () => {
    const request = 'we would like to add breakfast and parking please.';
    const question = 'Also what time is check out?';
    const text = `${request} ${question}`;
    const model = readingAs({
      [request]: { intent: 'hotel_info', confidence: 0.7 },
      [question]: { intent: 'hotel_info', confidence: 0.9 },
    });
    const read = await otherQuestions(model, text, 'en', { intent: 'hotel_info', confidence: 0.99 });
    expect(read.questions).toEqual([]);
    expect(read.own).toEqual([{ start: request.length, end: text.length }]);
  });

  it('gives none for a message of one part, nor for a statement of the intent', async () => {
    const model = readingAs({ 'Do you have parking?': { intent: 'hotel_info', confidence: 0.9 } });
    expect(
      (await otherQuestions(model, 'Do you have parking?', 'en', { intent: 'hotel_info', confidence: 0.9 }))
        .own,
    ).toEqual([]);
    const statement = readingAs({
      'We want parking.': { intent: 'hotel_info', confidence: 0.8 },
      'Where are you?': { intent: 'location', confidence: 0.9 },
    });
    const text = 'We want parking. Where are you?';
    expect(
      (await otherQuestions(statement, text, 'en', { intent: 'hotel_info', confidence: 0.8 })).own,
    ).toEqual([]);
  });
});

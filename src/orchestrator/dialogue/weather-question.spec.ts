import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

const WEATHER_EN =
  "I don't have the weather forecast, sorry 🙂 Any weather app will have it. Can I help with anything about your stay?";

describe('a question about the weather (QA 24, E12)', () => {
  it.each<[string, Parameters<RoutedDialogue['say']>[1]]>([
    // Before, "next week" started a booking, which then asked for the days.
    [
      "hi, what's the weather like in madrid next week?",
      { intent: 'None', entities: [['next week', entity.range('2026-11-30', '2026-12-07')]] },
    ],
    // Before: "Goodbye!".
    ['will it rain tomorrow?', { intent: 'goodbye', entities: [['tomorrow', entity.date('2026-11-29')]] }],
    ['is it going to be cold in december?', { intent: 'None' }],
  ])('says the bot does not know it, to %j', async (text, reading) => {
    const dialogue = new RoutedDialogue('en');
    expect(await dialogue.say(text, reading)).toBe(WEATHER_EN);
    expect(dialogue.state.dialogue.flow).toBeNull();
    // The offer of help is taken up by a bare yes.
    expect(await dialogue.say('yes', { intent: 'confirm' })).toBe('Sure, go ahead! 😊');
  });

  it('answers in Spanish', async () => {
    const dialogue = new RoutedDialogue();
    expect(
      await dialogue.say('¿qué tiempo va a hacer este finde?', {
        intent: 'None',
        entities: [['este finde', entity.range('2026-11-28', '2026-11-29')]],
      }),
    ).toMatch(/^No tengo la previsión del tiempo/);
  });

  it('leaves a room asked for with it to the booking flow', async () => {
    const dialogue = new RoutedDialogue();
    const reply = await dialogue.say('hola, ¿tenéis doble para este finde? ¿y qué tiempo hará?', {
      intent: 'check_availability',
      entities: [
        ['doble', entity.room('double')],
        ['este finde', entity.range('2026-11-28', '2026-11-29')],
      ],
    });
    expect(reply).toBe('¿Para cuántas personas?');
  });

  it.each([
    ['is there a rain shower in the room?'],
    ['¿la habitación tiene ducha de lluvia?'],
    // Without the word "room", and the cold indoors (review 26, R15).
    ['do the bathrooms have a rain shower?'],
    ['¿hace frío por la noche? ¿hay calefacción?'],
  ])('does not hear the weather in %j', async (text) => {
    const dialogue = new RoutedDialogue();
    expect(await dialogue.say(text, { intent: 'hotel_info' })).not.toMatch(/weather|tiempo/);
  });
});

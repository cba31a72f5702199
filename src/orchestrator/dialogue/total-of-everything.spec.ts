import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { asksTotalOfEverything } from './total-of-everything';

// "Total for everything?" (heard as a thanks, "…for everything") asks the total: of the guest's
// bookings when the conversation has any, else the rates. Through the real router and handlers.

/** A Standard Double for 2, `from`–`to` December, booked in English under Amy Lee. */
async function bookADouble(dialogue: RoutedDialogue, from: number, to: number): Promise<string> {
  await dialogue.say(`a double from dec ${from} to ${to} for 2`, {
    intent: 'check_availability',
    language: 'en',
    entities: [
      ['double', entity.room('double', ['superior'])],
      [`dec ${from} to ${to}`, entity.range(`2026-12-${from}`, `2026-12-${to}`)],
      ['for 2', entity.guests(2)],
    ],
  });
  await dialogue.say('yes', { intent: 'confirm', language: 'en' });
  await dialogue.say('Amy Lee', { intent: 'None', language: 'en' });
  return dialogue.say('yes', { intent: 'confirm', language: 'en' });
}

describe('the total of everything asked', () => {
  it('reads "total for everything?" and "¿total de todo?" as a total asked, not "thanks for everything"', () => {
    expect(
      ['total for everything?', 'and the total of it all?', '¿total de todo?'].map(asksTotalOfEverything),
    ).toEqual([true, true, true]);
    expect(['thanks for everything!', 'totally', 'gracias por todo'].map(asksTotalOfEverything)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('answers "total for everything?" (heard as thanks) after a booking with its total', async () => {
    const dialogue = new RoutedDialogue('en');
    expect(await bookADouble(dialogue, 12, 14)).toMatch(/^✅ .*BOOK1X/);
    expect(await dialogue.say('total for everything?', { intent: 'thanks', language: 'en' })).toMatch(
      /^Your booking BOOK1X: Standard Double, .*Total for the stay: €218 \(2 nights\), paid at the hotel\.$/,
    );
    expect(
      await dialogue.say("what's the total for everything?", { intent: 'None', language: 'en' }),
    ).toMatch(/^Your booking BOOK1X: .*€218/);
  });

  it('adds up every booking of the conversation, of other stays too', async () => {
    const dialogue = new RoutedDialogue('en');
    await bookADouble(dialogue, 12, 14);
    expect(await bookADouble(dialogue, 20, 23)).toMatch(/^✅ .*BOOK2X/);
    expect(await dialogue.say('total for everything?', { intent: 'thanks', language: 'en' })).toMatch(
      /^Your 2 bookings:\n• BOOK1X: Standard Double, .*€218\n• BOOK2X: Standard Double, .*€327\nTotal for all: €545, paid at the hotel\.$/,
    );
    expect(await dialogue.say("what's the total?", { intent: 'None', language: 'en' })).toMatch(
      /^Your booking BOOK2X: .*€327/,
    );
  });

  it('answers it with the rates when nothing is booked', async () => {
    const dialogue = new RoutedDialogue('en');
    expect(await dialogue.say('total for everything?', { intent: 'thanks', language: 'en' })).toMatch(
      /^Our nightly rates:/,
    );
    expect(
      await dialogue.say("what's the total for everything?", { intent: 'None', language: 'en' }),
    ).toMatch(/^Our nightly rates:/);
  });

  it('still thanks a "thanks for everything!", booked or not', async () => {
    const dialogue = new RoutedDialogue('en');
    expect(await dialogue.say('thanks for everything!', { intent: 'thanks', language: 'en' })).toMatch(
      /^You're welcome!/,
    );
    await bookADouble(dialogue, 12, 14);
    expect(await dialogue.say('thanks for everything!', { intent: 'thanks', language: 'en' })).toMatch(
      /^You're welcome!/,
    );
  });

  it('keeps a thanks or a goodbye that mentions the total a thanks or a goodbye', async () => {
    const dialogue = new RoutedDialogue('en');
    expect(await dialogue.say('ok thanks, the total is fine', { intent: 'thanks', language: 'en' })).toMatch(
      /^You're welcome!/,
    );
    expect(await dialogue.say('vale gracias, el total está bien', { intent: 'thanks' })).not.toMatch(
      /tarifas/,
    );
  });

  it("adds up every booking only when they are all asked for, not for one stay's all-in total", async () => {
    const dialogue = new RoutedDialogue('en');
    await bookADouble(dialogue, 12, 14);
    await bookADouble(dialogue, 20, 22);
    for (const text of [
      'what is the total with everything?',
      'the total for all nights?',
      'total with all taxes?',
    ])
      expect(await dialogue.say(text, { intent: 'room_prices', language: 'en' })).not.toMatch(
        /Total for all/,
      );
    expect(
      await dialogue.say('what is the total for both bookings?', { intent: 'room_prices', language: 'en' }),
    ).toMatch(/Total for all: €436/);
  });

  it.each([
    ['gracias! y cuánto sería el total?', 'es'],
    ['thanks! what would the total be?', 'en'],
  ] as const)('gives the rates at a total asked after a thanks: %j', async (text, language) => {
    const dialogue = new RoutedDialogue(language);
    expect(await dialogue.say(text, { intent: 'thanks', language })).toMatch(
      /^(?:Nuestras tarifas|Our nightly rates)/,
    );
  });
});

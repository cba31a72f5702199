import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import type { Entity } from '../../nlp/nlp.types';
import { entity } from '../../../test/support/turn-fixtures';

// The stay changed at a summary in words QA 28 found ignored or misread (E2): a night added, a later
// day to leave, the month corrected. Through the real router and handlers.

async function summary(): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue('en');
  const reply = await dialogue.say('book a double 10-12 dec for 2, name Ann Lee', {
    intent: 'make_reservation',
    language: 'en',
    entities: [
      ['double', entity.room('double')],
      ['10-12 dec', entity.range('2026-12-10', '2026-12-12')],
      ['for 2', entity.guests(2)],
      ['Ann Lee', entity.name('Ann Lee')],
    ],
  });
  expect(reply).toMatch(/Thu, Dec 10 to Sat, Dec 12 \(2 nights\)/);
  return dialogue;
}

describe('the stay changed at a summary', () => {
  it.each<[string, string, Array<[string, Entity]>, RegExp]>([
    [
      'can we add another night?',
      'make_reservation',
      [['another night', entity.nights(1)]],
      /Dec 10 to Sun, Dec 13 \(3 nights\)/,
    ],
    [
      'can we stay until the 13th?',
      'late_checkout',
      [['until the 13th', entity.date('2026-12-13')]],
      /Dec 10 to Sun, Dec 13 \(3 nights\)/,
    ],
    [
      'no wait, wrong month, I meant january',
      'deny',
      [['no wait, wrong month, I meant january', entity.month(1)]],
      /Sun, Jan 10, 2027 to Tue, Jan 12, 2027/,
    ],
    [
      'same dates but in january',
      'deny',
      [['same dates but in january', entity.month(1)]],
      /Sun, Jan 10, 2027 to Tue, Jan 12, 2027/,
    ],
  ])('"%s" changes it (heard as %s)', async (text, intent, entities, stay) => {
    const dialogue = await summary();
    const reply = await dialogue.say(text, { intent: intent as never, language: 'en', entities });
    expect(reply).toMatch(/^Here's your booking:/);
    expect(reply).toMatch(stay);
  });

  it('still answers an hour asked for the last day as the late check-out', async () => {
    const dialogue = await summary();
    const reply = await dialogue.say('can we stay until 2pm?', { intent: 'late_checkout', language: 'en' });
    expect(reply).toMatch(/^Late check-out is available until 14:00/);
    expect(reply).toMatch(/Dec 10 to Sat, Dec 12, is still waiting/);
  });
});

describe('an extra asked about at a summary, to be added if there is one (QA 28, E7)', () => {
  it('adds the parking to "do you have parking? if so add it"', async () => {
    const dialogue = await summary();
    const reply = await dialogue.say('do you have parking? if so add it', {
      intent: 'hotel_info',
      language: 'en',
      entities: [['parking', entity.topic('parking')]],
    });
    expect(reply).toMatch(/With parking: €18 per night \(€36\)[\s\S]*Total with extras: €254/);
  });

  it('adds only the extra the "if so" is said of (review 28, 5)', async () => {
    const dialogue = await summary();
    const reply = await dialogue.say('do you have parking? if so add it. Is breakfast included?', {
      intent: 'hotel_info',
      language: 'en',
      entities: [
        ['parking', entity.topic('parking')],
        ['breakfast', entity.topic('breakfast')],
      ],
    });
    expect(reply).toMatch(/With parking: €18 per night/);
    expect(reply).not.toMatch(/With breakfast|add breakfast/);
  });

  it('only answers "do you have parking?" asked alone', async () => {
    const dialogue = await summary();
    const reply = await dialogue.say('do you have parking?', {
      intent: 'hotel_info',
      language: 'en',
      entities: [['parking', entity.topic('parking')]],
    });
    expect(reply).toMatch(/^Yes, we have parking/);
    expect(reply).not.toMatch(/With parking/);
  });
});

describe('a pause asked at the rooms listed (QA 28, E10: "let me ask my wife" got the map)', () => {
  it('waits, and the room named next is booked', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('room for 2 from 10 to 12 dec', {
      intent: 'check_availability',
      language: 'en',
      entities: [
        ['10 to 12 dec', entity.range('2026-12-10', '2026-12-12')],
        ['for 2', entity.guests(2)],
      ],
    });
    const reply = await dialogue.say('hmm let me ask my wife and get back to you', {
      intent: 'location',
      language: 'en',
    });
    expect(reply).toBe("Of course, take your time. When you've decided, just tell me which room you'd like.");
    const next = await dialogue.say('the superior', {
      intent: 'make_reservation',
      language: 'en',
      entities: [['superior', entity.room('superior')]],
    });
    expect(next).toMatch(/^Whose name should the booking be under\?/);
  });
});

describe('more rooms asked at a summary (QA 28, E21: two doubles, 1 guest each, unasked)', () => {
  it('lists the rooms for each share when the room chosen sleeps more', async () => {
    const dialogue = await summary();
    const reply = await dialogue.say('make it 2 rooms', {
      intent: 'make_reservation',
      language: 'en',
      entities: [['2 rooms', entity.rooms(2)]],
    });
    expect(reply).toMatch(
      /^From Thu, Dec 10 to Sat, Dec 12 \(2 nights\), 2 guests, we have:\n• Single Room: €79\/night, €158 per room, €316 for both\n/,
    );
    expect(reply).toMatch(/For 2 rooms: prices are per room, for 1 guest/);
  });

  it('keeps the room named with them', async () => {
    const dialogue = await summary();
    const reply = await dialogue.say('make it 2 rooms, both doubles', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['2 rooms', entity.rooms(2)],
        ['doubles', entity.room('double')],
      ],
    });
    expect(reply).not.toMatch(/Single Room/);
    expect(reply).toMatch(/Standard Double/);
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

const POLICY =
  /^Free cancellation up to 48 hours before arrival; later cancellations are charged the first night\./;

describe('the cancellation policy asked beside a stay (QA 26, E9)', () => {
  it('answers both, heard as an availability question', async () => {
    const dialogue = new RoutedDialogue('en');
    const reply = await dialogue.say(
      'Do you have a double from 15 to 17 december for 2 adults? and what is the cancellation policy?',
      {
        intent: 'check_availability',
        entities: [
          ['double', entity.room('double')],
          ['15 to 17 december', entity.range('2026-12-15', '2026-12-17')],
          ['2 adults', entity.guests(2)],
          ['cancellation policy', entity.topic('cancellation_policy')],
        ],
      },
    );
    // Before: the rooms alone.
    expect(reply).toMatch(POLICY);
    expect(reply).toMatch(/From Tue, Dec 15 to Thu, Dec 17 \(2 nights\)/);
  });

  it('answers both, heard as a cancellation', async () => {
    const dialogue = new RoutedDialogue('en');
    const reply = await dialogue.say(
      'Hi! Single room 15-17 dec? And can I cancel for free if my plans change?',
      {
        intent: 'cancel_reservation',
        entities: [
          ['Single room', entity.room('single')],
          ['15-17 dec', entity.range('2026-12-15', '2026-12-17')],
          ['cancel for free', entity.topic('cancellation_policy')],
        ],
      },
    );
    // Before: the policy alone.
    expect(reply).toMatch(POLICY);
    expect(reply).toMatch(/From Tue, Dec 15 to Thu, Dec 17 \(2 nights\), 1 guest/);
  });

  it('answers the terms alone when no stay is asked', async () => {
    const dialogue = new RoutedDialogue('en');
    expect(
      await dialogue.say('can I cancel for free if my plans change?', {
        intent: 'cancel_reservation',
        entities: [['cancel for free', entity.topic('cancellation_policy')]],
      }),
    ).toMatch(/^Free cancellation up to 48 hours before arrival[^\n]*$/);
  });
});

describe('a hotel question beside a room and its days, heard as the question (QA 28, E5: the rooms were dropped)', () => {
  it.each([
    ['single room 14-18 dec pls. do you do airport shuttle?', 'shuttle', 'amenities', /airport shuttle/],
    [
      'I need a single room 14-18 dec, and I need an invoice for my company',
      'invoice',
      'invoice',
      /invoice your stay/,
    ],
  ] as const)('"%s" gets its answer and the rooms', async (text, words, topic, answer) => {
    const dialogue = new RoutedDialogue('en');
    const reply = await dialogue.say(text, {
      intent: 'hotel_info',
      language: 'en',
      entities: [
        ['single room', entity.room('single')],
        ['14-18 dec', entity.range('2026-12-14', '2026-12-18')],
        [words, entity.topic(topic)],
      ],
    });
    expect(reply).toMatch(answer);
    expect(reply).toMatch(
      /From Mon, Dec 14 to Fri, Dec 18 \(4 nights\), 1 guest, we have:\n• Single Room: €79\/night/,
    );
  });

  it('answers a question about the room alone, with no days, as a question', async () => {
    const reply = await new RoutedDialogue('en').say('is breakfast included in the room?', {
      intent: 'hotel_info',
      language: 'en',
      entities: [['breakfast', entity.topic('breakfast')]],
    });
    expect(reply).toMatch(/^Breakfast isn't included/);
    expect(reply).not.toMatch(/we have:/);
  });
});

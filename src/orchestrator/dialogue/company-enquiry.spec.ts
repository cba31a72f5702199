import type { Entity } from '../../nlp/nlp.types';
import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// A company's e-mail asking rooms for its people, with an invoice and the wifi asked too (heard as a
// hotel question): the rooms for the stay, the questions answered beside them (QA 27, E11: only the
// invoice and the wifi were answered). Through the real router and handlers.

const aRoomEach: Entity = { type: 'rooms', value: { rooms: 2, parties: [1, 1] }, text: '', start: 0, end: 0 };

const EMAIL =
  'I am writing on behalf of my company to request accommodation for two of our consultants. They will arrive on Monday 14 December and depart on Friday 18 December. Each will require a single room. Could you please confirm availability and the nightly rate, and let me know whether invoices can be issued to the company?';

describe('a company enquiry by e-mail', () => {
  it('offers a room each for the stay and answers the invoice beside them', async () => {
    const dialogue = new RoutedDialogue('en');
    const reply = await dialogue.say(EMAIL, {
      intent: 'hotel_info',
      language: 'en',
      entities: [
        ['for two of our consultants', entity.guests(2)],
        ['on Monday 14 December and depart on Friday 18 December', entity.range('2026-12-14', '2026-12-18')],
        ['Each will require a single room', aRoomEach],
        ['single room', entity.room('single')],
        ['invoices', entity.topic('invoice')],
      ],
    });
    expect(reply).toMatch(/we can invoice/);
    expect(reply).toMatch(
      /From Mon, Dec 14 to Fri, Dec 18 \(4 nights\), 2 guests, we have:\n• Single Room: €79\/night, €316 per room, €632 for both/,
    );
  });

  it('still answers an invoice asked alone', async () => {
    const dialogue = new RoutedDialogue();
    expect(
      await dialogue.say('¿me podéis hacer una factura?', {
        intent: 'make_reservation',
        entities: [['factura', entity.topic('invoice')]],
      }),
    ).toMatch(/^Sí, te hacemos factura/);
  });
});

import { reservation } from '../../../test/support/booked-pms';
import type { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { atTheDecemberSummary } from '../../../test/support/summary-dialogue';
import { entity, makeTurn, parse } from '../../../test/support/turn-fixtures';
import { asksForConfirmationEmail, noteConfirmationEmail } from './confirmation-email';

// The confirmation of a booking made, asked for by e-mail (QA 28, E19: its status was read out, and
// the address given next was not understood). Through the real router and handlers.

async function booked(): Promise<RoutedDialogue> {
  const dialogue = await atTheDecemberSummary('en');
  expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/^✅ .*BOOK1X/);
  return dialogue;
}

describe('a confirmation e-mail asked for once booked', () => {
  it('asks for the address, then passes it to the staff', async () => {
    const dialogue = await booked();
    expect(
      await dialogue.say('can you send me a confirmation email?', {
        intent: 'reservation_status',
        language: 'en',
      }),
    ).toBe(
      "Tell me your e-mail address and I'll pass it to the team so they send you the confirmation of booking BOOK1X.",
    );
    const noted = await dialogue.say('my email is ann.lee@gmail.com', {
      intent: 'None',
      language: 'en',
      entities: [['ann.lee@gmail.com', entity.email('ann.lee@gmail.com')]],
    });
    expect(noted).toBe(
      "Noted: I'll pass your e-mail (ann.lee@gmail.com) to the team so they send you the confirmation of booking BOOK1X.",
    );
    expect(dialogue.staffNotices).toEqual([
      expect.stringMatching(
        /^📧 La reserva BOOK1X \(.*Ann Lee\) pide la confirmación por e-mail a ann\.lee@gmail\.com\.$/,
      ),
    ]);
  });

  it("still gives the hotel's own address when asked for it", async () => {
    const dialogue = await booked();
    const reply = await dialogue.say('what is your email?', {
      intent: 'hotel_info',
      language: 'en',
      entities: [['email', entity.topic('contact')]],
    });
    expect(reply).toMatch(/reservas@hoteldemo\.example/);
    expect(dialogue.staffNotices).toEqual([]);
  });

  it("takes the sender's address on e-mail", () => {
    const turn = makeTurn({
      nlu: parse('reservation_status'),
      message: {
        channel: 'gmail',
        from: 'ann@example.org',
        text: 'Could you e-mail me the booking confirmation?',
      },
    });
    expect(noteConfirmationEmail(turn, [reservation()])).toBe(true);
    expect(turn.staffNotices).toEqual([expect.stringMatching(/K7QX2M .* a ann@example\.org\.$/)]);
  });
});

describe('asksForConfirmationEmail', () => {
  it.each([
    'can you send me a confirmation email?',
    '¿me mandas el resumen de la reserva por email?',
    'envíame la confirmación al correo',
    'could you email me the booking confirmation?',
  ])('hears %j', (text) => {
    expect(asksForConfirmationEmail(text)).toBe(true);
  });

  it.each([
    'send me photos of the room',
    'what is your email?',
    '¿me mandas la ubicación?',
    'confirm please',
    // The invoice asked for (QA 29: read as the confirmation).
    'me mandas la factura por mail?',
  ])('hears nothing of the kind in %j', (text) => {
    expect(asksForConfirmationEmail(text)).toBe(false);
  });
});

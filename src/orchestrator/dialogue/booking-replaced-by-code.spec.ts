import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "Cancel booking X and book … instead" in a new conversation, through the real router and handlers
// (QA 31, H8: the new room booked, the old booking never cancelled nor asked about).

describe('a booking to be put in the place of one named by its code', () => {
  it('books the new stay under the same name, then asks to cancel the old one', async () => {
    const first = new RoutedDialogue('en');
    await first.say('double dec 12 to 14 for 2 under Ana Ruiz', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['double', entity.room('double')],
        ['dec 12 to 14', entity.range('2026-12-12', '2026-12-14')],
        ['for 2', entity.guests(2)],
        ['Ana Ruiz', entity.name('Ana Ruiz')],
      ],
    });
    expect(await first.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/BOOK1X/);
    const dialogue = new RoutedDialogue('en', first.pms);
    const text = 'hi, please cancel booking BOOK1X and book me a single for 5-6 jan instead, same name';
    const reply = await dialogue.say(text, {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['BOOK1X', entity.reference('BOOK1X')],
        ['single', entity.room('single')],
        ['5-6 jan', entity.range('2027-01-05', '2027-01-06')],
      ],
    });
    expect(reply).toMatch(/Single Room/);
    expect(reply).toMatch(/Tue, Jan 5, 2027 to Wed, Jan 6, 2027/);
    expect(reply).toMatch(/Ana Ruiz/);
    const booked = await dialogue.say('yes', { intent: 'confirm', language: 'en' });
    expect(booked).toMatch(/BOOK2X/);
    expect(booked).toMatch(/cancel booking BOOK1X/);
    expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/^Booking BOOK1X/);
    expect((await first.pms.getReservation('demo', 'BOOK1X')).status).toBe('cancelled');
  });
});

describe('a booking looked up by its code, then moved to a day with the same nights (QA 31, H9)', () => {
  it.each([
    [
      'es',
      'se puede cambiar la fecha al 20 de enero? mismas noches',
      '20 de enero',
      /Del mié 20 ene 2027 al sáb 23 ene 2027 \(3 noches\)/,
    ],
    [
      'en',
      'can you move it to the 20th of january?',
      'the 20th of january',
      /Wed, Jan 20, 2027 to Sat, Jan 23, 2027 \(3 nights\)/,
    ],
  ] as const)('%s "%s" looks for that stay, the rest as booked', async (language, text, words, stay) => {
    const first = new RoutedDialogue(language);
    await first.say('double jan 16 to 19 for 2 under Pedro Sanchez', {
      intent: 'make_reservation',
      language,
      entities: [
        ['double', entity.room('double')],
        ['jan 16 to 19', entity.range('2027-01-16', '2027-01-19')],
        ['for 2', entity.guests(2)],
        ['Pedro Sanchez', entity.name('Pedro Sanchez')],
      ],
    });
    await first.say('yes', { intent: 'confirm', language });
    const dialogue = new RoutedDialogue(language, first.pms);
    await dialogue.say('reserva BOOK1X', {
      intent: 'None',
      language,
      entities: [['BOOK1X', entity.reference('BOOK1X')]],
    });
    // Before: "¿Hasta qué día?", the party and the room asked again, and the old booking never asked about.
    const reply = await dialogue.say(text, {
      intent: 'check_availability',
      language,
      entities: [[words, entity.date('2027-01-20')]],
    });
    expect(reply).toMatch(stay);
    expect(reply).toMatch(/Pedro Sanchez/);
    expect(await dialogue.say('yes', { intent: 'confirm', language })).toMatch(/BOOK2X[\s\S]*BOOK1X/);
  });
});

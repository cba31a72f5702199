import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { changeTheDates } from '../../../test/support/date-change-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// A booking's dates changed right after it was made: the new stay is booked, and the guest asked
// whether to cancel the old one. Through the real router and handlers, each message with the reading
// the NLU gives it.

describe('a no to cancelling the booking a change replaced', () => {
  it('says both bookings stay active, by both codes, at "no, espera, mejor mantén las dos"', async () => {
    const dialogue = new RoutedDialogue();
    await changeTheDates(dialogue, 'es');
    expect(await dialogue.say('no, espera, mejor mantén las dos', { intent: 'deny' })).toBe(
      'Perfecto, no cancelo nada: las dos reservas siguen activas, la BOOK1X y la nueva BOOK2X.',
    );
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
    expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
    expect(dialogue.state.dialogue.flow).toBeNull();
  });

  it('says the same in English at "no wait, keep both"', async () => {
    const dialogue = new RoutedDialogue('en');
    await changeTheDates(dialogue, 'en');
    expect(await dialogue.say('no wait, keep both', { intent: 'deny', language: 'en' })).toBe(
      "Great, I won't cancel anything: both bookings stay active, BOOK1X and the new one, BOOK2X.",
    );
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
  });

  it('still cancels the old booking, and only it, at a yes', async () => {
    const dialogue = new RoutedDialogue();
    await changeTheDates(dialogue, 'es');
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^Reserva BOOK1X cancelada/);
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('cancelled');
    expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
  });

  it('keeps the plain answer when the cancel question was asked by the guest', async () => {
    const dialogue = new RoutedDialogue();
    await changeTheDates(dialogue, 'es');
    await dialogue.say('no', { intent: 'deny' });
    // Later the guest asks to cancel the old booking themselves, and thinks better of it.
    expect(
      await dialogue.say('cancela la BOOK1X', {
        intent: 'cancel_reservation',
        entities: [['BOOK1X', entity.reference('BOOK1X')]],
      }),
    ).toMatch(/¿Confirmas que quieres cancelar la reserva BOOK1X/);
    expect(await dialogue.say('no', { intent: 'deny' })).toBe('Perfecto, mantengo tu reserva BOOK1X.');
  });

  it('asks about the replaced booking again, once, after a side question, and cancels it at the yes', async () => {
    const dialogue = new RoutedDialogue('en');
    await changeTheDates(dialogue, 'en');
    const total = await dialogue.say("what's the total?", { intent: 'room_prices', language: 'en' });
    // The new booking's total, the old one beside it: never the rate card.
    expect(total).toMatch(/^Your booking BOOK2X: .*Total for the stay: €218/);
    expect(total).toMatch(/You also have booking BOOK1X \(€218\): €436 for both\./);
    expect(total).toMatch(/your previous booking BOOK1X is still active\. Shall I cancel it\?$/);
    expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/^Booking BOOK1X/);
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('cancelled');
    expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
  });

  it('asks again after "¿mi reserva sigue activa?" too, and cancels the old one at the yes (QA 27, S9)', async () => {
    const dialogue = new RoutedDialogue();
    await changeTheDates(dialogue, 'es');
    const status = await dialogue.say('mi reserva sigue activa?', { intent: 'reservation_status' });
    expect(status).toMatch(/BOOK1X[\s\S]*BOOK2X/);
    expect(status).toMatch(/Recuerda: tu reserva anterior BOOK1X sigue activa\. ¿La cancelo\?$/);
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^Reserva BOOK1X cancelada/);
    expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
  });

  it('lets the question go after a second side question: a later yes cancels nothing', async () => {
    const dialogue = new RoutedDialogue();
    await changeTheDates(dialogue, 'es');
    expect(await dialogue.say('gracias', { intent: 'thanks' })).toMatch(
      /Recuerda: tu reserva anterior BOOK1X sigue activa\. ¿La cancelo\?$/,
    );
    expect(
      await dialogue.say('¿y el desayuno?', {
        intent: 'hotel_info',
        entities: [['desayuno', entity.topic('breakfast')]],
      }),
    ).not.toMatch(/BOOK1X/);
    await dialogue.say('sí', { intent: 'confirm' });
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
  });
});

describe('a goodbye while the replaced booking waits for its answer (QA 30, en H9)', () => {
  it('asks once more, plainly, before taking leave, and cancels the old booking at the yes', async () => {
    const dialogue = new RoutedDialogue('en');
    await changeTheDates(dialogue, 'en');
    // Before: "Goodbye! I'm here if you need anything else.", and two rooms booked.
    expect(await dialogue.say('thats all thanks, see you soon!', { intent: 'thanks', language: 'en' })).toBe(
      'Before you go: your previous booking BOOK1X is still active too, besides the new BOOK2X, so you would be holding two rooms. Shall I cancel BOOK1X?',
    );
    expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/^Booking BOOK1X/);
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('cancelled');
    expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
  });

  it('takes the second goodbye, both bookings kept', async () => {
    const dialogue = new RoutedDialogue();
    await changeTheDates(dialogue, 'es');
    expect(await dialogue.say('vale, adiós', { intent: 'goodbye' })).toMatch(
      /^Antes de que te vayas: .*BOOK1X.*BOOK2X.*¿Cancelo la BOOK1X\?$/,
    );
    expect(await dialogue.say('adiós!', { intent: 'goodbye' })).toMatch(/^¡Hasta pronto/);
    expect(dialogue.state.dialogue.flow).toBeNull();
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
  });
});

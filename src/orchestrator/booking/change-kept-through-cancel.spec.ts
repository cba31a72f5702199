import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { bookTheDecemberDouble } from '../../../test/support/date-change-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "Cancela la reserva" at the summary of a new stay asked in place of a booking made (QA 28, S3: the
// old booking was cancelled and the new one silently dropped, leaving the guest with none). Through
// the real router and handlers.

/** BOOK1X for 12–14 Dec booked, then its dates changed: at the summary of 15–17 Dec. */
async function atTheChangeSummary(): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue();
  expect(await bookTheDecemberDouble(dialogue, 'es')).toMatch(/^✅ .*BOOK1X/);
  const summary = await dialogue.say('me la podéis cambiar al 15 al 17 de diciembre?', {
    intent: 'reservation_status',
    entities: [['al 15 al 17 de diciembre', entity.range('2026-12-15', '2026-12-17')]],
  });
  expect(summary).toMatch(/Te resumo la reserva:\n• Doble Estándar\n• Del mar 15 dic al jue 17 dic/);
  const asked = await dialogue.say('cancela la reserva', { intent: 'cancel_reservation' });
  expect(asked).toMatch(
    /^¿Confirmas que quieres cancelar la reserva BOOK1X \(.*del sáb 12 dic al lun 14 dic/,
  );
  return dialogue;
}

const NEW_STAY_WAITS =
  /\nSigue pendiente tu reserva de la Doble Estándar, del mar 15 dic al jue 17 dic\. ¿La confirmo\?$/;

describe('a change waiting for its yes when the old booking is cancelled', () => {
  it('is asked for again once the old booking is cancelled, and booked on a yes', async () => {
    const dialogue = await atTheChangeSummary();
    const cancelled = await dialogue.say('sí', { intent: 'confirm' });
    expect(cancelled).toMatch(/^Reserva BOOK1X cancelada/);
    expect(cancelled).toMatch(NEW_STAY_WAITS);
    const booked = await dialogue.say('y la nueva? confírmala', { intent: 'confirm' });
    expect(booked).toMatch(/^✅ .*BOOK2X\. Doble Estándar, del mar 15 dic al jue 17 dic/);
    // The booking it replaced is gone: nothing is left to ask about.
    expect(booked).not.toMatch(/BOOK1X/);
    expect(dialogue.state.dialogue.flow).toBeNull();
  });

  it('is asked for again when the old booking is kept, which is asked about once the new one is booked', async () => {
    const dialogue = await atTheChangeSummary();
    const kept = await dialogue.say('no', { intent: 'deny' });
    expect(kept).toMatch(/^Perfecto, mantengo tu reserva BOOK1X\./);
    expect(kept).toMatch(NEW_STAY_WAITS);
    const booked = await dialogue.say('sí', { intent: 'confirm' });
    expect(booked).toMatch(/^✅ .*BOOK2X[\s\S]*¿Confirmas que quieres cancelar la reserva BOOK1X/);
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
  });
});

describe('a change kept through a cancellation left unanswered (review 29)', () => {
  it('stands after a hotel question, and a yes books it', async () => {
    const dialogue = await atTheChangeSummary();
    await dialogue.say('espera, ¿la nueva tiene desayuno incluido?', {
      intent: 'hotel_info',
      entities: [['desayuno', entity.topic('breakfast')]],
    });
    const booked = await dialogue.say('confírmala', { intent: 'confirm' });
    expect(booked).toMatch(/^✅ .*BOOK2X\. Doble Estándar, del mar 15 dic al jue 17 dic/);
    expect(booked).toMatch(/¿Confirmas que quieres cancelar la reserva BOOK1X/);
  });
});

describe('a booking kept at "¿confirmas que quieres cancelar…?"', () => {
  it('is the booking a question right after means (QA 28, E13: its code was asked for)', async () => {
    const dialogue = new RoutedDialogue('en');
    const asked = await dialogue.say('cancel K7QX2M', {
      intent: 'cancel_reservation',
      language: 'en',
      entities: [['K7QX2M', entity.reference('K7QX2M')]],
    });
    expect(asked).toMatch(/K7QX2M/);
    expect(await dialogue.say('no, keep it', { intent: 'deny', language: 'en' })).toMatch(/K7QX2M/);
    const status = await dialogue.say('is it still active?', {
      intent: 'reservation_status',
      language: 'en',
    });
    expect(status).toMatch(/^Your booking K7QX2M: .*Status: confirmed/);
  });
});

describe('everything dropped at the summary of a change (QA 32, M3)', () => {
  it.each(['olvídalo, cancélalo todo', 'actually forget it, just cancel the whole thing'])(
    '"%s" cancels the old booking and asks for the new stay no more',
    async (text) => {
      const dialogue = new RoutedDialogue();
      expect(await bookTheDecemberDouble(dialogue, 'es')).toMatch(/^✅ .*BOOK1X/);
      await dialogue.say('me la podéis cambiar al 15 al 17 de diciembre?', {
        intent: 'reservation_status',
        entities: [['al 15 al 17 de diciembre', entity.range('2026-12-15', '2026-12-17')]],
      });
      expect(await dialogue.say(text, { intent: 'cancel_reservation' })).toMatch(
        /cancelar la reserva BOOK1X/,
      );
      const cancelled = await dialogue.say('sí', { intent: 'confirm' });
      expect(cancelled).toMatch(/^Reserva BOOK1X cancelada/);
      expect(cancelled).not.toMatch(NEW_STAY_WAITS);
      expect(await dialogue.say('sí', { intent: 'confirm' })).not.toMatch(/BOOK2X/);
    },
  );
});

describe('the old booking cancelled at a change, "everything else the same" (review of session 28)', () => {
  it('keeps the new stay at "cancela la anterior, todo lo demás igual"', async () => {
    const dialogue = new RoutedDialogue();
    expect(await bookTheDecemberDouble(dialogue, 'es')).toMatch(/^✅ .*BOOK1X/);
    await dialogue.say('me la podéis cambiar al 15 al 17 de diciembre?', {
      intent: 'reservation_status',
      entities: [['al 15 al 17 de diciembre', entity.range('2026-12-15', '2026-12-17')]],
    });
    await dialogue.say('cancela la anterior, todo lo demás igual', { intent: 'cancel_reservation' });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(NEW_STAY_WAITS);
  });
});

import { bookTheDecemberDouble, changeTheDates } from '../../../test/support/date-change-dialogue';
import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "Cancela la primera" with two bookings in the conversation, through the real router and handlers:
// the first of them, even when it is cancelled already, never the other.

describe('the first booking named in a cancellation', () => {
  it('says the first is already cancelled, and offers no other, at "cancela la primera"', async () => {
    const dialogue = new RoutedDialogue();
    await changeTheDates(dialogue, 'es');
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^Reserva BOOK1X cancelada/);
    expect(await dialogue.say('cancela la primera', { intent: 'cancel_reservation' })).toBe(
      'La reserva BOOK1X ya estaba cancelada.',
    );
    expect(dialogue.state.dialogue.awaiting).not.toBe('confirmation');
    expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
  });

  it('says the same at "cancel the first one" in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await changeTheDates(dialogue, 'en');
    expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/^Booking BOOK1X/);
    expect(await dialogue.say('cancel the first one', { intent: 'cancel_reservation', language: 'en' })).toBe(
      'Booking BOOK1X was already cancelled.',
    );
    expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
  });

  it('asks to cancel the first when both are on', async () => {
    const dialogue = new RoutedDialogue();
    await changeTheDates(dialogue, 'es');
    await dialogue.say('no', { intent: 'deny' });
    expect(await dialogue.say('cancela la primera', { intent: 'cancel_reservation' })).toMatch(
      /^¿Confirmas que quieres cancelar la reserva BOOK1X/,
    );
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^Reserva BOOK1X cancelada/);
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('cancelled');
    expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
  });

  it('still says there is no second with one booking, and takes "la primera" as that one', async () => {
    const dialogue = new RoutedDialogue();
    await bookTheDecemberDouble(dialogue, 'es');
    expect(await dialogue.say('cancela la segunda', { intent: 'cancel_reservation' })).toMatch(
      /No hay una segunda/,
    );
    expect(await dialogue.say('cancela la primera', { intent: 'cancel_reservation' })).toMatch(
      /^¿Confirmas que quieres cancelar la reserva BOOK1X/,
    );
  });

  it.each([
    'cancela la segunda, no la primera',
    'cancela la primera y la segunda',
    'cancel the one on the 15th, not the first one',
  ])('never puts the first up for the yes that cancels at %j', async (text) => {
    const dialogue = new RoutedDialogue();
    await changeTheDates(dialogue, 'es');
    await dialogue.say('no', { intent: 'deny' });
    expect(await dialogue.say(text, { intent: 'cancel_reservation' })).not.toMatch(
      /^¿Confirmas que quieres cancelar la reserva BOOK1X/,
    );
  });

  describe('with two bookings made one after the other', () => {
    async function bookTwo(dialogue: RoutedDialogue): Promise<void> {
      await bookTheDecemberDouble(dialogue, 'en');
      await dialogue.say('book another double same dates for my parents, name Ann Hardy', {
        intent: 'make_reservation',
        language: 'en',
        entities: [
          ['double', entity.room('double', ['superior'])],
          ['Ann Hardy', entity.name('Ann Hardy')],
          ['parents', entity.guests(2)],
        ],
      });
      expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/^✅ .*BOOK2X/);
    }

    it('cancels the first at "cancel the first one" and a yes', async () => {
      const dialogue = new RoutedDialogue('en');
      await bookTwo(dialogue);
      expect(
        await dialogue.say('cancel the first one', { intent: 'cancel_reservation', language: 'en' }),
      ).toMatch(/^Do you confirm you want to cancel booking BOOK1X/);
      expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(
        /^Booking BOOK1X is cancelled/,
      );
      expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('cancelled');
      expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
    });

    it.each([
      ['cancel the second one', 'en'],
      ['cancela la segunda', 'es'],
      ['cancel the second one, not the first', 'en'],
      ['cancela la segunda, no la primera', 'es'],
    ])('asks to cancel the second at %j', async (text, language) => {
      const dialogue = new RoutedDialogue('en');
      await bookTwo(dialogue);
      const asked = await dialogue.say(text, {
        intent: 'cancel_reservation',
        language: language as 'es' | 'en',
      });
      expect(asked).toMatch(/BOOK2X/);
      expect(asked).not.toMatch(/BOOK1X/);
    });

    it.each(['cancel the first and the second', 'not the second one', 'cancel the second one on the 12th'])(
      'asks which at %j',
      async (text) => {
        const dialogue = new RoutedDialogue('en');
        await bookTwo(dialogue);
        expect(await dialogue.say(text, { intent: 'cancel_reservation', language: 'en' })).toMatch(
          /Which one/,
        );
      },
    );

    it.each(['no wait, keep both', 'no, espera, mantén las dos', "don't cancel them, leave both"])(
      'cancels neither at %j when asked which one',
      async (text) => {
        const dialogue = new RoutedDialogue('en');
        await bookTwo(dialogue);
        expect(
          await dialogue.say('cancel my booking', { intent: 'cancel_reservation', language: 'en' }),
        ).toMatch(/Which one/);
        expect(await dialogue.say(text, { intent: 'deny', language: 'en' })).not.toMatch(/confirm|cancel/i);
        await dialogue.say('yes', { intent: 'confirm', language: 'en' });
        expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
        expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
      },
    );

    it.each(['yes cancel', 'yes please cancel it', 'cancel it please', 'sí, cancélala'])(
      'cancels at %j (heard as a cancellation) at "do you confirm?", not asking again (QA 27, E16)',
      async (text) => {
        const dialogue = new RoutedDialogue('en');
        await bookTwo(dialogue);
        await dialogue.say('cancel the second one', { intent: 'cancel_reservation', language: 'en' });
        expect(await dialogue.say(text, { intent: 'cancel_reservation', language: 'en' })).toMatch(
          /^Booking BOOK2X is cancelled/,
        );
        expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('cancelled');
        expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
      },
    );

    it('still asks which booking at "cancel the first one" said at "do you confirm?" for the second', async () => {
      const dialogue = new RoutedDialogue('en');
      await bookTwo(dialogue);
      await dialogue.say('cancel the second one', { intent: 'cancel_reservation', language: 'en' });
      expect(
        await dialogue.say('cancel the first one', { intent: 'cancel_reservation', language: 'en' }),
      ).toMatch(/BOOK1X/);
      expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
    });

    it.each([
      ['hmm actually keep both', 'human_handoff'],
      ['actually keep it', 'confirm'],
      ['no, no la canceles', 'cancel_reservation'],
    ] as const)(
      'keeps the booking at %j (heard as %s) at "do you confirm?", never a person',
      async (text, heard) => {
        const dialogue = new RoutedDialogue('en');
        await bookTwo(dialogue);
        expect(
          await dialogue.say('cancel the second one', { intent: 'cancel_reservation', language: 'en' }),
        ).toMatch(/^Do you confirm you want to cancel booking BOOK2X/);
        await dialogue.say(text, { intent: heard, language: 'en' });
        expect(dialogue.state.handoff).toBe(false);
        expect(dialogue.staffNotices).toEqual([]);
        expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('confirmed');
      },
    );
  });
});

describe('the last booking named in a cancellation (QA 24, S19 and E10)', () => {
  it.each<[string, 'es' | 'en']>([
    ['cancela la ultima q hice', 'es'],
    ['cancel the last one', 'en'],
    ['cancel the last booking i made', 'en'],
  ])('asks to cancel the last one made at %j', async (text, language) => {
    const dialogue = new RoutedDialogue(language);
    await changeTheDates(dialogue, language);
    await dialogue.say('no', { intent: 'deny', language });
    expect(await dialogue.say(text, { intent: 'cancel_reservation', language })).toMatch(
      language === 'es' ? /^¿Confirmas que quieres cancelar la reserva BOOK2X/ : /BOOK2X/,
    );
    expect(dialogue.state.dialogue.awaiting).toBe('confirmation');
  });

  it('leaves "the last minute" to the question of which booking', async () => {
    const dialogue = new RoutedDialogue('en');
    await changeTheDates(dialogue, 'en');
    await dialogue.say('no', { intent: 'deny', language: 'en' });
    expect(
      await dialogue.say('sorry to cancel at the last minute', {
        intent: 'cancel_reservation',
        language: 'en',
      }),
    ).not.toMatch(/^Do you confirm you want to cancel booking BOOK2X/);
  });

  it('leaves "la última noche" to the question of which booking', async () => {
    const dialogue = new RoutedDialogue();
    await changeTheDates(dialogue, 'es');
    await dialogue.say('no', { intent: 'deny' });
    expect(await dialogue.say('cancela la última noche', { intent: 'cancel_reservation' })).not.toMatch(
      /^¿Confirmas que quieres cancelar la reserva BOOK2X/,
    );
  });
});

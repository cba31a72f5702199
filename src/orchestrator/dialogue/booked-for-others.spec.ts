import { bookTheDecemberDouble } from '../../../test/support/date-change-dialogue';
import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "Cancela la de mis padres" after booking a room for them ("para mis padres", under their name) and
// one for the guest: the one booked for them, never "no booking in their name" with it in the list.

const WORDS = {
  es: {
    parents: 'y otra doble las mismas fechas para mis padres, a nombre de Jose Gomez',
    yes: 'sí',
    cancelParents: 'cancela la de mis padres',
    confirm: /^¿Confirmas que quieres cancelar la reserva BOOK2X \([\s\S]*a nombre de Jose Gomez/,
    notTheirs: /No veo aquí ninguna reserva a su nombre/,
    cancelled: /^Reserva BOOK2X cancelada/,
  },
  en: {
    parents: 'and another double same dates for my parents, name Jose Gomez',
    yes: 'yes',
    cancelParents: "cancel my parents' booking",
    confirm: /^Do you confirm you want to cancel booking BOOK2X \([\s\S]*under Jose Gomez/,
    notTheirs: /I can't see a booking in their name/,
    cancelled: /^Booking BOOK2X is cancelled/,
  },
} as const;

async function bookForTheParents(
  dialogue: RoutedDialogue,
  language: 'es' | 'en',
  name = 'Jose Gomez',
): Promise<string> {
  const words = WORDS[language];
  await dialogue.say(words.parents.replace('Jose Gomez', name), {
    intent: 'make_reservation',
    language,
    entities: [
      [language === 'es' ? 'doble' : 'double', entity.room('double', ['superior'])],
      [name, entity.name(name)],
      [language === 'es' ? 'padres' : 'parents', entity.guests(2)],
    ],
  });
  return dialogue.say(words.yes, { intent: 'confirm', language });
}

describe('a booking made for someone else, named by who it was for', () => {
  it.each(['es', 'en'] as const)('%s: asks to cancel the one booked for the parents', async (language) => {
    const dialogue = new RoutedDialogue(language);
    expect(await bookTheDecemberDouble(dialogue, language)).toMatch(/^✅ .*BOOK1X/);
    expect(await bookForTheParents(dialogue, language)).toMatch(/^✅ .*BOOK2X/);
    const asked = await dialogue.say(WORDS[language].cancelParents, {
      intent: 'cancel_reservation',
      language,
    });
    expect(asked).toMatch(WORDS[language].confirm);
    expect(asked).not.toMatch(WORDS[language].notTheirs);
    expect(asked).not.toMatch(/BOOK1X/);
    expect(await dialogue.say(WORDS[language].yes, { intent: 'confirm', language })).toMatch(
      WORDS[language].cancelled,
    );
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
    expect((await dialogue.pms.getReservation('demo', 'BOOK2X')).status).toBe('cancelled');
  });

  it('finds it booked first, its name asked for ("a nombre de Jose Gomez"), and the guest\'s own after', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('quiero una doble para mis padres del 12 al 14 de diciembre', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['padres', entity.guests(2)],
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
      ],
    });
    await dialogue.say('a nombre de Jose Gomez', {
      intent: 'None',
      entities: [['Jose Gomez', entity.name('Jose Gomez')]],
    });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
    await dialogue.say('y otra doble para 2 del 15 al 17 de diciembre a nombre de Nuria Castro', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['para 2', entity.guests(2)],
        ['del 15 al 17 de diciembre', entity.range('2026-12-15', '2026-12-17')],
        ['Nuria Castro', entity.name('Nuria Castro')],
      ],
    });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK2X/);
    const asked = await dialogue.say('cancela la de mis padres', { intent: 'cancel_reservation' });
    expect(asked).toMatch(
      /^¿Confirmas que quieres cancelar la reserva BOOK1X \([\s\S]*a nombre de Jose Gomez/,
    );
    expect(asked).not.toMatch(/No veo aquí ninguna reserva|BOOK2X/);
  });

  it.each(['es', 'en'] as const)(
    '%s: with none booked for someone else, says so and offers what there is',
    async (language) => {
      const dialogue = new RoutedDialogue(language);
      await bookTheDecemberDouble(dialogue, language);
      const asked = await dialogue.say(WORDS[language].cancelParents, {
        intent: 'cancel_reservation',
        language,
      });
      expect(asked).toMatch(WORDS[language].notTheirs);
      expect(asked).toMatch(/BOOK1X/);
      expect(dialogue.state.dialogue.awaiting).toBe('reference');
      expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).status).toBe('confirmed');
    },
  );

  it.each(['es', 'en'] as const)(
    '%s: with two booked for others, asks which of those, without "no booking in their name"',
    async (language) => {
      const dialogue = new RoutedDialogue(language);
      await bookTheDecemberDouble(dialogue, language);
      expect(await bookForTheParents(dialogue, language)).toMatch(/BOOK2X/);
      expect(await bookForTheParents(dialogue, language, 'Ana Gomez')).toMatch(/BOOK3X/);
      const asked = await dialogue.say(WORDS[language].cancelParents, {
        intent: 'cancel_reservation',
        language,
      });
      expect(asked).not.toMatch(WORDS[language].notTheirs);
      expect(asked).toMatch(/BOOK2X[\s\S]*BOOK3X/);
      expect(asked).not.toMatch(/BOOK1X/);
      expect(dialogue.state.dialogue.awaiting).toBe('reference');
      for (const code of ['BOOK1X', 'BOOK2X', 'BOOK3X'])
        expect((await dialogue.pms.getReservation('demo', code)).status).toBe('confirmed');
    },
  );

  it('says the one booked for them is cancelled already, rather than "no booking in their name"', async () => {
    const dialogue = new RoutedDialogue();
    await bookTheDecemberDouble(dialogue, 'es');
    await bookForTheParents(dialogue, 'es');
    await dialogue.say('cancela la de mis padres', { intent: 'cancel_reservation' });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^Reserva BOOK2X cancelada/);
    expect(await dialogue.say('cancela la de mis padres', { intent: 'cancel_reservation' })).toBe(
      'La reserva BOOK2X ya estaba cancelada.',
    );
  });
});

describe('a cot asked for after a booking for the guest and one for the parents', () => {
  it("is noted for the guest's own booking, not the one made for the parents", async () => {
    const dialogue = new RoutedDialogue();
    await bookTheDecemberDouble(dialogue, 'es');
    await bookForTheParents(dialogue, 'es');
    expect(await dialogue.say('necesitamos una cuna para el bebé', { intent: 'make_reservation' })).toMatch(
      /^Anotado: una cuna para tu reserva BOOK1X/,
    );
    expect(dialogue.staffNotices.at(-1)).toMatch(/BOOK1X/);
  });
});

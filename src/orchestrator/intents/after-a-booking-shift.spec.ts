import { BookingPms, type Reading, RoutedDialogue } from '../../../test/support/routed-dialogue';
import { reservation } from '../../../test/support/booked-pms';
import { entity } from '../../../test/support/turn-fixtures';
import type { Entity, Language } from '../../nlp/nlp.types';
import type { Availability, AvailabilityQuery } from '../../pms/pms.types';

// Right after a booking, through the real router and handlers, each message with the reading the NLU
// gives it: a day of it moved by days ("nos vamos un día antes"), and a change the guest's own booking
// stands in the way of (the hotel's one suite).

/** The demo hotel's one suite: taken on the nights any booking holds it. */
class OneSuitePms extends BookingPms {
  override async checkAvailability(query: AvailabilityQuery): Promise<Availability> {
    const availability = await super.checkAvailability(query);
    const taken = [...this.stored.values()].some(
      (booked) =>
        booked.roomTypeId === 'suite' &&
        booked.status !== 'cancelled' &&
        booked.checkIn < query.checkOut &&
        query.checkIn < booked.checkOut,
    );
    const offers = availability.offers.filter((offer) => !taken || offer.roomTypeId !== 'suite');
    return { ...availability, offers };
  }
}

const WORDS = {
  es: { ask: (room: string) => `quiero una ${room} para 2 del 12 al 14 de diciembre`, yes: 'sí' },
  en: { ask: (room: string) => `a ${room} room for 2 from Dec 12 to Dec 14`, yes: 'yes' },
};

/** A room for 2, 12–14 Dec, under Nuria Castro: BOOK1X. */
async function bookRoom(
  dialogue: RoutedDialogue,
  language: Language,
  room: 'double' | 'suite',
): Promise<void> {
  const words = language === 'es' ? (room === 'double' ? 'doble' : 'suite') : room;
  const text = WORDS[language].ask(words);
  const dates = language === 'es' ? 'del 12 al 14 de diciembre' : 'from Dec 12 to Dec 14';
  await dialogue.say(text, {
    intent: 'make_reservation',
    language,
    entities: [
      [words, entity.room(room)],
      [language === 'es' ? 'para 2' : 'for 2', entity.guests(2)],
      [dates, entity.range('2026-12-12', '2026-12-14')],
    ],
  });
  await dialogue.say('Nuria Castro', { intent: 'None', language });
  expect(await dialogue.say(WORDS[language].yes, { intent: 'confirm', language })).toMatch(/^✅ .*BOOK1X/);
}

/** The reading the NLU gives: its intent, and "un día" (or "dos días") read as a day from today. */
function shiftReading(
  intent: Reading['intent'],
  language: Language,
  dayWords: string,
  topic?: string,
): Reading {
  const entities: Array<[string, Entity]> = [[dayWords, entity.date('2026-11-28')]];
  if (topic) entities.push([topic, entity.topic('check_out')]);
  return { intent, language, entities };
}

describe('a day of the booking just made, moved by days', () => {
  it.each([
    [
      'al final nos vamos un día antes',
      'cancel_reservation',
      'un día',
      'Del sáb 12 dic al dom 13 dic \\(1 noche\\)',
    ],
    ['nos vamos un dia antes', 'goodbye', 'un dia', 'Del sáb 12 dic al dom 13 dic \\(1 noche\\)'],
    ['salimos un día antes', 'None', 'un día', 'Del sáb 12 dic al dom 13 dic \\(1 noche\\)'],
    ['¿podemos llegar un día antes?', 'hotel_info', 'un día', 'Del vie 11 dic al lun 14 dic \\(3 noches\\)'],
    ['nos vamos un día después', 'late_checkout', 'un día', 'Del sáb 12 dic al mar 15 dic \\(3 noches\\)'],
    [
      'llegamos dos días antes',
      'check_availability',
      'dos días',
      'Del jue 10 dic al lun 14 dic \\(4 noches\\)',
    ],
  ] as const)(
    'reads %j (heard as %s) as that booking changed, summarised for a yes',
    async (text, intent, day, stay) => {
      const dialogue = new RoutedDialogue();
      await bookRoom(dialogue, 'es', 'double');
      const asked = await dialogue.say(text, shiftReading(intent, 'es', day));
      expect(asked).toMatch(
        new RegExp(
          `^Tu reserva BOOK1X: .*\\nDesde aquí no puedo cambiar una reserva, pero te busco la nueva estancia.*\\nTe resumo la reserva:\\n• Doble Estándar\\n• ${stay}\\n• 2 personas\\n• A nombre de Nuria Castro\\n`,
        ),
      );
      expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(
        /^✅ .*BOOK2X.*\nTu reserva anterior BOOK1X sigue activa/,
      );
    },
  );

  it.each([
    [
      'we are leaving one day early',
      'hotel_info',
      'one day',
      undefined,
      'Sat, Dec 12 to Sun, Dec 13 \\(1 night\\)',
    ],
    [
      'we need to check out a day early',
      'late_checkout',
      'a day',
      'check out',
      'Sat, Dec 12 to Sun, Dec 13 \\(1 night\\)',
    ],
    [
      'can we arrive a day earlier?',
      'hotel_info',
      'a day earlier',
      undefined,
      'Fri, Dec 11 to Mon, Dec 14 \\(3 nights\\)',
    ],
    ["we'll leave a day later", 'None', 'a day', undefined, 'Sat, Dec 12 to Tue, Dec 15 \\(3 nights\\)'],
  ] as const)(
    'reads %j (heard as %s) as that booking changed, in English',
    async (text, intent, day, topic, stay) => {
      const dialogue = new RoutedDialogue('en');
      await bookRoom(dialogue, 'en', 'double');
      const asked = await dialogue.say(text, shiftReading(intent, 'en', day, topic));
      expect(asked).toMatch(
        new RegExp(
          `^Your booking BOOK1X: .*\\nI can't change a booking from here, but .*\\nHere's your booking:\\n• Standard Double\\n• ${stay}\\n• 2 guests\\n`,
        ),
      );
    },
  );

  it('moves the whole stay when an arrival that late would leave no night ("llegamos dos días después")', async () => {
    const dialogue = new RoutedDialogue();
    await bookRoom(dialogue, 'es', 'double');
    const asked = await dialogue.say('llegamos dos días después', shiftReading('None', 'es', 'dos días'));
    expect(asked).toMatch(/\n• Del lun 14 dic al mié 16 dic \(2 noches\)\n/);
  });

  it('says a stay cannot be left with no night, and books nothing', async () => {
    const dialogue = new RoutedDialogue();
    await bookRoom(dialogue, 'es', 'double');
    const asked = await dialogue.say(
      'nos vamos dos días antes',
      shiftReading('check_availability', 'es', 'dos días'),
    );
    expect(asked).toMatch(/\nTu reserva BOOK1X es de 2 noches: con ese cambio no quedaría ninguna\./);
    expect(asked).not.toMatch(/Te resumo|¿Hasta qué día\?/);
    expect(dialogue.state.dialogue.flow).toBeNull();
    const english = new RoutedDialogue('en');
    await bookRoom(english, 'en', 'double');
    expect(
      await english.say(
        "we'll check out two days early",
        shiftReading('late_checkout', 'en', 'two days', 'check out'),
      ),
    ).toMatch(/\nYour booking BOOK1X is for 2 nights: that change would leave none\./);
  });
});

describe("a change the guest's own booking stands in the way of", () => {
  const changes: Array<[string, Reading]> = [
    ['nos quedamos una noche más', { intent: 'room_prices', entities: [['una noche', entity.nights(1)]] }],
    [
      'al final nos vamos el 13',
      { intent: 'check_availability', entities: [['el 13', entity.date('2026-12-13')]] },
    ],
    ['nos vamos un día antes', shiftReading('goodbye', 'es', 'un día')],
  ];
  it.each(changes)(
    "answers %j for the one suite: the hotel's team makes it, and a person is offered",
    async (text, reading) => {
      const dialogue = new RoutedDialogue('es', new OneSuitePms());
      await bookRoom(dialogue, 'es', 'suite');
      const asked = await dialogue.say(text, reading);
      expect(asked).toMatch(
        /\nLa Suite Junior de esas fechas la ocupa tu propia reserva BOOK1X, así que este cambio tiene que hacerlo el equipo del hotel: puedes llamarnos al \+34 910 000 000\. ¿Quieres que te atienda una persona del equipo\?$/,
      );
      expect(asked).not.toMatch(/no está libre/);
      expect(dialogue.pms.stored.get('BOOK1X')?.status).toBe('confirmed');
      expect(dialogue.pms.requests).toHaveLength(1);
      expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(
        /^De acuerdo, aviso a una persona del equipo/,
      );
    },
  );

  it('says the suite is not free for a night more that another guest holds, not that the own booking does', async () => {
    const dialogue = new RoutedDialogue('es', new OneSuitePms());
    await bookRoom(dialogue, 'es', 'suite');
    dialogue.pms.stored.set(
      'OTHR9X',
      reservation({
        reference: 'OTHR9X',
        roomTypeId: 'suite',
        checkIn: '2026-12-14',
        checkOut: '2026-12-15',
      }),
    );
    const asked = await dialogue.say('nos quedamos una noche más', changes[0][1]);
    expect(asked).not.toMatch(/tu propia reserva/);
    expect(asked).toMatch(/no está libre/);
  });

  it('answers "we need to check out a day early" for the one suite in English', async () => {
    const dialogue = new RoutedDialogue('en', new OneSuitePms());
    await bookRoom(dialogue, 'en', 'suite');
    const asked = await dialogue.say(
      'we need to check out a day early',
      shiftReading('late_checkout', 'en', 'a day', 'check out'),
    );
    expect(asked).toMatch(
      /\nThe Junior Suite on those dates is held by your own booking BOOK1X, so this change has to be made by the hotel's team: you can call us on \+34 910 000 000\. Would you like a member of our team to take over\?$/,
    );
    expect(dialogue.pms.requests).toHaveLength(1);
  });

  it.each([
    [
      'es',
      'quiero cambiar mi reserva a la suite',
      'suite',
      /\nLa Suite Junior no está libre para esas fechas\./,
    ],
    [
      'en',
      'can I change my booking to the suite?',
      'suite',
      /\nThe Junior Suite isn't free on those dates\./,
    ],
  ] as const)(
    'still says (%s) a suite another guest holds is not free',
    async (language, text, words, notFree) => {
      const pms = new OneSuitePms();
      pms.stored.set('OTHR01', reservation({ reference: 'OTHR01', roomTypeId: 'suite' }));
      const dialogue = new RoutedDialogue(language, pms);
      await bookRoom(dialogue, language, 'double');
      const asked = await dialogue.say(text, {
        intent: 'reservation_status',
        language,
        entities: [[words, entity.room('suite')]],
      });
      expect(asked).toMatch(notFree);
      expect(asked).not.toMatch(/propia reserva|your own booking/);
    },
  );
});

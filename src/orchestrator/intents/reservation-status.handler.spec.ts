import { FakePms } from '../../../test/support/booked-pms';
import { entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import type { LockService } from '../../lock/lock.service';
import type { Entity, Language } from '../../nlp/nlp.types';
import { BookingFlow } from '../booking/booking-flow';
import { HotelFacts } from '../dialogue/hotel-facts';
import type { Turn } from '../dialogue/turn';
import { ReservationStatusHandler } from './reservation-status.handler';

// A change asked of a booking made (K7QX2M: Doble Estándar, 12–15 Dec, 2 guests, Ana García), with the
// booking flow that looks for the new stay.

const texts = (turn: Turn): string =>
  turn.replies.map((reply) => ('text' in reply ? reply.text : reply.type)).join('\n');

/** An entity where the NLU finds it in `text`: the position tells which words stand beside it. */
function at(text: string, words: string, found: Entity): Entity {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { ...found, text: words, start, end: start + words.length };
}

describe('ReservationStatusHandler, asked to change a booking', () => {
  let pms: FakePms;
  let handler: ReservationStatusHandler;
  beforeEach(() => {
    pms = new FakePms();
    pms.offers = [
      {
        roomTypeId: 'double',
        name: { es: 'Doble Estándar', en: 'Standard Double' },
        maxGuests: 2,
        roomsLeft: 3,
        nightlyRate: 109,
        total: 327,
        currency: 'EUR',
      },
    ];
    const booking = new BookingFlow(pms, {} as LockService, new HotelFacts());
    handler = new ReservationStatusHandler(pms, booking);
  });

  const ask = async (
    text: string,
    entities: Entity[],
    options: { known?: boolean; language?: Language } = {},
  ): Promise<Turn> => {
    const slots = options.known ? { references: ['K7QX2M'], lastReference: 'K7QX2M' } : {};
    const language = options.language ?? 'es';
    const turn = makeTurn({
      nlu: { ...parse('reservation_status', entities), language },
      message: { text },
      state: freshState({ language, dialogue: { flow: null, awaiting: null, slots } }),
    });
    await handler.handle(turn);
    return turn;
  };

  it('reads the stay told beside the code as the booking it is, and adds the night asked for', async () => {
    const text =
      'hola reservé una doble del 12 al 15 de diciembre a nombre de Ana, código K7QX2M, quiero añadir una noche más';
    const turn = await ask(text, [
      at(text, 'doble', entity.room('double', ['superior'])),
      at(text, 'del 12 al 15 de diciembre', entity.range('2026-12-12', '2026-12-15')),
      at(text, 'Ana', entity.name('Ana')),
      at(text, 'K7QX2M', entity.reference('K7QX2M')),
      at(text, 'una noche', entity.nights(1)),
    ]);
    expect(texts(turn)).toMatch(
      /^Tu reserva K7QX2M: .*\nDesde aquí no puedo cambiar una reserva, pero te busco la nueva estancia.*\nTe resumo la reserva:\n• Doble Estándar\n• Del sáb 12 dic al mié 16 dic \(4 noches\)\n• 2 personas\n• A nombre de Ana García\n/,
    );
    expect(turn.state.dialogue.slots).toMatchObject({
      checkIn: '2026-12-12',
      checkOut: '2026-12-16',
      replaces: 'K7QX2M',
      step: 'summary',
    });
  });

  it('takes the departure said with the night it adds: "one more night, leave on the 16th instead"', async () => {
    // QA 24, E1: the night was added to the departure said (12–17), and before that the day was the arrival.
    const text = 'booking K7QX2M - can we extend one more night, leave on the 16th instead?';
    const turn = await ask(
      text,
      [
        at(text, 'K7QX2M', entity.reference('K7QX2M')),
        at(text, 'one more night', entity.nights(1)),
        at(text, 'on the 16th', entity.date('2026-12-16')),
      ],
      { language: 'en' },
    );
    expect(turn.state.dialogue.slots).toMatchObject({
      checkIn: '2026-12-12',
      checkOut: '2026-12-16',
      replaces: 'K7QX2M',
    });
  });

  it('moves the arrival or the departure a change names, the other end as booked', async () => {
    const from13th = { checkIn: '2026-12-13', checkOut: '2026-12-15' };
    const cases: Array<{ text: string; said: string; date: string; stay: object; language?: Language }> = [
      {
        text: 'al final llegamos el 13, ¿me cambias la entrada?',
        said: 'el 13',
        date: '2026-12-13',
        stay: from13th,
      },
      {
        text: 'cámbiame la salida al 16',
        said: 'al 16',
        date: '2026-12-16',
        stay: { checkIn: '2026-12-12', checkOut: '2026-12-16' },
      },
      {
        text: 'can you change my check-in to the 13th?',
        said: 'to the 13th',
        date: '2026-12-13',
        stay: from13th,
        language: 'en',
      },
      {
        text: "we'll arrive on the 13th instead, can you change it?",
        said: 'on the 13th',
        date: '2026-12-13',
        stay: from13th,
        language: 'en',
      },
    ];
    cases.push(
      // Said as a correction (QA 24, S4): the arrival.
      { text: 'perdon, quise decir el 13', said: 'el 13', date: '2026-12-13', stay: from13th },
      {
        // Past the departure: the stay moved with its nights.
        text: 'sorry, I meant the 16th',
        said: 'the 16th',
        date: '2026-12-16',
        stay: { checkIn: '2026-12-16', checkOut: '2026-12-19' },
        language: 'en',
      },
    );
    for (const { text, said, date, stay, language } of cases) {
      const turn = await ask(text, [at(text, said, entity.date(date))], { known: true, language });
      expect([text, turn.state.dialogue.slots]).toMatchObject([
        text,
        {
          ...stay,
          guests: 2,
          roomTypeId: 'double',
          guestName: 'Ana García',
          replaces: 'K7QX2M',
          step: 'summary',
        },
      ]);
      expect(texts(turn)).toMatch(
        /^(Tu reserva|Your booking) K7QX2M: .*\n(Desde aquí no puedo|I can't change)/,
      );
    }
  });

  it("adds the night of the departure day named as a night, though that day is the booking's", async () => {
    const text = 'añade la noche del 15 a mi reserva';
    const turn = await ask(text, [at(text, '15', entity.date('2026-12-15'))], { known: true });
    expect(turn.state.dialogue.slots).toMatchObject({ checkIn: '2026-12-12', checkOut: '2026-12-16' });
  });
});

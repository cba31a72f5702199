import { FakePms } from '../../../test/support/booked-pms';
import { entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import type { LockService } from '../../lock/lock.service';
import type { Entity } from '../../nlp/nlp.types';
import type { RoomOffer } from '../../pms/pms.types';
import { BookingFlow } from '../booking/booking-flow';
import type { ConversationState } from '../dialogue/conversation-state';
import { HotelFacts } from '../dialogue/hotel-facts';
import type { Turn } from '../dialogue/turn';
import { RoomPricesHandler } from './room-prices.handler';

const threeNights = (roomTypeId: string, nightlyRate: number): RoomOffer => ({
  roomTypeId,
  name: { es: roomTypeId, en: roomTypeId },
  maxGuests: 4,
  roomsLeft: 3,
  nightlyRate,
  total: nightlyRate * 3,
  currency: 'EUR',
});

/** The replies, with the money's non-breaking spaces as plain ones. */
const texts = (turn: Turn): string =>
  turn.replies
    .map((reply) => ('text' in reply ? reply.text : reply.type))
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ');

describe('RoomPricesHandler: totals', () => {
  let pms: FakePms;
  let flow: BookingFlow;
  let handler: RoomPricesHandler;

  beforeEach(() => {
    pms = new FakePms();
    // Every stay is 3 nights: the Doble Estándar 327 €, the Superior 417 €, the Suite 657 €.
    pms.offers = [threeNights('double', 109), threeNights('superior', 139), threeNights('suite', 219)];
    const facts = new HotelFacts();
    flow = new BookingFlow(pms, {} as LockService, facts);
    handler = new RoomPricesHandler(pms, flow, facts);
  });

  /** The summary (or, with `mode` browse, the room offered) of a stay of 3 nights, with what `text` asks along. */
  const shown = async (
    entities: Entity[],
    text: string,
    options: { language?: 'es' | 'en'; mode?: 'book' | 'browse' } = {},
  ): Promise<ConversationState> => {
    const turn = makeTurn({
      nlu: { ...parse('make_reservation', entities), language: options.language ?? 'es' },
      state: freshState({ guestName: 'Marina Soto', language: options.language ?? 'es' }),
      message: { id: 'wamid.SHOWN', text },
    });
    await flow.continue(turn, options.mode ?? 'book');
    return turn.state;
  };

  const ask = async (state: ConversationState, text: string, entities: Entity[] = []): Promise<Turn> => {
    const turn = makeTurn({
      nlu: { ...parse('room_prices', entities), language: state.language },
      state,
      message: { id: 'wamid.ASKED', text },
    });
    await handler.handle(turn);
    return turn;
  };

  const superiorFor2 = [entity.room('superior'), entity.guests(2), entity.range('2026-12-12', '2026-12-15')];

  it('answers "¿cuánto es en total con todo?" at a summary with the total of the room and its extras', async () => {
    const summary = await shown(
      [...superiorFor2, entity.topic('breakfast'), entity.topic('parking'), entity.topic('pets')],
      'la doble superior para 2 del 12 al 15 de diciembre con desayuno, parking y mi perro de 6 kilos',
    );
    const asked = await ask(summary, '¿cuánto es en total con todo?');
    expect(texts(asked)).toBe(
      'Total con mascota, parking y desayuno: 615 € (habitación 417 € + extras 198 €), a pagar en el hotel.',
    );
    // The summary's question stands, with its booking key: a yes still books it.
    expect(asked.state.dialogue).toMatchObject({
      flow: 'make_reservation',
      awaiting: 'confirmation',
      slots: { step: 'summary', bookingKey: 'whatsapp:wamid.SHOWN' },
    });
  });

  it('answers "what\'s the grand total incl. breakfast?" with the breakfast already in the booking', async () => {
    const summary = await shown(
      [
        entity.room('suite'),
        entity.guests(4),
        entity.range('2026-12-30', '2027-01-02'),
        entity.topic('breakfast'),
      ],
      'I want the suite for 4 from Dec 30 to Jan 2 with breakfast for everyone',
      { language: 'en' },
    );
    const asked = await ask(summary, "what's the grand total incl. breakfast?", [entity.topic('breakfast')]);
    expect(texts(asked)).toBe('Total with breakfast: €825 (room €657 + extras €168), paid at the hotel.');
  });

  it("answers a price asked at a summary of nothing else (a day of the stay set aside) with the stay's total", async () => {
    const summary = await shown(superiorFor2, 'la doble superior para 2 del 12 al 15 de diciembre');
    const asked = await ask(summary, '¿el 13 sube el precio?');
    expect(texts(asked)).toBe('Total de la estancia: 417 € (3 noches), a pagar en el hotel.');
    expect(asked.state.dialogue.slots).toMatchObject({ step: 'summary', bookingKey: 'whatsapp:wamid.SHOWN' });
    // Another room named is that room's price, not the summary's.
    const other = await ask(summary, '¿y la suite cuánto cuesta?', [entity.room('suite')]);
    expect(texts(other)).not.toMatch(/^Total de la estancia: 417/);
  });

  it('prices an extra asked of at a summary without taking it, and says how to add it', async () => {
    const summary = await shown(superiorFor2, 'la doble superior para 2 del 12 al 15 de diciembre');
    const asked = await ask(summary, '¿cuánto sería en total con desayuno?', [entity.topic('breakfast')]);
    expect(texts(asked)).toBe(
      'Total con desayuno: 501 € (habitación 417 € + extras 84 €), a pagar en el hotel.\n' +
        'Si lo quieres, dime «con desayuno» y lo añado a la reserva.',
    );
    expect(asked.state.dialogue.slots.breakfast).toBeUndefined();
  });

  it("answers a total asked at a room offered with no extras with the stay's total", async () => {
    const offered = await shown(
      [entity.room('double'), entity.guests(2), entity.range('2026-12-10', '2026-12-13')],
      'una doble para 2 del 10 al 13 de diciembre',
      { mode: 'browse' },
    );
    expect(offered.dialogue.slots.step).toBe('offer');
    const asked = await ask(offered, 'how much is it in total?');
    expect(texts(asked)).toBe('Total de la estancia: 327 € (3 noches), a pagar en el hotel.');
    expect(asked.state.dialogue.awaiting).toBe('confirmation');
  });

  it('prices a number of nights of the room just priced, and asks the arrival with that room kept', async () => {
    const night = await ask(freshState(), '¿cuánto cuesta una noche en la individual?', [
      entity.nights(1),
      entity.room('single'),
    ]);
    expect(texts(night)).toMatch(
      /^Nuestras tarifas por noche:\n• Habitación Individual \(hasta 1 persona\): 79 €\n/,
    );
    const week = await ask(night.state, '¿y 7 noches?', [entity.nights(7)]);
    expect(texts(week)).toMatch(
      /^7 noches en la Habitación Individual: 7 × 79 € = 553 €\.\n¿Para qué fechas\?/,
    );
    expect(week.state.dialogue.slots).toMatchObject({ roomTypeId: 'single', nights: 7 });
    // Named in the same message, too.
    const named = await ask(freshState(), '¿cuánto cuestan 3 noches en la suite?', [
      entity.nights(3),
      entity.room('suite'),
    ]);
    expect(texts(named)).toMatch(/^3 noches en la Suite Junior: 3 × 219 € = 657 €\./);
  });
});

import type { Entity } from '../../nlp/nlp.types';
import { demoTenant, entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import { LockTimeoutError } from '../../lock/lock.errors';
import type { LockService } from '../../lock/lock.service';
import { PmsAdapter } from '../../pms/pms-adapter.port';
import { PmsInvalidRequestError, PmsRejectedError, PmsUnavailableError } from '../../pms/pms.errors';
import type {
  Availability,
  AvailabilityQuery,
  Reservation,
  ReservationRequest,
  RoomOffer,
} from '../../pms/pms.types';
import type { ConversationState } from '../dialogue/conversation-state';
import type { Turn } from '../dialogue/turn';
import { BookingFlow } from './booking-flow';
import { HotelFacts } from '../dialogue/hotel-facts';

const offer = (roomTypeId: string, nightlyRate: number, roomsLeft = 3): RoomOffer => ({
  roomTypeId,
  name: { es: roomTypeId, en: roomTypeId },
  maxGuests: 4,
  roomsLeft,
  nightlyRate,
  total: nightlyRate * 3,
  currency: 'EUR',
});

class FakePms extends PmsAdapter {
  offers: RoomOffer[] = [offer('double', 109), offer('suite', 219, 1)];
  stale = false;
  availabilityError?: Error;
  bookingError?: Error;
  readonly queries: AvailabilityQuery[] = [];
  readonly bookings: ReservationRequest[] = [];

  async checkAvailability(query: AvailabilityQuery): Promise<Availability> {
    this.queries.push(query);
    if (this.availabilityError) throw this.availabilityError;
    return { offers: this.offers, checkedAt: '2026-11-25T10:00:00Z', stale: this.stale };
  }
  async getRoomTypes(): Promise<never> {
    throw new Error('not used');
  }
  async createReservation(request: ReservationRequest): Promise<Reservation> {
    this.bookings.push(request);
    if (this.bookingError) throw this.bookingError;
    const reference = this.bookings.length === 1 ? 'K7QX2M' : `K7QX2${this.bookings.length}`;
    return { ...request, reference, status: 'confirmed', total: 327, currency: 'EUR' };
  }
  async getReservation(): Promise<never> {
    throw new Error('not used');
  }
  async cancelReservation(): Promise<never> {
    throw new Error('not used');
  }
}

class FakeLocks {
  readonly held: string[][] = [];
  error?: Error;
  async withLock<T>(resources: string[], fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.error) throw this.error;
    this.held.push(resources);
    return fn(new AbortController().signal);
  }
}

describe('BookingFlow', () => {
  let pms: FakePms;
  let locks: FakeLocks;
  let flow: BookingFlow;

  beforeEach(() => {
    pms = new FakePms();
    locks = new FakeLocks();
    flow = new BookingFlow(pms, locks as unknown as LockService, new HotelFacts());
  });

  const texts = (turn: Turn): string =>
    turn.replies.map((reply) => ('text' in reply ? reply.text : reply.type)).join('\n');
  const say = async (
    state: ConversationState,
    entities = parse('make_reservation').entities,
    intent: 'make_reservation' | 'check_availability' | 'None' = 'make_reservation',
    id = 'wamid.X',
    text?: string,
  ) => {
    const turn = makeTurn({ nlu: parse(intent, entities), state, message: text ? { id, text } : { id } });
    await flow.continue(turn, intent === 'make_reservation' ? 'book' : undefined);
    return turn;
  };
  const summaryState = async (): Promise<ConversationState> => {
    const turn = await say(
      freshState({ guestName: null }),
      [
        entity.range('2026-12-12', '2026-12-15'),
        entity.guests(2),
        entity.room('double'),
        entity.name('Ana García'),
      ],
      'make_reservation',
      'wamid.SUMMARY',
    );
    return turn.state;
  };

  it("asks whose name a booking for someone else goes under, rather than the guest's own", async () => {
    const request = [entity.range('2026-12-08', '2026-12-10'), entity.guests(2), entity.room('double')];
    const known = freshState({ guestName: 'Sara Molina' });
    const forMother = await say(
      known,
      request,
      'make_reservation',
      'wamid.MUM',
      'y otra doble para mis padres',
    );
    expect(texts(forMother)).toBe('¿A nombre de quién hago la reserva?');
    const forHerself = await say(
      freshState({ guestName: 'Sara Molina' }),
      request,
      'make_reservation',
      'wamid.ME',
      'una doble',
    );
    expect(texts(forHerself)).toMatch(/• A nombre de Sara Molina/);
  });

  it('says when dates already past this year are read as next year', async () => {
    const past = [entity.range('2027-11-20', '2027-11-22'), entity.guests(2)];
    const rolled = await say(
      freshState(),
      past,
      'check_availability',
      'wamid.PAST',
      'del 20 al 22 de noviembre para 2',
    );
    expect(rolled.replies[0]).toEqual({
      type: 'text',
      text: 'Ojo: esas fechas ya han pasado este año, así que te miro las de 2027. Si querías otras, dímelas.',
    });
    const written = await say(
      freshState(),
      past,
      'check_availability',
      'wamid.PAST2',
      'del 20 al 22 de noviembre de 2027',
    );
    const soon = await say(
      freshState(),
      [entity.range('2026-12-12', '2026-12-14'), entity.guests(2)],
      'check_availability',
      'wamid.SOON',
      'del 12 al 14 de diciembre',
    );
    for (const turn of [written, soon]) expect(JSON.stringify(turn.replies)).not.toMatch(/ya han pasado/);
  });

  it('changes the length of a summarised stay: "una noche más", "2 noches menos", "hasta el 17"', async () => {
    const stayAfter = async (text: string, said: Entity[]) => {
      const turn = await say(await summaryState(), said, 'make_reservation', 'wamid.LONGER', text);
      const { checkIn, checkOut } = turn.state.dialogue.slots;
      return [text, checkIn, checkOut];
    };
    // The summary is 12–15 December (3 nights).
    expect(await stayAfter('y una noche mas?', [entity.nights(1)])).toEqual([
      'y una noche mas?',
      '2026-12-12',
      '2026-12-16',
    ]);
    expect(await stayAfter('can we add 2 more nights?', [entity.nights(2)])).toEqual([
      'can we add 2 more nights?',
      '2026-12-12',
      '2026-12-17',
    ]);
    expect(await stayAfter('mejor 2 noches menos', [entity.nights(2)])).toEqual([
      'mejor 2 noches menos',
      '2026-12-12',
      '2026-12-13',
    ]);
    // Never below one night; the stay's whole length when no "more" or "less" is said.
    expect((await stayAfter('5 noches menos', [entity.nights(5)]))[2]).toBe('2026-12-13');
    expect((await stayAfter('mejor 2 noches', [entity.nights(2)]))[2]).toBe('2026-12-14');
    // Only its price asked: the stay stays.
    expect((await stayAfter('¿cuánto cuesta una noche más?', [entity.nights(1)])).slice(1, 3)).toEqual([
      '2026-12-12',
      '2026-12-15',
    ]);
    const until = (text: string) => [
      {
        ...entity.date('2026-12-17'),
        text: text.slice(text.indexOf('el')),
        start: text.indexOf('el'),
        end: text.length,
      },
    ];
    expect(await stayAfter('hasta el 17 mejor', until('hasta el 17'))).toEqual([
      'hasta el 17 mejor',
      '2026-12-12',
      '2026-12-17',
    ]);
    // So is a day said as the departure.
    const leaving = (text: string) => [
      {
        ...entity.date('2026-12-17'),
        text: 'al 17',
        start: text.indexOf('al 17'),
        end: text.indexOf('al 17') + 5,
      },
    ];
    for (const text of ['cambia la fecha de salida al 17', 'check out on the 17th']) {
      const said = text.includes('al 17')
        ? leaving(text)
        : [{ ...entity.date('2026-12-17'), text: 'the 17th', start: 13, end: 21 }];
      expect((await stayAfter(text, said)).slice(1, 3)).toEqual(['2026-12-12', '2026-12-17']);
    }
    // A day said without "until" is a new arrival, whose departure is asked.
    expect((await stayAfter('mejor el 17', until('mejor el 17'))).slice(1, 3)).toEqual([
      '2026-12-17',
      undefined,
    ]);
    // A day said as the arrival, before the departure, moves the arrival only.
    const arriving = (text: string, day: string) => {
      const start = text.lastIndexOf(day);
      return [{ ...entity.date('2026-12-11'), text: day, start, end: start + day.length }];
    };
    // A night added before or after the stay, named as a night: it joins the stay.
    const night = (text: string, date: string, day: string) => {
      const start = text.lastIndexOf(day);
      return [{ ...entity.date(date), text: day, start, end: start + day.length }];
    };
    const added = 'vale, añade la noche del 11 entonces';
    expect((await stayAfter(added, night(added, '2026-12-11', '11'))).slice(1, 3)).toEqual([
      '2026-12-11',
      '2026-12-15',
    ]);
    const after = 'add the night of the 15th too';
    expect((await stayAfter(after, night(after, '2026-12-15', '15th'))).slice(1, 3)).toEqual([
      '2026-12-12',
      '2026-12-16',
    ]);
    // Not a night away from the stay, nor a day that is no night ("el 15 salimos por la noche").
    const far = 'añade la noche del 20';
    expect((await stayAfter(far, night(far, '2026-12-20', '20'))).slice(1, 3)).toEqual([
      '2026-12-20',
      undefined,
    ]);
    const out = 'también: el 15 salimos por la noche';
    expect((await stayAfter(out, night(out, '2026-12-15', 'el 15'))).slice(1, 3)).not.toEqual([
      '2026-12-12',
      '2026-12-16',
    ]);
    for (const [text, day] of [
      ['cambia la fecha de entrada al 11', '11'],
      ['desde el 11 mejor', 'el 11'],
      ['from the 11th', 'from the 11th'],
    ]) {
      expect([text, ...(await stayAfter(text, arriving(text, day))).slice(1, 3)]).toEqual([
        text,
        '2026-12-11',
        '2026-12-15',
      ]);
    }
  });

  it('answers breakfast, parking, pets or wifi asked in the same message before the availability', async () => {
    const turn = await say(
      freshState(),
      [
        entity.range('2026-12-12', '2026-12-15'),
        entity.guests(2),
        entity.topic('breakfast'),
        entity.topic('check_in'),
      ],
      'check_availability',
    );
    expect(turn.replies[0]).toEqual({
      type: 'text',
      text: expect.stringMatching(/^El desayuno no está incluido/),
    });
    expect(turn.replies).toHaveLength(2);
    expect(texts(turn)).not.toMatch(/check-in/i);
    expect(turn.state.dialogue.awaiting).toBe('room_type');
    // "¿Tenéis cuna?" after a party with a baby: the children's terms; the party alone asks nothing.
    const request = [entity.range('2026-12-12', '2026-12-15'), entity.guests(2)];
    const cot = await say(
      freshState(),
      request,
      'check_availability',
      'wamid.C',
      '2 adultos y un bebé de 8 meses. Teneis cuna?',
    );
    expect(texts(cot)).toMatch(/^Los menores de 3 años se alojan gratis en cuna\.\nDel sáb 12 dic/);
    const party = await say(
      freshState(),
      request,
      'check_availability',
      'wamid.C2',
      '2 adultos y un bebé de 8 meses',
    );
    expect(texts(party)).toMatch(/^Del sáb 12 dic/);
  });

  it('says how to add an extra asked about in a booking, and says it is added when asked for, rather than answering again', async () => {
    const request = [entity.range('2026-12-12', '2026-12-15'), entity.guests(2), entity.room('double')];
    const asked = await say(
      freshState({ guestName: null }),
      [...request, entity.topic('breakfast')],
      'make_reservation',
      'wamid.Q',
      'una doble del 12 al 15 para 2, ¿el desayuno está incluido?',
    );
    expect(texts(asked)).toMatch(
      /^El desayuno no está incluido: cuesta 14\s€ por persona \(horario: 07:00-10:30\)\.\nSi lo quieres, dime «con desayuno» y lo añado a la reserva\.\n¿A nombre de quién/,
    );
    const added = await say(asked.state, [entity.topic('breakfast')], 'None', 'wamid.BF', 'con desayuno');
    expect(texts(added)).toBe('Añado el desayuno a la reserva.\n¿A nombre de quién hago la reserva?');
    expect(added.state.dialogue.slots.breakfast).toBe(true);
    // Both asked for in one breath, in English: both added, neither answered as a question.
    const both = await say(
      freshState({ guestName: null }),
      [...request, entity.topic('parking'), entity.topic('breakfast')],
      'make_reservation',
      'wamid.EN',
      'a double from Dec 12 to 15 for 2 with parking and breakfast',
    );
    expect(both.state.dialogue.slots).toMatchObject({ parking: true, breakfast: true });
    expect(texts(both)).not.toMatch(/no está incluido|tenemos parking/);
    // Breakfast and parking asked about together: how to add each.
    const twoAsked = await say(
      freshState({ guestName: null }),
      [...request, entity.topic('breakfast'), entity.topic('parking')],
      'make_reservation',
      'wamid.Q2',
      'is breakfast included? and is there parking?',
    );
    expect(texts(twoAsked)).toMatch(/«con desayuno».*\n.*«con parking»/s);
    // A pet asked about: how to bring it; a dog over the hotel's limit: no such hint.
    const pets = (text: string) =>
      say(
        freshState({ guestName: null }),
        [...request, entity.topic('pets')],
        'make_reservation',
        'wamid.P',
        text,
      );
    expect(texts(await pets('¿admitís perros?'))).toMatch(/\nSi viene una mascota, dime «con mascota»/);
    expect(texts(await pets('¿admitís perros de 30 kg?'))).not.toMatch(/con mascota/);
  });

  it('reads days said alone in a stay in another month as days of its month ("mejor del 11 al 13")', async () => {
    const january = await say(
      freshState({ guestName: null }),
      [entity.range('2027-01-10', '2027-01-12'), entity.guests(2), entity.room('double')],
      'make_reservation',
      'wamid.J1',
      'una doble del 10 al 12 de enero para 2',
    );
    const moved = await say(
      structuredClone(january.state),
      [{ ...entity.range('2026-12-11', '2026-12-13'), text: 'del 11 al 13' }],
      'None',
      'wamid.J2',
      'mejor del 11 al 13',
    );
    expect(moved.state.dialogue.slots).toMatchObject({ checkIn: '2027-01-11', checkOut: '2027-01-13' });
    const from = await say(
      structuredClone(january.state),
      [{ type: 'date', value: { date: '2026-12-11' }, text: 'el 11', start: 6, end: 11 }],
      'None',
      'wamid.J3',
      'desde el 11',
    );
    expect(from.state.dialogue.slots).toMatchObject({ checkIn: '2027-01-11', checkOut: '2027-01-12' });
    // A month named in the message (which placed the days) wins over the stay's.
    const february = await say(
      structuredClone(january.state),
      [{ ...entity.range('2027-02-11', '2027-02-13'), text: 'del 11 al 13' }],
      'None',
      'wamid.J4',
      'mejor en febrero, del 11 al 13',
    );
    expect(february.state.dialogue.slots).toMatchObject({ checkIn: '2027-02-11', checkOut: '2027-02-13' });
  });

  it('answers a discount asked with a stay before its availability, promising none', async () => {
    const request = [entity.range('2026-12-12', '2026-12-15'), entity.guests(2), entity.room('double')];
    const asked = await say(
      freshState({ guestName: null }),
      [...request, entity.topic('discounts')],
      'make_reservation',
      'wamid.D',
      'una doble del 12 al 15 para 2, ¿hay algún descuento?',
    );
    expect(texts(asked)).toMatch(
      /^No tengo descuentos ni ofertas que aplicar desde aquí.*\n¿A nombre de quién/s,
    );
  });

  it('answers a pet weighed again after the pets answer ("¿y si es de 12 kilos?") for that weight, and asks its question again', async () => {
    const request = [entity.range('2026-12-12', '2026-12-15'), entity.guests(2), entity.room('double')];
    const refused = await say(
      freshState({ guestName: null }),
      [...request, entity.topic('pets')],
      'make_reservation',
      'wamid.P1',
      'una doble del 12 al 15 para 2 con mi perro de 25 kilos',
    );
    expect(texts(refused)).toMatch(/^Lo siento, solo admitimos mascotas de hasta 10 kg/);
    const heavier = await say(refused.state, [], 'None', 'wamid.P2', '¿y si es de 12 kilos?');
    expect(texts(heavier)).toMatch(
      /^Lo siento, solo admitimos mascotas de hasta 10 kg.*\n¿A nombre de quién/s,
    );
    const lighter = await say(heavier.state, [], 'None', 'wamid.P3', 'y de 8 kilos?');
    expect(texts(lighter)).toMatch(
      /^Admitimos mascotas .*hasta 10 kg\.\nSi viene una mascota, dime «con mascota».*\n¿A nombre de quién/s,
    );
    // A weight with no pet told about is no pets question ("la maleta pesa 12 kilos").
    const asked = await say(
      freshState({ guestName: null }),
      request,
      'make_reservation',
      'wamid.P4',
      'una doble del 12 al 15 para 2',
    );
    const luggage = await say(asked.state, [], 'None', 'wamid.P5', 'la maleta pesa 12 kilos');
    expect(texts(luggage)).not.toMatch(/mascota/);
  });

  it('shares a party larger than any room among the fewest rooms that take it, and sends a large group to the hotel', async () => {
    const five = await say(freshState(), [entity.range('2026-12-12', '2026-12-14'), entity.guests(5)]);
    expect(texts(five)).toMatch(
      /^Nuestras habitaciones son para 4 personas como máximo, así que para 5 busco más de una\.\n/,
    );
    expect(five.state.dialogue.slots.rooms).toBe(2);
    // "Al final somos 4": one room takes them, as if the rooms had never been chosen.
    const four = await say(structuredClone(five.state), [entity.guests(4)], 'None');
    expect(four.state.dialogue.slots.rooms).toBeUndefined();
    expect(texts(four)).not.toMatch(/más de una/);
    expect(pms.queries[0]).toMatchObject({ guests: 3 });
    pms.queries.length = 0;
    // "Somos 8" with one suite left: no two rooms take them, so three do.
    const sized = (roomTypeId: string, nightlyRate: number, maxGuests: number, roomsLeft = 3): RoomOffer => ({
      ...offer(roomTypeId, nightlyRate, roomsLeft),
      maxGuests,
    });
    pms.checkAvailability = async (query: AvailabilityQuery): Promise<Availability> => {
      pms.queries.push(query);
      const all = [sized('suite', 219, 4, 1), sized('superior', 139, 3), sized('double', 109, 2)];
      return {
        offers: all.filter((o) => o.maxGuests >= query.guests),
        checkedAt: '2026-11-25T10:00:00Z',
        stale: false,
      };
    };
    const eight = await say(freshState(), [entity.range('2026-12-12', '2026-12-14'), entity.guests(8)]);
    expect(eight.state.dialogue.slots).toMatchObject({ rooms: 3, nextRoomTypes: ['superior', 'double'] });
    expect(texts(eight)).toMatch(/Total de las 3: /);
    // "2 suites para 8" there: the one suite left is said, and the bot chooses the rooms instead of
    // asking for other dates (no kind has two rooms for 4).
    const suites = await say(freshState(), [
      entity.range('2026-12-12', '2026-12-14'),
      entity.guests(8),
      entity.rooms(2),
      entity.room('suite'),
    ]);
    expect(texts(suites)).toMatch(/^De la Suite Junior solo me queda una para esas fechas\.\n/);
    expect(texts(suites)).toMatch(/Total de las 3: /);
    expect(suites.state.dialogue.slots).toMatchObject({ rooms: 3, roomsSplit: true });
    pms.queries.length = 0;
    for (const guests of [21]) {
      const turn = await say(freshState(), [entity.range('2026-12-12', '2026-12-14'), entity.guests(guests)]);
      expect(texts(turn)).toMatch(
        new RegExp(`como máximo.*para ${guests} haría falta más de una.*reservas@`, 's'),
      );
      expect(turn.state.dialogue.awaiting).toBe('guests');
    }
    expect(pms.queries).toEqual([]);
  });

  it('asks for the dates, then the party size, before asking the PMS', async () => {
    const first = await say(freshState(), []);
    expect(first.state.dialogue.awaiting).toBe('dates');
    expect(texts(first)).toMatch(/fechas/);
    const second = await say(first.state, [entity.range('2026-12-12', '2026-12-15')], 'None');
    expect(second.state.dialogue.awaiting).toBe('guests');
    expect(pms.queries).toHaveLength(0);
  });

  it('asks until when after a start date alone, and takes a second date as the check-out', async () => {
    const first = await say(freshState(), [entity.date('2026-12-12')]);
    expect(texts(first)).toMatch(/Hasta qué día/);
    const second = await say(first.state, [entity.date('2026-12-14'), entity.guests(2)], 'None');
    expect(pms.queries[0]).toMatchObject({ checkIn: '2026-12-12', checkOut: '2026-12-14', guests: 2 });
    expect(second.state.dialogue.awaiting).toBe('room_type');
  });

  it('keeps the nights said before any day for the arrival told next ("2 noches para 2", then "desde el 10")', async () => {
    const first = await say(freshState(), [entity.nights(2), entity.guests(2)]);
    expect(texts(first)).toMatch(/¿Para qué fechas\?/);
    await say(first.state, [entity.date('2026-12-10')], 'None');
    expect(pms.queries[0]).toMatchObject({ checkIn: '2026-12-10', checkOut: '2026-12-12', guests: 2 });
    expect(first.state.dialogue.slots.nights).toBeUndefined();
  });

  it('lists what the PMS has free, with prices and a choice per room', async () => {
    const turn = await say(
      freshState(),
      [entity.range('2026-12-12', '2026-12-15'), entity.guests(2)],
      'check_availability',
    );
    const [reply] = turn.replies;
    expect(reply.type).toBe('buttons');
    expect(texts(turn)).toMatch(/109\s?€/);
    expect(texts(turn)).toMatch(/219\s?€/);
    expect(reply.type === 'buttons' && reply.buttons.map((b) => b.id)).toEqual(['room:double', 'room:suite']);
    expect(turn.state.dialogue.slots.options).toEqual(['room:double', 'room:suite']);
    // And the prices shown, a night and the stay, so that "la de 219" picks the suite.
    expect(turn.state.dialogue.slots.optionPrices).toEqual({
      'room:double': [109, 327],
      'room:suite': [219, 657],
    });
  });

  it('asks which room when the words fit two listed ("la doble": Doble Estándar or Doble Superior)', async () => {
    pms.offers = [offer('double', 109), offer('superior', 139), offer('suite', 219, 1)];
    const listed = await say(
      freshState({ guestName: 'Ana García' }),
      [entity.range('2026-12-12', '2026-12-15'), entity.guests(2)],
      'check_availability',
    );
    const doble = entity.room('double', ['superior']);
    const which = await say(
      structuredClone(listed.state),
      [doble],
      'make_reservation',
      'wamid.D',
      'la doble',
    );
    expect(texts(which)).toBe('¿Cuál de ellas: Doble Estándar o Doble Superior?');
    expect(which.state.dialogue).toMatchObject({
      awaiting: 'room_type',
      slots: { options: ['room:double', 'room:superior'], checkIn: '2026-12-12', guests: 2 },
    });
    // The prices shown still pick one ("la de 139").
    expect(which.state.dialogue.slots.optionPrices).toMatchObject({ 'room:superior': [139, 417] });
    expect(which.state.dialogue.slots.roomTypeId).toBeUndefined();
    expect(pms.queries).toHaveLength(1);
    // One of them not listed (the superior is full): the double is meant.
    pms.offers = [offer('double', 109), offer('suite', 219, 1)];
    const two = await say(
      freshState({ guestName: 'Ana García' }),
      [entity.range('2026-12-12', '2026-12-15'), entity.guests(2)],
      'check_availability',
    );
    const taken = await say(two.state, [doble], 'make_reservation', 'wamid.E', 'la doble');
    expect(texts(taken)).toMatch(/Doble Estándar/);
    expect(taken.state.dialogue.slots.roomTypeId).toBe('double');
    // With other dates in the same message, the stay changes and the list is shown again.
    pms.offers = [offer('double', 109), offer('superior', 139)];
    const moved = await say(
      structuredClone(listed.state),
      [doble, entity.range('2026-12-13', '2026-12-16')],
      'make_reservation',
      'wamid.F',
      'la doble, pero del 13 al 16',
    );
    expect(texts(moved)).not.toMatch(/¿Cuál de ellas/);
  });

  it('answers the check-in hour asked in a booking request, beside the other asides', async () => {
    const turn = await say(
      freshState(),
      [entity.range('2026-12-10', '2026-12-13'), entity.guests(2), entity.topic('check_in')],
      'check_availability',
      'wamid.CI',
      'disponibilidad para dos adultos del 10 al 13 de diciembre, y ¿a qué hora es el check-in?',
    );
    expect(texts(turn)).toMatch(/^El check-in es a partir de las 15:00\.\n/);
    // The days of a stay said with "check in" ask no hour.
    const days = await say(
      freshState(),
      [entity.range('2026-12-10', '2026-12-13'), entity.guests(2), entity.topic('check_in')],
      'check_availability',
      'wamid.CI2',
      'check in el 10 y check out el 13, para 2',
    );
    expect(texts(days)).not.toMatch(/a partir de las 15:00/);
  });

  it('explains the question asked when the guest is lost ("no entiendo"), keeping everything as it was', async () => {
    const asked = (awaiting: string, slots: Record<string, unknown> = {}) =>
      freshState({ dialogue: { flow: 'make_reservation', awaiting, slots: { mode: 'book', ...slots } } });
    const cases = [
      ['guest_name', {}, 'no entiendo', /^Necesito el nombre y apellido de la persona que se aloja/],
      ['guests', {}, 'no sé qué poner', /^Dime cuántas personas se alojarán, contando a los niños/],
      ['dates', {}, 'ni idea', /^Necesito el día de llegada y el de salida/],
      ['dates', { checkIn: '2026-12-12' }, 'da igual', /^Ya tengo el día de llegada/],
      ['room_type', {}, 'no entiendo', /^Elige una de las habitaciones de la lista/],
      ['confirmation', { step: 'summary', bookingKey: 'k1' }, '¿qué?', /^Te pregunto si hago la reserva/],
      // In a hurry while a detail is missing: right away, and the detail.
      [
        'guest_name',
        {},
        'venga, ¿me la reservas ya o qué?',
        /^¡Enseguida! Solo me falta un dato\.\nNecesito el nombre y apellido/,
      ],
      ['guests', {}, 'esto es lentísimo', /^¡Enseguida! Solo me falta un dato\.\nDime cuántas personas/],
    ] as const;
    for (const [awaiting, slots, text, help] of cases) {
      const state = asked(awaiting, { ...slots });
      const before = structuredClone(state.dialogue);
      const turn = await say(state, [], 'None', 'wamid.L', text);
      expect([awaiting, text, texts(turn)]).toEqual([awaiting, text, expect.stringMatching(help)]);
      expect(turn.state.dialogue).toEqual(before);
    }
    expect(pms.queries).toEqual([]);
  });

  it('says whether the hour of arrival told in the request is fine: any late hour, an early one before check-in', async () => {
    const request = [entity.range('2026-12-12', '2026-12-15'), entity.guests(2)];
    const late = await say(
      freshState(),
      request,
      'check_availability',
      'wamid.L',
      'del 12 al 15 para 2, llegaremos sobre la 1 de la madrugada',
    );
    expect(texts(late)).toMatch(
      /^La recepción está abierta las 24 horas: puedes llegar a la hora que quieras\.\n.*\nDel sáb 12 dic/,
    );
    const early = await say(
      freshState(),
      request,
      'check_availability',
      'wamid.E',
      'del 12 al 15 para 2, llegamos a las 9 de la mañana',
    );
    expect(texts(early)).toMatch(
      /^El check-in es a partir de las 15:00; si llegas antes, llámanos al \+34 910 000 000.*\nDel sáb 12 dic/,
    );
    const plain = await say(freshState(), request, 'check_availability', 'wamid.P', 'del 12 al 15 para 2');
    expect(texts(plain)).toMatch(/^Del sáb 12 dic/);
    // In the small hours: the night before is not booked, and how to add it.
    expect(texts(late)).toMatch(
      /\nUn detalle: la reserva empieza la noche del sáb 12 dic, así que te esperamos en la madrugada del dom 13 dic\. Si llegas en la madrugada del sáb 12 dic, necesitas también la noche anterior: dime «desde el vie 11 dic» y la añado\.\n/,
    );
    const lateEvening = await say(
      freshState(),
      request,
      'check_availability',
      'wamid.LE',
      'del 12 al 15 para 2, llegamos a las 23h',
    );
    expect(texts(lateEvening)).not.toMatch(/Un detalle/);
    // A hotel without a 24-hour reception wants a call.
    const demo = demoTenant();
    const amenities = demo.info.amenities.filter((amenity) => amenity !== '24h-reception');
    const tenant = { ...demo, info: { ...demo.info, amenities } };
    const noNightDesk = makeTurn({
      nlu: parse('check_availability', request),
      message: { text: 'del 12 al 15 para 2, llegaremos tarde' },
      tenant,
    });
    await flow.continue(noNightDesk);
    expect(texts(noNightDesk)).toMatch(
      /^Si llegas tarde, llámanos al \+34 910 000 000 para que te esperemos\.\n/,
    );
  });

  it('tells a guest asking for tonight in the small hours which night that is, and to call for a bed now', async () => {
    const tonight = (at: string, text: string, checkIn = '2026-11-27') => {
      const turn = makeTurn({
        nlu: parse('check_availability', [entity.range(checkIn, '2026-11-28'), entity.guests(2)]),
        message: { text },
        now: new Date(at),
      });
      return flow.continue(turn).then(() => texts(turn));
    };
    // 01:30 in Madrid on Friday 27 November.
    expect(await tonight('2026-11-27T00:30:00Z', 'una habitación para esta noche, somos 2')).toMatch(
      /^Aquí es de madrugada \(01:30\): la noche que te busco es la del vie 27 nov al sáb 28 nov, con entrada desde las 15:00\. Si necesitas la habitación ya, de madrugada, llámanos al \+34 910 000 000/,
    );
    // Not said again when no dates come with it; in the evening, or for another night, nothing of the kind.
    const later = makeTurn({
      nlu: parse('None'),
      state: freshState({
        dialogue: {
          flow: 'make_reservation',
          awaiting: 'guest_name',
          slots: { mode: 'book', checkIn: '2026-11-27', checkOut: '2026-11-28', guests: 2 },
        },
      }),
      message: { text: 'ahora te digo el nombre' },
      now: new Date('2026-11-27T00:40:00Z'),
    });
    await flow.continue(later);
    expect(texts(later)).not.toMatch(/madrugada/);
    expect(await tonight('2026-11-27T19:00:00Z', 'una habitación para esta noche, somos 2')).not.toMatch(
      /madrugada/,
    );
    expect(
      await tonight('2026-11-26T00:30:00Z', 'una habitación para mañana por la noche, somos 2'),
    ).not.toMatch(/madrugada/);
  });

  it('answers a holiday period named instead of dates with its days, and asks which', async () => {
    const asked = await say(
      freshState(),
      [entity.guests(2)],
      'check_availability',
      'wamid.H',
      '¿tenéis algo para semana santa? somos 2',
    );
    expect(texts(asked)).toBe(
      'La Semana Santa va del jue 25 mar 2027 al dom 28 mar 2027. ¿Qué días te interesan? Dime la llegada y la salida.',
    );
    expect(asked.state.dialogue.awaiting).toBe('dates');
    expect(pms.queries).toEqual([]);
    // "Del jueves al domingo" next (read from today: 26 to 29 November) is in that week.
    const days = { ...entity.range('2026-11-26', '2026-11-29'), text: 'del jueves al domingo' };
    const told = await say(asked.state, [days], 'None', 'wamid.H2', 'del jueves al domingo');
    expect(told.state.dialogue.slots).toMatchObject({ checkIn: '2027-03-25', checkOut: '2027-03-28' });
    expect(told.state.dialogue.slots.periodFrom).toBeUndefined();
    // "La semana que viene" at "which dates?" (today Thursday 26 November): its Monday to Sunday.
    const week = await say(
      freshState({ dialogue: { flow: 'make_reservation', awaiting: 'dates', slots: { guests: 2 } } }),
      [],
      'None',
      'wamid.W',
      'la semana que viene',
    );
    expect(texts(week)).toBe(
      'La semana que viene va del lun 30 nov al dom 6 dic. ¿Qué días te interesan? Dime la llegada y la salida.',
    );
    expect(week.state.dialogue.slots.periodFrom).toBe('2026-11-30');
  });

  it('flags an answer the PMS could not refresh as possibly out of date', async () => {
    pms.stale = true;
    const turn = await say(freshState(), [entity.range('2026-12-12', '2026-12-15'), entity.guests(2)]);
    expect(texts(turn)).toMatch(/puede no estar actualizada/);
  });

  it('answers honestly when the PMS cannot be reached, inventing nothing', async () => {
    pms.availabilityError = new PmsUnavailableError('down', { circuitOpen: true });
    const turn = await say(freshState(), [entity.range('2026-12-12', '2026-12-15'), entity.guests(2)]);
    expect(texts(turn)).toMatch(/no puedo consultar/);
    expect(texts(turn)).toMatch(/\+34 910 000 000/);
    expect(turn.replies.every((reply) => reply.type === 'text')).toBe(true);
  });

  it('asks for other dates when the PMS refuses them (check-in in the past)', async () => {
    pms.availabilityError = new PmsInvalidRequestError('check_in_in_past', 'past');
    const turn = await say(freshState(), [entity.range('2025-01-01', '2025-01-03'), entity.guests(2)]);
    expect(texts(turn)).toMatch(/pasado/);
    expect(turn.state.dialogue.awaiting).toBe('dates');
    expect(turn.state.dialogue.slots.checkIn).toBeUndefined();
  });

  it('asks whose name the booking is under, then summarises with the price and asks to confirm', async () => {
    const named = await say(freshState(), [
      entity.range('2026-12-12', '2026-12-15'),
      entity.guests(2),
      entity.room('double'),
    ]);
    expect(named.state.dialogue.awaiting).toBe('guest_name');
    const summary = await say(named.state, [entity.name('Ana García')], 'None', 'wamid.NAME');
    expect(texts(summary)).toMatch(/Ana García/);
    expect(texts(summary)).toMatch(/327\s?€/);
    const [reply] = summary.replies;
    expect(reply.type === 'buttons' && reply.buttons.map((b) => b.id)).toEqual(['confirm_yes', 'confirm_no']);
    expect(summary.state.dialogue).toMatchObject({
      awaiting: 'confirmation',
      slots: { step: 'summary', bookingKey: 'whatsapp:wamid.NAME' },
    });
  });

  it("says at the summary that a stay starting inside the hotel's free-cancellation window costs the first night to cancel", async () => {
    // Now is Wed 25 Nov, 11:00 in Madrid: a Thursday arrival at 15:00 is 28 hours away.
    const soon = await say(freshState(), [
      entity.range('2026-11-26', '2026-11-29'),
      entity.guests(2),
      entity.room('double'),
      entity.name('Ana García'),
    ]);
    expect(texts(soon)).toMatch(
      /\(pago en el hotel\)\nTen en cuenta: como llegas en menos de 48 horas, si luego cancelas se cobra la primera noche \(109\s€\)\.\n¿La confirmo\?$/,
    );
    expect(
      texts(
        await say(freshState(), [
          entity.range('2026-11-27', '2026-11-30'),
          entity.guests(2),
          entity.room('double'),
          entity.name('Ana García'),
        ]),
      ),
    ).not.toMatch(/Ten en cuenta/);
  });

  it('lets the guest take their time at a summary ("espera, que lo consulto con mi pareja"): the question stands', async () => {
    const state = await summaryState();
    const before = structuredClone(state.dialogue);
    for (const text of ['espera que lo consulto con mi pareja', 'let me check with my wife', 'un momento']) {
      const turn = makeTurn({ nlu: parse('None'), state: structuredClone(state), message: { text } });
      await flow.continue(turn);
      expect([text, turn.replies.length, turn.state.dialogue]).toEqual([text, 1, before]);
    }
    const paused = makeTurn({ nlu: parse('None'), state, message: { text: 'espera que lo consulto' } });
    await flow.continue(paused);
    expect(texts(paused)).toBe('Claro, sin prisa. Cuando lo tengas, dime «sí» y la confirmo.');
    expect(pms.queries).toHaveLength(1);
    // The later yes books what was summarised, under its key.
    const yes = makeTurn({ nlu: parse('confirm'), state: paused.state, message: { id: 'wamid.LATER' } });
    await flow.confirm(yes);
    expect(pms.bookings.map((booking) => booking.idempotencyKey)).toEqual(['whatsapp:wamid.SUMMARY']);
  });

  it('takes a name given while looking at the rooms ("vale la doble, a nombre de Paula Reyes") as a booking', async () => {
    const listed = await say(
      freshState({ guestName: null }),
      [entity.range('2026-12-12', '2026-12-15'), entity.guests(2)],
      'check_availability',
    );
    expect(listed.state.dialogue.awaiting).toBe('room_type');
    const picked = await say(
      listed.state,
      [entity.room('double'), entity.name('Paula Reyes')],
      'None',
      'wamid.PICK',
    );
    expect(picked.state.dialogue.slots).toMatchObject({
      step: 'summary',
      guestName: 'Paula Reyes',
      roomTypeId: 'double',
    });
  });

  it('keeps the summary as shown where a guest says something else (review of the new readings)', async () => {
    // A yes with an address books, with that address.
    const yesMail = makeTurn({
      nlu: parse('confirm', [entity.email('ana@x.com')]),
      state: await summaryState(),
      message: { id: 'wamid.YM', text: 'Sí, mándame la confirmación a ana@x.com' },
    });
    await flow.confirm(yesMail);
    expect(pms.bookings.map((booking) => booking.contact)).toEqual([
      { phone: '34611111111', email: 'ana@x.com' },
    ]);
    // A yes with a night added is a new summary, not a booking of the old one.
    const text = 'sí, y añade la noche del 15';
    const start = text.indexOf('15');
    const yesNight = makeTurn({
      nlu: parse('confirm', [{ ...entity.date('2026-12-15'), text: '15', start, end: start + 2 }]),
      state: await summaryState(),
      message: { id: 'wamid.YN', text },
    });
    await flow.confirm(yesNight);
    expect(pms.bookings).toHaveLength(1);
    expect(yesNight.state.dialogue.slots).toMatchObject({ checkOut: '2026-12-16', step: 'summary' });
    // Only asked about: breakfast "incluye" and parking "what about" are not added.
    for (const [said, topic] of [
      ['¿El precio incluye el desayuno?', 'breakfast'],
      ['what about parking?', 'parking'],
    ] as const) {
      const turn = await say(await summaryState(), [entity.topic(topic)], 'None', 'wamid.ASK', said);
      expect([said, turn.state.dialogue.slots.breakfast ?? turn.state.dialogue.slots.parking]).toEqual([
        said,
        undefined,
      ]);
    }
    // "Llegamos el 13 de madrugada" keeps the stay from the 12th.
    const late = 'llegamos el 13 de madrugada';
    const lateAt = late.indexOf('el 13');
    const arriving = await say(
      await summaryState(),
      [{ ...entity.date('2026-12-13'), text: 'el 13', start: lateAt, end: lateAt + 5 }],
      'None',
      'wamid.LT',
      late,
    );
    expect(arriving.state.dialogue.slots.checkIn).toBe('2026-12-12');
  });

  it('ends the rooms still to book when the whole party counted already has rooms ("al final somos 2")', async () => {
    pms.offers = [offer('double', 109, 3)];
    const listed = await say(
      freshState({ guestName: 'Ana García' }),
      [entity.range('2026-12-12', '2026-12-15'), entity.rooms(2), entity.room('double'), entity.guests(4)],
      'make_reservation',
    );
    const first = makeTurn({ nlu: parse('confirm'), state: listed.state, message: { id: 'wamid.R1' } });
    await flow.confirm(first);
    expect(first.state.dialogue.slots).toMatchObject({ nextRoom: true, partyBooked: 2 });
    const housed = await say(
      structuredClone(first.state),
      [entity.guests(2)],
      'None',
      'wamid.H',
      'al final somos 2',
    );
    expect(texts(housed)).toBe('De acuerdo, no reservo la otra habitación. ¿Te ayudo con otra cosa?');
    expect(housed.state.dialogue.flow).toBeNull();
    // "En esta somos 3" is this room's party.
    const thisOne = await say(
      structuredClone(first.state),
      [entity.guests(3)],
      'None',
      'wamid.T',
      'en esta somos 3',
    );
    expect(thisOne.state.dialogue.slots.guests).toBe(3);
  });

  it('books on yes under one lock per night, with the idempotency key fixed by the summary', async () => {
    const state = await summaryState();
    const turn = makeTurn({ nlu: parse('confirm'), state, message: { id: 'wamid.YES' } });
    await flow.confirm(turn);
    expect(pms.bookings).toEqual([
      expect.objectContaining({
        roomTypeId: 'double',
        checkIn: '2026-12-12',
        checkOut: '2026-12-15',
        guests: 2,
        guestName: 'Ana García',
        idempotencyKey: 'whatsapp:wamid.SUMMARY',
        contact: { phone: '34611111111' },
      }),
    ]);
    expect(locks.held).toEqual([
      [
        'lock:demo:room-type:double:2026-12-12',
        'lock:demo:room-type:double:2026-12-13',
        'lock:demo:room-type:double:2026-12-14',
      ],
    ]);
    expect(texts(turn)).toMatch(/K7QX2M/);
    expect(turn.state.dialogue).toEqual({
      flow: null,
      awaiting: null,
      slots: {
        lastReference: 'K7QX2M',
        references: ['K7QX2M'],
        lastStay: { checkIn: '2026-12-12', checkOut: '2026-12-15' },
        lastRoom: { roomTypeId: 'double', guests: 2 },
      },
    });
    expect(turn.state.guestName).toBe('Ana García');
  });

  it('says, once a stay booked in place of another is made, that the other is still on and how to cancel it when the PMS cannot show it', async () => {
    const state = await summaryState();
    state.dialogue.slots.replaces = 'PYBFFY';
    const turn = makeTurn({ nlu: parse('confirm'), state, message: { id: 'wamid.YES' } });
    await flow.confirm(turn);
    expect(texts(turn)).toMatch(
      /K7QX2M.*\nTu reserva anterior PYBFFY sigue activa: si ya no la necesitas, dime «cancela la PYBFFY» y la cancelo\.$/s,
    );
    expect(pms.bookings).toHaveLength(1);
    expect(turn.state.dialogue.slots.replaces).toBeUndefined();
  });

  it('keeps an e-mail the guest gives for the booking: noted, shown in the summary, sent to the PMS beside the phone', async () => {
    const noted = await say(await summaryState(), [entity.email('ana@example.com')], 'None', 'wamid.MAIL');
    expect(noted.replies.map((reply) => ('text' in reply ? reply.text : reply.type))).toEqual([
      'Anoto tu e-mail para la reserva: ana@example.com.',
      expect.stringMatching(/• A nombre de Ana García\n• E-mail: ana@example\.com\n• Total: 327\s€/),
    ]);
    // A new summary: its own key, so that the yes books what it showed.
    expect(noted.state.dialogue.slots).toMatchObject({ step: 'summary', bookingKey: 'whatsapp:wamid.MAIL' });
    const yes = makeTurn({ nlu: parse('confirm'), state: noted.state, message: { id: 'wamid.YES' } });
    await flow.confirm(yes);
    expect(pms.bookings.map((booking) => booking.contact)).toEqual([
      { phone: '34611111111', email: 'ana@example.com' },
    ]);
    // The last of two addresses is the one ("…o mejor sofia.personal@gmail.com"); one that is none is asked again.
    const second = await say(
      await summaryState(),
      [entity.email('sofia@empresa.com'), entity.email('sofia.personal@gmail.com')],
      'None',
      'wamid.M2',
      'sofia@empresa.com o mejor sofia.personal@gmail.com',
    );
    expect(second.state.dialogue.slots.email).toBe('sofia.personal@gmail.com');
    const broken = await say(await summaryState(), [], 'None', 'wamid.M3', 'mi correo es marta@gmailcom');
    expect(texts(broken)).toMatch(
      /^«marta@gmailcom» no parece un correo completo: ¿me lo escribes como nombre@dominio\.com\?\n/,
    );
    expect(broken.state.dialogue.slots.email).toBeUndefined();
    // The hotel's own address named in passing is not the guest's.
    const hotels = await say(
      await summaryState(),
      [entity.email('Reservas@HotelDemo.example')],
      'None',
      'wamid.H',
    );
    expect(hotels.state.dialogue.slots.email).toBeUndefined();
    expect(texts(hotels)).not.toMatch(/E-mail/);
    // Given with the name, the summary says it: no separate note.
    const named = await say(
      freshState({ guestName: null }),
      [
        entity.range('2026-12-12', '2026-12-15'),
        entity.guests(2),
        entity.room('double'),
        entity.name('Ana García'),
        entity.email('ana@example.com'),
      ],
      'make_reservation',
    );
    expect(named.replies).toHaveLength(1);
    expect(texts(named)).toMatch(/• E-mail: ana@example\.com/);
  });

  it('books an e-mail conversation under the address the guest gave, or else the one they write from', async () => {
    const asked = async (given?: string): Promise<ReservationRequest['contact']> => {
      const message = { channel: 'gmail' as const, from: 'ana.work@example.com' };
      const summary = makeTurn({
        nlu: parse('make_reservation', [
          entity.range('2026-12-12', '2026-12-15'),
          entity.guests(2),
          entity.room('double'),
          entity.name('Ana García'),
          ...(given ? [entity.email(given)] : []),
        ]),
        state: freshState({ guestName: null }),
        message: { ...message, id: `mail-${given}` },
      });
      await flow.continue(summary, 'book');
      const yes = makeTurn({
        nlu: parse('confirm'),
        state: summary.state,
        message: { ...message, id: 'yes' },
      });
      await flow.confirm(yes);
      return pms.bookings[pms.bookings.length - 1].contact;
    };
    expect(await asked()).toEqual({ email: 'ana.work@example.com' });
    expect(await asked('ana.home@example.com')).toEqual({ email: 'ana.home@example.com' });
  });

  it('goes from the yes to each next room of three straight to its summary, the kinds shown once', async () => {
    // As the demo hotel sleeps them: 7 in 3 rooms is a Superior for 3 and two Standards for 2.
    const offers = [
      { ...offer('superior', 139, 3), maxGuests: 3 },
      { ...offer('double', 109, 3), maxGuests: 2 },
    ];
    pms.checkAvailability = async (query: AvailabilityQuery): Promise<Availability> => ({
      offers: offers.filter((candidate) => candidate.maxGuests >= query.guests),
      checkedAt: '2026-11-25T10:00:00Z',
      stale: false,
    });
    const listed = await say(
      freshState({ guestName: 'Ana García' }),
      [entity.range('2026-12-12', '2026-12-15'), entity.rooms(3), entity.guests(7)],
      'check_availability',
    );
    expect(texts(listed)).toMatch(/Total de las 3: /);
    let state = listed.state;
    for (const [i, id] of ['A', 'B', 'C', 'D', 'E', 'F'].entries()) {
      const yes = makeTurn({ nlu: parse('confirm'), state, message: { id: `wamid.${id}` } });
      await flow.confirm(yes);
      // Yes to an offer (the kinds, then each next room): its summary; yes to a summary: booked.
      expect([i, texts(yes)]).toEqual([
        i,
        expect.stringMatching(i % 2 === 0 ? /Te resumo la reserva/ : /K7QX2/),
      ]);
      state = yes.state;
    }
    expect(pms.bookings).toHaveLength(3);
  });

  it('offers and books a room of each kind named ("una suite y una individual"), each for its share', async () => {
    pms.offers = [offer('suite', 219, 1), offer('single', 79)];
    const listed = await say(
      freshState({ guestName: 'Ana García' }),
      [
        entity.range('2026-12-12', '2026-12-15'),
        entity.rooms(2),
        entity.room('single'),
        entity.room('suite'),
        entity.guests(3),
      ],
      'check_availability',
    );
    // The largest kind takes the largest share; the single is asked of the PMS for a party of one.
    expect(pms.queries.map((query) => query.guests)).toEqual([2, 1]);
    expect(texts(listed)).toMatch(
      /\n• Suite Junior para 2 personas: 219\s€\/noche, total 657\s€\n• Habitación Individual para 1 persona: 79\s€\/noche, total 237\s€\nTotal de las dos: 894\s€\./,
    );
    const yes = makeTurn({ nlu: parse('confirm'), state: listed.state });
    await flow.confirm(yes);
    expect(texts(yes)).toMatch(/• Suite Junior\n.*• 2 personas\n.*Después te reservo la otra habitación\./s);
    const first = makeTurn({ nlu: parse('confirm'), state: yes.state, message: { id: 'wamid.K1' } });
    await flow.confirm(first);
    expect(texts(first)).toMatch(
      /Vamos con la siguiente: ¿te reservo la Habitación Individual del .* para 1 persona\?$/s,
    );
    // Asked again after a side question: the single is no "other" of the suite.
    const reminded = makeTurn({ nlu: parse('hotel_info'), state: structuredClone(first.state) });
    expect(flow.remind(reminded)).toBe(true);
    expect(texts(reminded)).toBe(
      '¿Te reservo también la Habitación Individual del sáb 12 dic al mar 15 dic, para 1 persona?',
    );
    // "Al final somos 4" there counts the whole party: the 2 in the suite are housed, the room is for the other 2.
    const grown = await say(
      structuredClone(first.state),
      [entity.guests(4)],
      'None',
      'wamid.G',
      'al final somos 4',
    );
    expect(texts(grown)).toMatch(/^Con 2 personas en lo ya reservado, busco sitio para los otros 2\.\n/);
    expect(grown.state.dialogue.slots).toMatchObject({ guests: 2, partyBooked: 2 });
    // "¿Y para 2?" is this room's party.
    const asked = await say(
      structuredClone(first.state),
      [entity.guests(2)],
      'None',
      'wamid.G2',
      '¿y para 2?',
    );
    expect(asked.state.dialogue.slots.guests).toBe(2);
    expect(texts(asked)).not.toMatch(/ya reservado/);
    const next = makeTurn({ nlu: parse('confirm'), state: first.state, message: { id: 'wamid.K2' } });
    await flow.confirm(next);
    const last = makeTurn({ nlu: parse('confirm'), state: next.state, message: { id: 'wamid.K3' } });
    await flow.confirm(last);
    expect(pms.bookings.map((booking) => [booking.roomTypeId, booking.guests])).toEqual([
      ['suite', 2],
      ['single', 1],
    ]);
  });

  it('offers rooms of different kinds when they cost less than rooms alike ("2 habitaciones para 5")', async () => {
    const sized = (roomTypeId: string, nightlyRate: number, maxGuests: number, roomsLeft = 3): RoomOffer => ({
      ...offer(roomTypeId, nightlyRate, roomsLeft),
      maxGuests,
    });
    // The PMS lists for 3 only what sleeps 3; for 2 the double too.
    pms.checkAvailability = async (query: AvailabilityQuery): Promise<Availability> => {
      pms.queries.push(query);
      const all = [sized('double', 109, 2), sized('superior', 139, 3)];
      return {
        offers: all.filter((o) => o.maxGuests >= query.guests),
        checkedAt: '2026-11-25T10:00:00Z',
        stale: false,
      };
    };
    const listed = await say(
      freshState({ guestName: 'Ana García' }),
      [entity.range('2026-12-12', '2026-12-15'), entity.rooms(2), entity.guests(5)],
      'check_availability',
    );
    expect(pms.queries.map((query) => query.guests)).toEqual([3, 2]);
    expect(texts(listed)).toMatch(
      /\n• Doble Superior para 3 personas: 139\s€\/noche, total 417\s€\n• Doble Estándar para 2 personas: 109\s€\/noche, total 327\s€\nTotal de las dos: 744\s€\. .*\nSi las prefieres iguales: Doble Superior, 834\s€ las dos\.\n/s,
    );
    expect(listed.state.dialogue).toMatchObject({
      awaiting: 'confirmation',
      slots: { step: 'offer', roomTypeId: 'superior', nextRoomTypes: ['double'], kindsProposed: true },
    });
    // Yes: each room of its kind, for its share.
    let state = structuredClone(listed.state);
    for (const id of ['K1', 'K2', 'K3', 'K4']) {
      const yes = makeTurn({ nlu: parse('confirm'), state, message: { id: `wamid.${id}` } });
      await flow.confirm(yes);
      state = yes.state;
    }
    expect(pms.bookings.map((booking) => [booking.roomTypeId, booking.guests])).toEqual([
      ['superior', 3],
      ['double', 2],
    ]);
    // Another party drops the bot's mix: for 4, two doubles (2 each) are the cheapest.
    const fewer = await say(listed.state, [entity.guests(4)], 'None');
    expect(fewer.state.dialogue.slots).toMatchObject({ guests: 4 });
    expect(fewer.state.dialogue.slots.kindsProposed).toBeUndefined();
    expect(texts(fewer)).toMatch(
      /• Doble Estándar: 109\s€\/noche, total 327\s€ por habitación y 654\s€ las dos/,
    );
    // The last double taken, a double and a superior are the only way for 4 in 2 rooms.
    pms.checkAvailability = async (query: AvailabilityQuery): Promise<Availability> => {
      pms.queries.push(query);
      const all = [sized('double', 109, 2, 1), sized('superior', 139, 3, 1)];
      return {
        offers: all.filter((o) => o.maxGuests >= query.guests),
        checkedAt: '2026-11-25T10:00:00Z',
        stale: false,
      };
    };
    const short = await say(
      freshState({ guestName: 'Ana García' }),
      [entity.range('2026-12-12', '2026-12-15'), entity.rooms(2), entity.guests(4)],
      'check_availability',
    );
    expect(texts(short)).toMatch(
      /• Doble Estándar para 2 personas.*\n• Doble Superior para 2 personas.*\nTotal de las dos: 744/s,
    );
    expect(texts(short)).not.toMatch(/iguales/);
  });

  it('shares the party by what each named kind sleeps, and shows both rooms before a booking asks the name', async () => {
    const sized = (roomTypeId: string, nightlyRate: number, maxGuests: number): RoomOffer => ({
      ...offer(roomTypeId, nightlyRate),
      maxGuests,
    });
    pms.offers = [sized('suite', 219, 4), sized('double', 109, 2), sized('superior', 139, 3)];
    // "Quiero una suite y una doble, somos 6": 3 and 3 would not fit the double; 4 and 2 do.
    const asked = await say(
      freshState({ guestName: null }),
      [
        entity.range('2026-12-15', '2026-12-17'),
        entity.rooms(2),
        entity.room('suite'),
        entity.room('double'),
        entity.guests(6),
      ],
      'make_reservation',
    );
    expect(asked.state.dialogue.slots).toMatchObject({ roomParties: [4, 2], kindsShown: true });
    expect(texts(asked)).toMatch(
      /• Suite Junior para 4 personas: .*\n• Doble Estándar para 2 personas: .*\nTotal de las dos: /,
    );
    const yes = makeTurn({ nlu: parse('confirm'), state: asked.state });
    await flow.confirm(yes);
    expect(texts(yes)).toBe('¿A nombre de quién hago la reserva?');
  });

  it('books the first room alone when the guest drops the others at its summary ("skip the second room")', async () => {
    const listed = await say(
      freshState({ guestName: 'Ana García' }),
      [entity.range('2026-12-12', '2026-12-15'), entity.rooms(2), entity.guests(4), entity.room('double')],
      'make_reservation',
    );
    expect(texts(listed)).toMatch(/Después te reservo la otra habitación\./);
    for (const text of ['no, la segunda no', 'no thanks, skip the second room', 'no, solo una habitación']) {
      const dropped = await say(structuredClone(listed.state), [], 'None', 'wamid.DROP', text);
      expect([text, texts(dropped)]).toEqual([
        text,
        expect.stringMatching(/^Te resumo la reserva:\n• Doble Estándar\n.*\n• 2 personas\n/s),
      ]);
      expect(texts(dropped)).not.toMatch(/otra habitación/);
      expect(dropped.state.dialogue.slots).toMatchObject({ guests: 2, step: 'summary' });
      expect(dropped.state.dialogue.slots.rooms).toBeUndefined();
    }
    // A plain no is still a no to this summary.
    const no = makeTurn({
      nlu: parse('deny'),
      state: structuredClone(listed.state),
      message: { text: 'no' },
    });
    await flow.deny(no);
    expect(texts(no)).toMatch(/^De acuerdo, no hago la reserva/);
  });

  it('drops the last room and its people at an offer of three ("no, la tercera no"), and the rest at the next room', async () => {
    const three = await say(
      freshState({ guestName: 'Ana García' }),
      [entity.range('2026-12-12', '2026-12-15'), entity.rooms(3), entity.guests(6), entity.room('double')],
      'check_availability',
    );
    const two = await say(
      structuredClone(three.state),
      [],
      'None',
      'wamid.T',
      'no, la tercera no, al final un amigo no viene',
    );
    expect(two.state.dialogue.slots).toMatchObject({ rooms: 2, guests: 4 });
    expect(texts(two)).toMatch(/4 personas/);
  });

  it('books several rooms one at a time, sharing the party among them', async () => {
    // "2 rooms for 5 people from the 12th to the 15th": prices per room, for 3 (the first takes the odd one).
    const listed = await say(
      freshState({ guestName: null }),
      [entity.range('2026-12-12', '2026-12-15'), entity.rooms(2), entity.guests(5)],
      'check_availability',
    );
    // Asked for 3, then for 2 (whether rooms of different kinds would cost less: not here).
    expect(pms.queries.map((query) => query.guests)).toEqual([3, 2]);
    expect(texts(listed)).toMatch(
      /\n• Doble Estándar: 109\s€\/noche, total 327\s€ por habitación y 654\s€ las dos\n/,
    );
    expect(texts(listed)).toMatch(
      /\nPara 2 habitaciones: los precios son por habitación, para 3 personas, y te las reservo una a una\./,
    );
    const named = await say(listed.state, [entity.room('double')]);
    const summary = await say(named.state, [entity.name('Ana García')], 'None', 'wamid.FIRST');
    expect(texts(summary)).toMatch(
      /• 3 personas\n.*\nDespués te reservo la otra habitación\.\n¿La confirmo\?$/s,
    );

    const first = makeTurn({ nlu: parse('confirm'), state: summary.state, message: { id: 'wamid.YES1' } });
    await flow.confirm(first);
    expect(pms.bookings.map((b) => [b.guests, b.idempotencyKey])).toEqual([[3, 'whatsapp:wamid.FIRST']]);
    expect(texts(first)).toMatch(
      /K7QX2M.*\nVamos con la siguiente: ¿te reservo otra Doble Estándar del sáb 12 dic al mar 15 dic para 2 personas\?$/s,
    );
    expect(first.state.dialogue).toMatchObject({
      flow: 'make_reservation',
      awaiting: 'confirmation',
      slots: { step: 'offer' },
    });
    // Asked again after a side question ("mis reservas", "¿hay parking?"): still the other room.
    const reminded = makeTurn({ nlu: parse('hotel_info'), state: structuredClone(first.state) });
    expect(flow.remind(reminded)).toBe(true);
    expect(texts(reminded)).toBe(
      '¿Te reservo también la otra Doble Estándar del sáb 12 dic al mar 15 dic, para 2 personas?',
    );
    // A "no" here would drop the other room, and say so.
    const declined = makeTurn({ nlu: parse('deny'), state: structuredClone(first.state) });
    await flow.deny(declined);
    expect(texts(declined)).toBe('De acuerdo, no reservo la otra habitación. ¿Te ayudo con otra cosa?');
    expect(declined.state.dialogue.flow).toBeNull();

    const yes = makeTurn({ nlu: parse('confirm'), state: first.state, message: { id: 'wamid.NEXT' } });
    await flow.confirm(yes);
    expect(pms.queries.at(-1)).toMatchObject({ guests: 2 });
    expect(texts(yes)).toMatch(/• 2 personas\n• A nombre de Ana García/);
    expect(texts(yes)).not.toMatch(/Después te reservo/);
    const second = makeTurn({ nlu: parse('confirm'), state: yes.state, message: { id: 'wamid.YES2' } });
    await flow.confirm(second);
    expect(pms.bookings.map((b) => [b.guests, b.idempotencyKey])).toEqual([
      [3, 'whatsapp:wamid.FIRST'],
      [2, 'whatsapp:wamid.NEXT'],
    ]);
    expect(second.state.dialogue).toEqual({
      flow: null,
      awaiting: null,
      slots: {
        lastReference: 'K7QX22',
        references: ['K7QX2M', 'K7QX22'],
        // The rooms of one request: "¿cuánto es el total de todo?" is theirs.
        bookedTogether: ['K7QX2M', 'K7QX22'],
        lastStay: { checkIn: '2026-12-12', checkOut: '2026-12-15' },
        lastRoom: { roomTypeId: 'double', guests: 2 },
      },
    });
  });

  it('books each room for the places the guest said it is for, the larger first', async () => {
    // "Una habitación para 1 y otra para 2": the first room booked is for 2, the next for 1.
    const split: Entity = {
      type: 'rooms',
      value: { rooms: 2, parties: [1, 2] },
      text: '',
      start: 0,
      end: 0,
    };
    const listed = await say(freshState({ guestName: 'Ana García' }), [
      entity.range('2026-12-12', '2026-12-15'),
      split,
      entity.guests(3),
      entity.room('double'),
    ]);
    expect(pms.queries.at(-1)).toMatchObject({ guests: 2 });
    expect(texts(listed)).toMatch(/\n• 2 personas\n.*\nDespués te reservo la otra habitación\./s);
    const first = makeTurn({ nlu: parse('confirm'), state: listed.state, message: { id: 'wamid.YES1' } });
    await flow.confirm(first);
    expect(texts(first)).toMatch(
      /\nVamos con la siguiente: ¿te reservo otra Doble Estándar .* para 1 persona\?$/,
    );
    const next = makeTurn({ nlu: parse('confirm'), state: first.state, message: { id: 'wamid.NEXT' } });
    await flow.confirm(next);
    const second = makeTurn({ nlu: parse('confirm'), state: next.state, message: { id: 'wamid.YES2' } });
    await flow.confirm(second);
    expect(pms.bookings.map((booking) => booking.guests)).toEqual([2, 1]);

    // In English, browsing: the split is said back with the prices; a party said since drops it.
    const english = makeTurn({
      nlu: parse('check_availability', [entity.range('2026-12-12', '2026-12-15'), split, entity.guests(3)]),
      state: freshState({ language: 'en' }),
    });
    await flow.continue(english);
    expect(texts(english)).toMatch(
      /\nFor 2 rooms \(for 2 and 1 guests\): prices are per room, for 2 guests,/,
    );
    const four = makeTurn({ nlu: parse('None', [entity.guests(4)]), state: english.state });
    await flow.continue(four);
    expect(four.state.dialogue.slots.roomParties).toBeUndefined();
    expect(texts(four)).toMatch(/\nFor 2 rooms: prices are per room, for 2 guests,/);
  });

  it('lists the kinds still free for the next room when the one just booked has none left', async () => {
    pms.offers = [offer('double', 109, 2), offer('superior', 139, 3)];
    const listed = await say(freshState({ guestName: 'Ana García' }), [
      entity.range('2026-12-12', '2026-12-15'),
      entity.rooms(2),
      entity.guests(4),
      entity.room('double'),
    ]);
    expect(texts(listed)).toMatch(/¿La confirmo\?$/);
    // Another guest takes the last double between the two bookings.
    pms.offers = [offer('double', 109, 0), offer('superior', 139, 3)];
    const first = makeTurn({ nlu: parse('confirm'), state: listed.state, message: { id: 'wamid.YES1' } });
    await flow.confirm(first);
    expect(pms.bookings).toHaveLength(1);
    expect(texts(first)).toMatch(/K7QX2M[^]*\nLa Doble Estándar no está libre para esas fechas\.\n/);
    // The only kind left is offered on its own, to book with a yes.
    expect(texts(first)).toMatch(
      /\n• Doble Superior: 139\s€\/noche, total 417\s€\n¿Quieres que te la reserve\?$/,
    );
    expect(first.replies.at(-1)).toMatchObject({
      type: 'buttons',
      buttons: [{ id: 'confirm_yes' }, { id: 'confirm_no' }],
    });
    expect(first.state.dialogue).toMatchObject({
      awaiting: 'confirmation',
      slots: { guests: 2, nextRoom: true, step: 'offer', roomTypeId: 'superior' },
    });
    // Nothing left for the rest of the party: the other room is not booked, and said so.
    pms.offers = [offer('double', 109, 2)];
    const alone = await say(freshState({ guestName: 'Ana García' }), [
      entity.range('2026-12-12', '2026-12-15'),
      entity.rooms(2),
      entity.guests(4),
      entity.room('double'),
    ]);
    pms.offers = [];
    const last = makeTurn({ nlu: parse('confirm'), state: alone.state, message: { id: 'wamid.YES3' } });
    await flow.confirm(last);
    expect(texts(last)).toMatch(
      /\nPara la otra habitación no me queda nada libre esas fechas, así que no la reservo\./,
    );
    expect(last.state.dialogue.flow).toBeNull();
    // A PMS that cannot answer then: the same kind is offered, and checked again at the yes.
    pms.offers = [offer('double', 109, 2)];
    const again = await say(freshState({ guestName: 'Ana García' }), [
      entity.range('2026-12-12', '2026-12-15'),
      entity.rooms(2),
      entity.guests(4),
      entity.room('double'),
    ]);
    pms.availabilityError = new PmsUnavailableError('down');
    const booked = makeTurn({ nlu: parse('confirm'), state: again.state, message: { id: 'wamid.YES2' } });
    await flow.confirm(booked);
    expect(texts(booked)).toMatch(/\nVamos con la siguiente: ¿te reservo otra Doble Estándar/);
  });

  it('never starts several rooms that cannot all be had: too few left, or none of one kind', async () => {
    // Two suites asked for, one left: said, and only the kinds with two free are offered.
    const suites = await say(freshState(), [
      entity.range('2026-12-12', '2026-12-15'),
      entity.rooms(2),
      entity.guests(4),
      entity.room('suite'),
    ]);
    expect(texts(suites)).toMatch(/^De la Suite Junior solo me queda una para esas fechas\.\n/);
    expect(texts(suites)).toMatch(/\n¿Quieres que te las reserve\?$/);
    expect(suites.state.dialogue.slots).toMatchObject({ step: 'offer', roomTypeId: 'double' });
    expect(pms.bookings).toEqual([]);

    // Nothing has two rooms free: nothing is offered, and more rooms or other dates are asked for.
    pms.offers = [offer('suite', 219, 1)];
    const none = await say(freshState(), [
      entity.range('2026-12-12', '2026-12-15'),
      entity.rooms(2),
      entity.guests(8),
    ]);
    expect(texts(none)).toMatch(
      /^Del sáb 12 dic al mar 15 dic no me quedan 2 habitaciones iguales para 4 personas cada una\./,
    );
    expect(none.state.dialogue.awaiting).toBe('guests');
  });

  it('reads a bare day answering "until when?" as the next such day after the arrival', async () => {
    // Arrival on 3 January; "el 5" reads as 5 December (the next 5th from today), before it.
    const arriving = await say(freshState(), [entity.date('2027-01-03'), entity.guests(2)]);
    expect(arriving.state.dialogue.awaiting).toBe('dates');
    await say(arriving.state, [entity.date('2026-12-05')], 'None');
    expect(pms.queries.at(-1)).toMatchObject({ checkIn: '2027-01-03', checkOut: '2027-01-05' });
    // "hasta el 28": the 28th of the arrival's month (read as 28 November).
    const again = await say(freshState(), [entity.date('2027-01-03'), entity.guests(2)]);
    await say(again.state, [entity.date('2026-11-28')], 'None');
    expect(pms.queries.at(-1)).toMatchObject({ checkIn: '2027-01-03', checkOut: '2027-01-28' });
  });

  it('says a day the month after the arrival lacks does not exist, never moving it a month on', async () => {
    // Arrival on 27 February 2027; "hasta el 29" (read as 29 November) is no 29 March.
    const arriving = await say(freshState(), [entity.date('2027-02-27'), entity.guests(2)]);
    const until = await say(arriving.state, [entity.date('2026-11-29')], 'None');
    expect(texts(until)).toBe(
      'El 29 de febrero de 2027 no existe: 2027 no es bisiesto.\n¿Hasta qué día? (o dime cuántas noches)',
    );
    expect(until.state.dialogue.slots).toMatchObject({ checkIn: '2027-02-27' });
    expect(until.state.dialogue.slots.checkOut).toBeUndefined();
    expect(pms.queries).toEqual([]);
    await say(until.state, [entity.date('2026-12-02')], 'None');
    expect(pms.queries.at(-1)).toMatchObject({ checkIn: '2027-02-27', checkOut: '2027-03-02' });
    // Arrival on 31 January; "until the 30th" names 30 February.
    const english = makeTurn({
      nlu: parse('make_reservation', [entity.date('2027-01-31'), entity.guests(2)]),
      state: freshState({ language: 'en' }),
    });
    await flow.continue(english, 'book');
    const thirtieth = makeTurn({ nlu: parse('None', [entity.date('2026-11-30')]), state: english.state });
    await flow.continue(thirtieth);
    expect(texts(thirtieth)).toMatch(/^There is no February 30\.\n/);
    expect(thirtieth.state.dialogue.slots).toMatchObject({ checkIn: '2027-01-31' });
  });

  it('takes a name given with the yes to the next room', async () => {
    const state = freshState({
      guestName: 'Ana García',
      dialogue: {
        flow: 'make_reservation',
        awaiting: 'confirmation',
        slots: {
          mode: 'book',
          step: 'offer',
          checkIn: '2026-12-12',
          checkOut: '2026-12-15',
          guests: 2,
          roomTypeId: 'double',
          guestName: 'Ana García',
        },
      },
    });
    const turn = makeTurn({ nlu: parse('confirm', [entity.name('Pedro Ruiz')]), state });
    await flow.confirm(turn);
    expect(texts(turn)).toMatch(/• A nombre de Pedro Ruiz\n/);
  });

  it('books a single room for one without asking how many', async () => {
    pms.offers = [offer('single', 79)];
    const turn = await say(freshState(), [entity.range('2026-12-12', '2026-12-15'), entity.room('single')]);
    expect(pms.queries.at(-1)).toMatchObject({ guests: 1 });
    expect(turn.state.dialogue.slots.guests).toBe(1);
    // Any other room still asks.
    const double = await say(freshState(), [entity.range('2026-12-12', '2026-12-15'), entity.room('double')]);
    expect(texts(double)).toBe('¿Para cuántas personas?');
  });

  it('never keeps more rooms than guests, and says so', async () => {
    const turn = await say(freshState(), [
      entity.range('2026-12-12', '2026-12-15'),
      entity.rooms(3),
      entity.guests(2),
    ]);
    expect(pms.queries.at(-1)).toMatchObject({ guests: 1 });
    expect(turn.state.dialogue.slots.rooms).toBe(2);
    expect(texts(turn)).toMatch(
      /^Me pides 3 habitaciones para 2 personas: te busco 2, una por persona\. Si hay más personas, dímelo\.\n/,
    );
    const alone = await say(freshState(), [
      entity.range('2026-12-12', '2026-12-15'),
      entity.rooms(2),
      entity.guests(1),
    ]);
    expect(texts(alone)).toMatch(/^Me pides 2 habitaciones para 1 persona: te busco una sola\./);
    expect(alone.state.dialogue.slots.rooms).toBeUndefined();
    // A kind named per room: the first room's kind alone, never two rooms after "una sola".
    pms.offers = [offer('double', 109), offer('superior', 139)];
    const kinds = await say(freshState(), [
      entity.range('2026-12-11', '2026-12-13'),
      entity.rooms(2),
      entity.room('superior'),
      entity.room('double'),
      entity.guests(1),
    ]);
    expect(texts(kinds)).toMatch(/^Me pides 2 habitaciones para 1 persona: te busco una sola\./);
    expect(texts(kinds)).not.toMatch(/Total de las dos/);
    expect(kinds.state.dialogue.slots).toMatchObject({ roomTypeId: 'superior' });
    expect(kinds.state.dialogue.slots.nextRoomTypes).toBeUndefined();
  });

  it('refers a group (more than 9 rooms) to the hotel before asking anything, and takes fewer rooms after', async () => {
    const group = await say(freshState(), [entity.rooms(12), entity.guests(24)]);
    expect(texts(group)).toBe(
      'Para 12 habitaciones, como grupo, te atiende mejor nuestro equipo de reservas: escríbenos a reservas@hoteldemo.example. Si prefieres menos habitaciones, dime cuántas y te las busco.',
    );
    expect(pms.queries).toEqual([]);
    expect(group.state.dialogue).toMatchObject({ awaiting: 'guests' });
    const fewer = await say(group.state, [entity.rooms(6), entity.range('2026-12-12', '2026-12-15')], 'None');
    expect(pms.queries.at(-1)).toMatchObject({ guests: 4 });
    expect(fewer.state.dialogue.slots.rooms).toBe(6);
  });

  it('never takes a yes that changes the summary for a yes to it: the change is summarised again', async () => {
    const bigger = makeTurn({ nlu: parse('confirm', [entity.guests(3)]), state: await summaryState() });
    await flow.confirm(bigger);
    expect(pms.bookings).toEqual([]);
    expect(texts(bigger)).toMatch(/^Te resumo la reserva:\n[^]*• 3 personas\n[^]*¿La confirmo\?$/);
    expect(bigger.state.dialogue.slots).toMatchObject({ guests: 3, bookingKey: 'whatsapp:wamid.T1' });
    const renamed = makeTurn({
      nlu: parse('confirm', [entity.name('Pedro Ruiz')]),
      state: await summaryState(),
    });
    await flow.confirm(renamed);
    expect(pms.bookings).toEqual([]);
    expect(texts(renamed)).toMatch(/• A nombre de Pedro Ruiz\n[^]*¿La confirmo\?$/);
    // "Sí, y llevamos perro": the pet goes into the summary first.
    const pet = makeTurn({ nlu: parse('confirm', [entity.topic('pets')]), state: await summaryState() });
    await flow.confirm(pet);
    expect(pms.bookings).toEqual([]);
    expect(texts(pet)).toMatch(/\n• Con mascota: /);
    // A day of the stay said with the yes ("sí, llegamos el 12 por la tarde") is a yes.
    const arriving = makeTurn({
      nlu: parse('confirm', [entity.date('2026-12-12')]),
      state: await summaryState(),
    });
    await flow.confirm(arriving);
    expect(pms.bookings).toHaveLength(1);
    pms.bookings.length = 0;
    // The same details again ("sí, para 2") are a yes.
    const same = makeTurn({
      nlu: parse('confirm', [entity.guests(2), entity.name('Ana García')]),
      state: await summaryState(),
    });
    await flow.confirm(same);
    expect(pms.bookings).toHaveLength(1);
  });

  it('answers an amenity asked in the same message before the availability', async () => {
    const turn = makeTurn({
      nlu: parse('check_availability', [
        entity.range('2026-12-18', '2026-12-20'),
        entity.guests(2),
        entity.topic('amenities'),
      ]),
      message: { text: 'habitación para 2 del 18 al 20 de diciembre, ¿tenéis traslado desde el aeropuerto?' },
    });
    await flow.continue(turn);
    expect(turn.replies[0]).toEqual({ type: 'text', text: 'Sí, tenemos traslado al aeropuerto.' });
    expect(pms.queries).toHaveLength(1);
  });

  it('carries a pet named in the request to the summary, with its supplement, and tells the hotel once booked', async () => {
    const summary = await say(
      freshState({ guestName: 'Laura Martín' }),
      [
        entity.range('2026-12-12', '2026-12-14'),
        entity.guests(2),
        entity.room('double'),
        entity.topic('pets'),
      ],
      'make_reservation',
      'wamid.PET',
    );
    expect(texts(summary)).toMatch(
      /• Total: 327\s€ \(pago en el hotel\)\n• Con mascota: suplemento de 20\s€ por noche \(40\s€\), a pagar en el hotel\n/,
    );
    const booked = makeTurn({ nlu: parse('confirm'), state: summary.state });
    await flow.confirm(booked);
    // Its stay is remembered past the flow's end, for "otra habitación para las mismas fechas".
    expect(booked.state.dialogue.slots.lastStay).toEqual({ checkIn: '2026-12-12', checkOut: '2026-12-14' });
    expect(booked.staffNotices).toEqual([
      '🐾 La reserva K7QX2M (Doble Estándar, del 2026-12-12 al 2026-12-14, a nombre de Laura Martín) llega con mascota.',
    ]);
    // Only asked about, or said not to come, it stays out (and "al final sin el perro" takes it out).
    const petIn = (text: string, state = freshState({ guestName: 'Laura Martín' })) =>
      say(
        state,
        [
          entity.range('2026-12-12', '2026-12-14'),
          entity.guests(2),
          entity.room('double'),
          entity.topic('pets'),
        ],
        'make_reservation',
        'wamid.P',
        text,
      );
    for (const text of ['¿admitís perros?', 'somos 2, sin mascotas', 'no traemos al perro']) {
      expect([text, (await petIn(text)).state.dialogue.slots.pet]).toEqual([text, undefined]);
    }
    expect((await petIn('tenéis algo? somos 2 y un perro')).state.dialogue.slots.pet).toBe(true);
    // One over the hotel's weight limit (10 kg) cannot come: told so, and never booked with the room.
    const heavy = await petIn('somos 2 y un perro de 30 kg');
    expect(heavy.state.dialogue.slots.pet).toBeUndefined();
    expect(texts(heavy)).toMatch(/^Lo siento, solo admitimos mascotas de hasta 10 kg/);
    expect((await petIn('somos 2 y un perro de 8 kilos')).state.dialogue.slots.pet).toBe(true);
    // An animal the hotel does not take (the demo hotel takes dogs only) neither.
    const cat = await petIn('somos 2 y nuestro gato');
    expect(cat.state.dialogue.slots.pet).toBeUndefined();
    expect(texts(cat)).toMatch(/^Lo siento, no admitimos gatos, solo perros/);
    // A weight told earlier in the conversation counts too ("tengo un bulldog de 12 kilos", then "lo traigo").
    const toldBefore = freshState({ guestName: 'Laura Martín' });
    toldBefore.dialogue.slots.petWeightKg = 12;
    expect(
      (await petIn('lo traigo igual, somos 2 y el perro', toldBefore)).state.dialogue.slots.pet,
    ).toBeUndefined();
    // "What about a small dog of 8 kg?" at the summary asks for it with the dog; one too heavy is not added.
    expect(
      (await petIn('what about a small dog of 8 kg?', await summaryState())).state.dialogue.slots.pet,
    ).toBe(true);
    expect(
      (await petIn('¿y con un perro de 25 kilos?', await summaryState())).state.dialogue.slots.pet,
    ).toBeUndefined();
    const dropped = await petIn('al final sin el perro', summary.state);
    expect(dropped.state.dialogue.slots.pet).toBeUndefined();
    // Without a pet, nothing of the kind.
    const plain = makeTurn({ nlu: parse('confirm'), state: await summaryState() });
    await flow.confirm(plain);
    expect(plain.staffNotices).toEqual([]);
  });

  it("carries a parking space asked for in the request to the summary, with the hotel's price, and tells the hotel once booked", async () => {
    const request = [
      entity.range('2026-12-12', '2026-12-14'),
      entity.guests(2),
      entity.room('double'),
      entity.topic('parking'),
    ];
    const withParking = (text: string, state = freshState({ guestName: 'Laura Martín' })) =>
      say(state, request, 'make_reservation', 'wamid.PARK', text);
    const summary = await withParking('quiero reservar del 12 al 14 de diciembre para 2 con parking');
    expect(texts(summary)).toMatch(
      /• Total: 327\s€ \(pago en el hotel\)\n• Con parking: 18\s€ por noche \(36\s€\), a pagar en el hotel\n/,
    );
    const booked = makeTurn({ nlu: parse('confirm'), state: summary.state });
    await flow.confirm(booked);
    expect(booked.staffNotices).toEqual([
      '🚗 La reserva K7QX2M (Doble Estándar, del 2026-12-12 al 2026-12-14, a nombre de Laura Martín) necesita plaza de parking.',
    ]);
    // Declined, it goes; only asked about (or the car named), it never comes in.
    const declined = await withParking('al final sin parking', summary.state);
    expect(declined.state.dialogue.slots.parking).toBeUndefined();
    expect(texts(declined)).not.toMatch(/parking/);
    for (const text of [
      '¿hay parking?',
      'hay parking',
      'no necesitamos parking',
      'venimos en coche',
      // Asked in passing at the end of a long request, with no question mark.
      'somos dos adultos y un niño y si se puede aparcar cerca gracias',
      // An e-mail's polite question, with no question mark.
      'quisiéramos saber si disponen de aparcamiento',
    ]) {
      expect([text, (await withParking(text)).state.dialogue.slots.parking]).toEqual([text, undefined]);
    }
    // "Sí, con parking" at a summary without it: summarised again, with it.
    const yes = makeTurn({
      nlu: parse('confirm', [entity.topic('parking')]),
      state: await summaryState(),
      message: { text: 'sí, con parking' },
    });
    await flow.confirm(yes);
    expect(pms.bookings).toHaveLength(1);
    expect(texts(yes)).toMatch(/• Con parking: 18\s€ por noche \(54\s€\), a pagar en el hotel\n/);
  });

  it('adds breakfast asked for to the summary, for the party and every night, and tells the hotel once booked', async () => {
    const request = [
      entity.range('2026-12-12', '2026-12-14'),
      entity.guests(2),
      entity.room('double'),
      entity.topic('breakfast'),
    ];
    const withBreakfast = (text: string, state = freshState({ guestName: 'Laura Martín' })) =>
      say(state, request, 'make_reservation', 'wamid.BF', text);
    const summary = await withBreakfast('una doble del 12 al 14 para 2 con desayuno');
    expect(texts(summary)).toMatch(
      /\n• Con desayuno: 14\s€ por persona y noche \(56\s€\), a pagar en el hotel\n/,
    );
    const booked = makeTurn({ nlu: parse('confirm'), state: summary.state });
    await flow.confirm(booked);
    expect(booked.staffNotices).toEqual([
      '🍳 La reserva K7QX2M (Doble Estándar, del 2026-12-12 al 2026-12-14, a nombre de Laura Martín) quiere desayuno.',
    ]);
    // The guest hears it again with the booking: the total is what the stay comes to with it, and the
    // breakfast's own price is said under it (one total, not the room's and then another).
    expect(texts(booked)).toMatch(
      /K7QX2M.*Total 383\s€ \(habitación 327\s€ \+ extras 56\s€\), pago en el hotel\..*\n• Con desayuno: 14\s€ por persona y noche \(56\s€\), a pagar en el hotel$/s,
    );
    // "Añade el desayuno", "agrégale el desayuno", "ponnos el desayuno" add it too.
    for (const text of ['añade el desayuno', 'listo, agrégale el desayuno también', 'ponnos el desayuno']) {
      const turn = await say(await summaryState(), [entity.topic('breakfast')], 'None', 'wamid.ADD', text);
      expect([text, turn.state.dialogue.slots.breakfast, turn.replies.length]).toEqual([text, true, 2]);
    }
    // Its price asked ("¿cuánto sería con desayuno?", "y con parking, ¿cuánto?"): answered, not added.
    for (const [text, topic] of [
      ['¿cuánto sería con desayuno?', 'breakfast'],
      ['¿y con parking cuánto sería en total?', 'parking'],
    ] as const) {
      const turn = await say(await summaryState(), [entity.topic(topic)], 'None', 'wamid.PRICE', text);
      expect([text, turn.state.dialogue.slots[topic]]).toEqual([text, undefined]);
      expect(texts(turn)).not.toMatch(/^Añado/);
    }
    // Asked for, with a price question of its own apart: added.
    const both = await say(
      await summaryState(),
      [entity.topic('breakfast')],
      'None',
      'wamid.BOTH',
      'necesito la doble con desayuno. ¿cuánto costaría en total?',
    );
    expect(both.state.dialogue.slots.breakfast).toBe(true);
    // Added with the yes to a room offered ("listo, agrégale el desayuno"): said, then the name asked.
    const offered = await say(
      freshState({ guestName: null }),
      [entity.range('2026-12-12', '2026-12-14'), entity.guests(2), entity.room('double')],
      'check_availability',
    );
    expect(offered.state.dialogue.slots.step).toBe('offer');
    const yesWith = makeTurn({
      nlu: parse('confirm', [entity.topic('breakfast')]),
      state: offered.state,
      message: { text: 'listo, agregale el desayuno tambien' },
    });
    await flow.confirm(yesWith);
    expect(texts(yesWith)).toMatch(/^Añado el desayuno a la reserva\.\n/);
    expect(yesWith.state.dialogue.slots.breakfast).toBe(true);
    // At a summary: "¿cuánto es? lo quiero incluir" adds it; "sin desayuno" takes it out.
    const added = await say(
      await summaryState(),
      [entity.topic('breakfast')],
      'None',
      'wamid.BF2',
      'el desayuno cuanto es? lo quiero incluir',
    );
    expect(added.state.dialogue.slots.breakfast).toBe(true);
    // The summary's stay: 12 to 15 December, 2 people.
    expect(texts(added)).toMatch(/• Con desayuno: 14\s€ por persona y noche \(84\s€\)/);
    const declined = await withBreakfast('al final sin desayuno', added.state);
    expect(declined.state.dialogue.slots.breakfast).toBeUndefined();
    // Only asked about, it never comes in.
    for (const text of [
      '¿el desayuno está incluido?',
      'is breakfast included?',
      '¿a qué hora es el desayuno?',
    ]) {
      expect([text, (await withBreakfast(text)).state.dialogue.slots.breakfast]).toEqual([text, undefined]);
    }
  });

  it('says the parking line in English, free where the hotel charges nothing, and never where there is no parking', async () => {
    const english = makeTurn({
      nlu: parse('make_reservation', [
        entity.range('2026-12-12', '2026-12-14'),
        entity.guests(2),
        entity.room('double'),
        entity.topic('parking'),
      ]),
      state: freshState({ language: 'en', guestName: 'Laura Martin' }),
      message: { id: 'wamid.EN', text: 'a double from Dec 12 to 14 for 2 with parking' },
    });
    await flow.continue(english, 'book');
    expect(texts(english)).toMatch(/• With parking: €18 per night \(€36\), paid at the hotel\n/);
    // The staff read it in the hotel's first language.
    const booked = makeTurn({
      nlu: parse('confirm'),
      state: english.state,
      tenant: { ...demoTenant(), languages: ['en', 'es'] },
    });
    await flow.confirm(booked);
    expect(booked.staffNotices).toEqual([
      '🚗 Booking K7QX2M (Standard Double, 2026-12-12 to 2026-12-14, under Laura Martin) needs a parking space.',
    ]);
    const withTenant = async (parking: { available: boolean; pricePerNight?: number }) => {
      const tenant = demoTenant();
      const turn = makeTurn({
        tenant: { ...tenant, info: { ...tenant.info, parking } },
        nlu: english.nlu,
        state: freshState({ language: 'en', guestName: 'Laura Martin' }),
        message: { id: 'wamid.EN2', text: 'a double from Dec 12 to 14 for 2 with parking' },
      });
      await flow.continue(turn, 'book');
      return turn;
    };
    expect(texts(await withTenant({ available: true, pricePerNight: 0 }))).toMatch(
      /• With parking \(free of charge\)\n/,
    );
    expect(texts(await withTenant({ available: true }))).toMatch(/• With parking\n/);
    const none = await withTenant({ available: false });
    expect(none.state.dialogue.slots.parking).toBeUndefined();
    expect(texts(none)).not.toMatch(/• With parking/);
  });

  it('says a day the calendar lacks does not exist and asks the dates again, booking no other day', async () => {
    const noSuchDate = (day: number, month: number, year?: number): Entity => ({
      type: 'no_such_date',
      value: { day, month, year },
      text: '',
      start: 0,
      end: 0,
    });
    // "Del 27 al 29 de febrero para 2" in November 2026: 2027 has no 29 February.
    const spanish = await say(freshState(), [noSuchDate(29, 2, 2027), entity.guests(2)]);
    expect(texts(spanish)).toBe(
      'El 29 de febrero de 2027 no existe: 2027 no es bisiesto.\n' +
        '¿Para qué fechas? Por ejemplo: «del 12 al 15 de diciembre» o «3 noches desde el viernes».',
    );
    expect(spanish.state.dialogue.awaiting).toBe('dates');
    expect(pms.queries).toEqual([]);
    const english = makeTurn({
      nlu: parse('make_reservation', [noSuchDate(31, 4), entity.guests(2)]),
      state: freshState({ language: 'en' }),
    });
    await flow.continue(english, 'book');
    expect(english.replies[0]).toEqual({ type: 'text', text: 'There is no April 31.' });
    // At a summary, its dates go; answering "until when?", the arrival stays.
    const changed = await say(await summaryState(), [noSuchDate(29, 2, 2027)]);
    expect([changed.state.dialogue.slots.checkIn, changed.state.dialogue.slots.bookingKey]).toEqual([
      undefined,
      undefined,
    ]);
    // "Sí, pero el 29 de febrero": never a yes to the summary's days.
    const yes = makeTurn({ nlu: parse('confirm', [noSuchDate(29, 2, 2027)]), state: await summaryState() });
    await flow.confirm(yes);
    expect(texts(yes)).toMatch(/^El 29 de febrero de 2027 no existe/);
    expect(pms.bookings).toEqual([]);
    const arriving = await say(freshState(), [entity.date('2027-02-26'), entity.guests(2)]);
    const until = await say(arriving.state, [noSuchDate(29, 2, 2027)]);
    expect(until.state.dialogue.slots.checkIn).toBe('2027-02-26');
    expect(texts(until)).toMatch(/no existe: 2027 no es bisiesto\.\n¿Hasta qué día\?/);
    expect(pms.bookings).toEqual([]);
  });

  it('says what could still work when the room asked for is gone and no other fits the party', async () => {
    pms.offers = [];
    const turn = await say(freshState(), [
      entity.range('2026-12-24', '2026-12-26'),
      entity.guests(4),
      entity.room('suite'),
    ]);
    expect(texts(turn)).toBe(
      'La Suite Junior no está libre para esas fechas.\nPara 4 personas no me queda ninguna otra habitación esas fechas. ¿Probamos otras fechas, o varias habitaciones (por ejemplo, «2 habitaciones»)?',
    );
    expect(turn.state.dialogue.awaiting).toBe('dates');
  });

  it('says the room just sold out and offers another when the PMS has none left', async () => {
    pms.bookingError = new PmsRejectedError('no_availability', 'gone');
    const turn = makeTurn({ nlu: parse('confirm'), state: await summaryState() });
    await flow.confirm(turn);
    expect(texts(turn)).toMatch(/agotar/);
    expect(turn.state.dialogue.slots).toMatchObject({ step: 'sold_out' });
    expect(turn.state.dialogue.slots.roomTypeId).toBeUndefined();
  });

  it('asks to confirm again when another booking holds the same nights, keeping the same key', async () => {
    locks.error = new LockTimeoutError(['lock:demo:room-type:double:2026-12-12'], 'other', 3000);
    const turn = makeTurn({ nlu: parse('confirm'), state: await summaryState() });
    await flow.confirm(turn);
    expect(texts(turn)).toMatch(/terminando otra reserva/);
    expect(turn.state.dialogue).toMatchObject({
      awaiting: 'confirmation',
      slots: { bookingKey: 'whatsapp:wamid.SUMMARY' },
    });
  });

  it('keeps a baby in the booking, in a cot, without taking a place in the room', async () => {
    const party: Entity = {
      type: 'guests',
      value: { adults: 2, children: 0, infants: 1, total: 2 },
      text: '2 adultos y un bebé',
      start: 0,
      end: 19,
    };
    const turn = await say(freshState({ guestName: null }), [
      entity.range('2026-12-12', '2026-12-15'),
      party,
      entity.room('double'),
      entity.name('Ana García'),
    ]);
    expect(pms.queries.at(-1)).toMatchObject({ guests: 2 });
    expect(texts(turn)).toMatch(/• 2 personas y 1 bebé \(en cuna\)\n/);
    expect(turn.state.dialogue.slots).toMatchObject({ guests: 2, infants: 1 });
    // Once booked, the staff are told to put a cot in the room.
    const booked = makeTurn({ nlu: parse('confirm'), state: turn.state });
    await flow.confirm(booked);
    expect(booked.staffNotices).toEqual([
      '👶 La reserva K7QX2M (Doble Estándar, del 2026-12-12 al 2026-12-15, a nombre de Ana García) viene con un bebé: hace falta una cuna.',
    ]);
  });

  it('names the adults and the children of a party with children in the offer and the summary', async () => {
    const party = (adults: number, children: number, infants = 0): Entity => ({
      type: 'guests',
      value: { adults, children, infants, total: adults + children },
      text: '',
      start: 0,
      end: 0,
    });
    const spanish = await say(freshState({ guestName: null }), [
      entity.range('2026-12-12', '2026-12-15'),
      party(2, 2),
    ]);
    expect(pms.queries.at(-1)).toMatchObject({ guests: 4 });
    expect(texts(spanish)).toMatch(
      /^Del sáb 12 dic al mar 15 dic \(3 noches\), 2 adultos y 2 niños, tenemos:\n/,
    );
    const named = await say(spanish.state, [entity.room('double'), entity.name('Ana García')], 'None');
    expect(texts(named)).toMatch(/\n• 2 adultos y 2 niños\n• A nombre de Ana García\n/);
    const withBaby = await say(freshState({ guestName: 'Ana García' }), [
      entity.range('2026-12-12', '2026-12-15'),
      party(2, 1, 1),
      entity.room('double'),
    ]);
    expect(texts(withBaby)).toMatch(/\n• 2 adultos, 1 niño y 1 bebé \(en cuna\)\n/);
    // Shared among rooms, a room's share of the party is counted: which room the children sleep in is not known.
    const rooms = await say(freshState({ guestName: 'Ana García' }), [
      entity.range('2026-12-12', '2026-12-15'),
      party(2, 2),
      entity.rooms(2),
      entity.room('double'),
    ]);
    expect(texts(rooms)).toMatch(/\n• 2 personas\n/);

    const english = makeTurn({
      nlu: parse('make_reservation', [entity.range('2026-12-12', '2026-12-15'), party(2, 2)]),
      state: freshState({ language: 'en', guestName: 'Ann Smith' }),
    });
    await flow.continue(english, 'book');
    expect(texts(english)).toMatch(/\(3 nights\), 2 adults and 2 children, we have:\n/);
    const summary = makeTurn({
      nlu: parse('None', [entity.room('double')]),
      state: english.state,
    });
    await flow.continue(summary);
    expect(texts(summary)).toMatch(/\n• 2 adults and 2 children\n/);
    const baby = makeTurn({
      nlu: parse('make_reservation', [
        entity.range('2026-12-12', '2026-12-15'),
        party(1, 1, 1),
        entity.room('double'),
      ]),
      state: freshState({ language: 'en', guestName: 'Ann Smith' }),
    });
    await flow.continue(baby, 'book');
    expect(texts(baby)).toMatch(/\n• 1 adult, 1 child and 1 baby \(in a cot\)\n/);
  });

  it('keeps the details but books nothing on no', async () => {
    const turn = makeTurn({ nlu: parse('deny'), state: await summaryState() });
    await flow.deny(turn);
    expect(pms.bookings).toHaveLength(0);
    expect(texts(turn)).toMatch(/no hago la reserva/);
    expect(turn.state.dialogue.slots).toMatchObject({ roomTypeId: 'double', guests: 2 });
    expect(turn.state.dialogue.slots.bookingKey).toBeUndefined();

    // "¿Quieres cambiar algo?": yes asks what; no leaves the booking.
    const yes = makeTurn({ nlu: parse('confirm'), state: structuredClone(turn.state) });
    await flow.confirm(yes);
    expect(texts(yes)).toBe('¿Qué quieres cambiar: las fechas, la habitación o el número de personas?');
    // "Bueno sí, confírmala": the no taken back, the summary shown again for a fresh yes (nothing booked yet).
    for (const text of ['bueno si, confirmala', 'actually yes, go ahead']) {
      const after = makeTurn({
        nlu: parse('confirm'),
        state: structuredClone(turn.state),
        message: { text },
      });
      await flow.confirm(after);
      expect([text, texts(after)]).toEqual([
        text,
        expect.stringMatching(/^Te resumo la reserva:[^]*¿La confirmo\?$/),
      ]);
      expect(after.state.dialogue.slots.step).toBe('summary');
      expect(pms.bookings).toHaveLength(0);
    }
    expect(yes.state.dialogue).toMatchObject({
      flow: 'make_reservation',
      awaiting: null,
      slots: { guests: 2 },
    });
    expect(pms.bookings).toHaveLength(0);
    const no = makeTurn({ nlu: parse('deny'), state: structuredClone(turn.state) });
    await flow.deny(no);
    expect(no.state.dialogue.flow).toBeNull();
  });

  it('re-checks and drops the old summary when a follow-up changes the party', async () => {
    const state = await summaryState();
    const turn = await say(state, [entity.guests(3)], 'None', 'wamid.FOLLOW');
    expect(pms.queries.at(-1)).toMatchObject({ guests: 3 });
    expect(turn.state.dialogue.slots.bookingKey).toBe('whatsapp:wamid.FOLLOW');
  });

  it('says a room is too small for the party and lists the ones that fit', async () => {
    pms.offers = [offer('suite', 219, 1)];
    const turn = await say(freshState(), [
      entity.range('2026-12-12', '2026-12-15'),
      entity.guests(3),
      entity.room('single'),
    ]);
    expect(texts(turn)).toMatch(/como máximo 1 persona/);
    expect(turn.state.dialogue).toMatchObject({ awaiting: 'confirmation', slots: { roomTypeId: 'suite' } });
  });

  it('offers the only kind free to book with a yes, instead of a list of one', async () => {
    pms.offers = [offer('suite', 219, 1)];
    const spanish = await say(freshState({ guestName: null }), [
      entity.range('2027-01-03', '2027-01-06'),
      entity.guests(4),
    ]);
    expect(texts(spanish)).toMatch(
      /\n• Suite Junior: 219\s€\/noche, total 657\s€ \(¡queda 1!\)\n¿Quieres que te la reserve\?$/,
    );
    expect(spanish.replies.at(-1)).toMatchObject({
      type: 'buttons',
      buttons: [{ id: 'confirm_yes', title: 'Sí, reservar' }, { id: 'confirm_no' }],
    });
    expect(spanish.state.dialogue).toMatchObject({
      awaiting: 'confirmation',
      slots: { step: 'offer', roomTypeId: 'suite' },
    });
    const yes = makeTurn({ nlu: parse('confirm'), state: spanish.state });
    await flow.confirm(yes);
    expect(yes.state.dialogue.awaiting).toBe('guest_name');
    const english = makeTurn({
      nlu: parse('check_availability', [entity.range('2027-01-03', '2027-01-06'), entity.guests(4)]),
      state: freshState({ language: 'en' }),
    });
    await flow.continue(english);
    expect(texts(english)).toMatch(/\nShall I book it for you\?$/);
    expect(english.replies.at(-1)).toMatchObject({ buttons: [{ id: 'confirm_yes' }, { id: 'confirm_no' }] });
  });

  it('offers to book a room asked about while just browsing, and goes on to the name on yes', async () => {
    const browsing = makeTurn({
      nlu: parse('check_availability', [
        entity.range('2026-12-12', '2026-12-15'),
        entity.guests(2),
        entity.room('suite'),
      ]),
    });
    await flow.continue(browsing);
    expect(browsing.state.dialogue).toMatchObject({
      awaiting: 'confirmation',
      slots: { step: 'offer', mode: 'browse' },
    });
    const yes = makeTurn({ nlu: parse('confirm'), state: browsing.state });
    await flow.confirm(yes);
    expect(yes.state.dialogue.awaiting).toBe('guest_name');
  });
});

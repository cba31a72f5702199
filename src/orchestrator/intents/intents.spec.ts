import { FakePms, reservation } from '../../../test/support/booked-pms';
import { demoTenant, entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import type { Reservation } from '../../pms/pms.types';
import type { BookingFlow } from '../booking/booking-flow';
import type { IntentHandler } from '../dialogue/intent-handler';
import type { IntentHandlerRegistry } from '../dialogue/intent-handler.registry';
import type { Turn } from '../dialogue/turn';
import { CancelReservationHandler } from './cancel-reservation.handler';
import { ConfirmHandler } from './confirm.handler';
import { DenyHandler } from './deny.handler';
import { GoodbyeHandler } from './goodbye.handler';
import { GreetingHandler } from './greeting.handler';
import { HotelInfoHandler } from './hotel-info.handler';
import { HumanHandoffHandler } from './human-handoff.handler';
import { LateCheckoutHandler } from './late-checkout.handler';
import { LocationHandler } from './location.handler';
import { ReservationStatusHandler } from './reservation-status.handler';
import { RoomPhotosHandler } from './room-photos.handler';
import { RoomPricesHandler } from './room-prices.handler';
import { ThanksHandler } from './thanks.handler';
import { HotelFacts } from '../dialogue/hotel-facts';

const texts = (turn: Turn): string =>
  turn.replies.map((reply) => ('text' in reply ? reply.text : reply.type)).join('\n');

const facts = new HotelFacts();
/** A booking flow no status test reaches: it fails the test if called. */
const noBooking = { continue: () => Promise.reject(new Error('not expected')) } as unknown as BookingFlow;
const pick = <T extends object, K extends keyof T>(from: T, ...keys: K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;

describe('intent handlers', () => {
  let pms: FakePms;
  beforeEach(() => (pms = new FakePms()));

  it('greets by name with the hotel name, in English too', async () => {
    const turn = makeTurn({
      nlu: { ...parse('greeting'), language: 'en' },
      state: freshState({ language: 'en' }),
    });
    await new GreetingHandler().handle(turn);
    expect(texts(turn)).toMatch(/^Hello, Ana! .*Hotel Demo/);
  });

  it('says goodbye to a thanks that takes leave, and "anything else?" to a plain one', async () => {
    const leaving = makeTurn({ nlu: parse('thanks'), message: { text: 'muchas gracias por todo, adiós!' } });
    await new ThanksHandler().handle(leaving);
    const staying = makeTurn({ nlu: parse('thanks'), message: { text: 'muchas gracias' } });
    await new ThanksHandler().handle(staying);
    expect(texts(leaving)).not.toBe(texts(staying));
    expect(texts(leaving)).toBe(texts(await goodbyeTo('adiós')));
    for (const text of [
      'muchisimas gracias, todo perfecto, hasta la proxima!',
      'thanks so much, have a good day',
    ]) {
      const alsoLeaving = makeTurn({ nlu: parse('thanks'), message: { text } });
      await new ThanksHandler().handle(alsoLeaving);
      expect([text, texts(alsoLeaving)]).toEqual([text, texts(await goodbyeTo('adiós'))]);
    }
  });

  const goodbyeTo = async (text: string): Promise<Turn> => {
    const turn = makeTurn({ nlu: parse('goodbye'), message: { text } });
    await new GoodbyeHandler().handle(turn);
    return turn;
  };

  it('answers "¿cómo estás?" in kind, with a short word of who answers instead of the whole introduction', async () => {
    const asked = makeTurn({ nlu: parse('greeting'), message: { text: '¿cómo estás?' } });
    await new GreetingHandler().handle(asked);
    expect(texts(asked)).toBe(
      '¡Muy bien, gracias, Ana! Soy el asistente de Hotel Demo: ¿en qué te puedo ayudar?',
    );
    const hello = makeTurn({ nlu: parse('greeting'), message: { text: 'hola' } });
    await new GreetingHandler().handle(hello);
    expect(texts(hello)).toMatch(/^¡Hola, Ana! 👋 Soy el asistente de Hotel Demo\. Puedo consultar/);
    // "Hola?" while a booking waits for an answer: a short hello (its question follows, the pipeline's).
    const waiting = makeTurn({
      nlu: parse('greeting'),
      message: { text: 'hola?' },
      state: freshState({ dialogue: { flow: 'make_reservation', awaiting: 'guest_name', slots: {} } }),
    });
    await new GreetingHandler().handle(waiting);
    expect(texts(waiting)).toBe('¡Hola! Sigo aquí 😊');
    // A hello with a detail in it is no "are you there?".
    const detail = makeTurn({
      nlu: parse('greeting', [entity.guests(2)]),
      message: { text: 'buenas, somos 2' },
      state: freshState({ dialogue: { flow: 'make_reservation', awaiting: 'guest_name', slots: {} } }),
    });
    await new GreetingHandler().handle(detail);
    expect(texts(detail)).not.toBe('¡Hola! Sigo aquí 😊');
  });

  it('ends any flow on goodbye', async () => {
    const turn = makeTurn({
      state: freshState({ dialogue: { flow: 'make_reservation', awaiting: 'dates', slots: { guests: 2 } } }),
    });
    await new GoodbyeHandler().handle(turn);
    expect(turn.state.dialogue).toEqual({ flow: null, awaiting: null, slots: {} });
  });

  it('keeps the stay, but no question, on a goodbye at the rooms, an offer or a summary', async () => {
    const stay = { checkIn: '2026-12-12', checkOut: '2026-12-15', guests: 2 };
    for (const [awaiting, slots] of [
      [
        'room_type',
        { ...stay, options: ['room:double', 'room:suite'], optionPrices: { 'room:double': [109] } },
      ],
      ['confirmation', { ...stay, roomTypeId: 'suite', step: 'summary', bookingKey: 'k1', guestName: 'Ana' }],
    ] as const) {
      const turn = makeTurn({
        nlu: parse('thanks'),
        message: { text: 'muchas gracias, adiós' },
        state: freshState({ dialogue: { flow: 'make_reservation', awaiting, slots: { ...slots } } }),
      });
      await new ThanksHandler().handle(turn);
      expect(texts(turn)).toBe(
        '¡Hasta pronto, Ana! Si al final quieres la habitación, escríbeme y seguimos donde lo dejamos.',
      );
      expect(turn.state.dialogue.flow).toBe('make_reservation');
      expect(turn.state.dialogue.awaiting).toBeNull();
      expect(turn.state.dialogue.slots).toMatchObject(stay);
      for (const gone of ['options', 'optionPrices', 'step', 'bookingKey'])
        expect([gone, turn.state.dialogue.slots[gone]]).toEqual([gone, undefined]);
    }
    // A stay not yet whole (no party) ends with the flow.
    const partial = makeTurn({
      nlu: parse('goodbye'),
      state: freshState({
        dialogue: {
          flow: 'make_reservation',
          awaiting: 'guests',
          slots: { checkIn: '2026-12-12', checkOut: '2026-12-15' },
        },
      }),
    });
    await new GoodbyeHandler().handle(partial);
    expect(partial.state.dialogue.flow).toBeNull();
    expect(texts(partial)).toBe(texts(await goodbyeTo('adiós')));
  });

  it.each([
    ['wifi', /wifi gratis.*HotelDemo-Guest/],
    ['parking', /parking, a 18\s?€ la noche/],
    ['breakfast', /desayuno no está incluido: cuesta 14\s?€ por persona \(horario: 07:00-10:30\)/],
    [
      'pets',
      /^Admitimos mascotas \(suplemento de 20\s?€ por noche\), con estas condiciones: perros pequeños/,
    ],
    ['check_in', /a partir de las 15:00/],
    ['check_out', /hasta las 12:00/],
    ['cancellation_policy', /Cancelación gratuita hasta 48 horas/],
    ['contact', /\+34 910 000 000.*reservas@hoteldemo\.example/],
    ['amenities', /gimnasio.*piscina en la azotea/],
  ] as const)('answers %s from the hotel data in the guest language', async (topic, expected) => {
    const turn = makeTurn({ nlu: parse('hotel_info', [entity.topic(topic)]) });
    await new HotelInfoHandler(facts).handle(turn);
    expect(texts(turn)).toMatch(expected);
  });

  it('answers the policy asked about, not all of them, and what children pay asked as a price', async () => {
    const both = makeTurn({ nlu: parse('hotel_info', [entity.topic('policies'), entity.topic('children')]) });
    await new HotelInfoHandler(facts).handle(both);
    expect(texts(both)).toBe('Los menores de 3 años se alojan gratis en cuna.');
    const price = makeTurn({ nlu: parse('room_prices', [entity.topic('children')]) });
    await new RoomPricesHandler(pms, { continue: jest.fn() } as unknown as BookingFlow, facts).handle(price);
    expect(texts(price)).toBe('Los menores de 3 años se alojan gratis en cuna.');
  });

  it('answers prices found too high with the cheapest room for the party, not the whole list', async () => {
    const handler = new RoomPricesHandler(pms, { continue: jest.fn() } as unknown as BookingFlow, facts);
    const couple = makeTurn({
      nlu: parse('room_prices', [entity.room('suite')]),
      message: { text: 'ripoff, 219 for a suite??' },
    });
    await handler.handle(couple);
    expect(texts(couple)).toMatch(
      // The PMS here has a single (79 €) and the suite: for a couple, the suite.
      /^Entiendo que te parezca caro\. Lo más económico que tenemos es la Suite Junior \(hasta 4 personas\), desde 219\s€ la noche\./,
    );
    const alone = makeTurn({ nlu: parse('room_prices'), message: { text: 'ladrones' } });
    alone.state.dialogue.slots.guests = 1;
    await handler.handle(alone);
    expect(texts(alone)).toMatch(/Habitación Individual \(hasta 1 persona\), desde 79\s€/);
    // The stay already told: no dates asked for again.
    const booking = makeTurn({ nlu: parse('room_prices'), message: { text: 'eso es carísimo' } });
    Object.assign(booking.state.dialogue.slots, { checkIn: '2026-12-12', checkOut: '2026-12-14', guests: 1 });
    await handler.handle(booking);
    expect(texts(booking)).toMatch(
      /desde 79\s€ la noche; si la prefieres, dímelo y te la busco para tus fechas\.$/,
    );
  });

  it("compares two rooms named side by side: each one's places and rate", async () => {
    const handler = new RoomPricesHandler(pms, { continue: jest.fn() } as unknown as BookingFlow, facts);
    const turn = makeTurn({
      nlu: parse('room_prices', [entity.room('single'), entity.room('suite')]),
      message: { text: '¿qué diferencia hay entre la individual y la suite?' },
    });
    await handler.handle(turn);
    expect(texts(turn)).toMatch(
      /^Nuestras tarifas por noche:\n• Habitación Individual \(hasta 1 persona\): 79\s€\n• Suite Junior \(hasta \d personas\): 219\s€\n\nSe diferencian en el número de personas que admiten y en el precio; para verlas, pídeme las fotos\.$/,
    );
  });

  it('answers what the prices count ("¿es por noche o total?", "per person?"): the list shown, the summary, or none', async () => {
    const handler = new RoomPricesHandler(pms, { continue: jest.fn() } as unknown as BookingFlow, facts);
    const ask = async (text: string, slots: Record<string, unknown> = {}) => {
      const turn = makeTurn({ nlu: parse('room_prices'), message: { text } });
      Object.assign(turn.state.dialogue.slots, slots);
      await handler.handle(turn);
      return texts(turn);
    };
    const stay = { checkIn: '2026-12-12', checkOut: '2026-12-15', guests: 2 };
    expect(await ask('¿es por noche o total?', stay)).toBe(
      'Son precios por habitación, no por persona: el primero es por noche y el total es el de toda la estancia (3 noches).',
    );
    expect(await ask('¿el precio es por persona?', { ...stay, step: 'summary' })).toBe(
      'El total es por toda la estancia (3 noches) y por habitación, no por persona.',
    );
    expect(await ask('¿109 por persona?')).toMatch(
      /^Nuestras tarifas son por habitación y por noche, no por persona;/,
    );
    // A price asked is no question of what it counts.
    expect(await ask('¿cuánto cuesta por noche?')).toMatch(/^Nuestras tarifas por noche:\n/);
  });

  it('answers every question of a price question with others in it, each amenity once', async () => {
    const turn = makeTurn({
      nlu: parse('room_prices', [entity.topic('breakfast'), entity.topic('amenities')]),
      message: { text: 'is breakfast included? and is there a gym?' },
    });
    await new RoomPricesHandler(pms, { continue: jest.fn() } as unknown as BookingFlow, facts).handle(turn);
    expect(texts(turn)).toMatch(
      /^El desayuno no está incluido: cuesta 14\s€ por persona .*\nSí, tenemos gimnasio\.$/,
    );
  });

  it('answers an early arrival with the check-in time, and bags to leave before it with whom to ask', async () => {
    const bags = makeTurn({
      nlu: parse('hotel_info', [entity.topic('check_in')]),
      message: { text: 'llego a las 12.30, ¿puedo dejar las maletas?' },
    });
    await new HotelInfoHandler(facts).handle(bags);
    expect(texts(bags)).toBe(
      'El check-in es a partir de las 15:00.\nPara guardar el equipaje, llámanos al +34 910 000 000 y te lo confirmamos.',
    );
    // Bags to leave after the check-out: its hour, never the check-in's.
    const leaving = '¿puedo dejar las maletas después del check out?';
    const after = makeTurn({
      nlu: parse('hotel_info', [
        { ...entity.topic('check_in'), text: 'dejar las maletas', start: 7, end: 24 },
        { ...entity.topic('check_out'), text: 'check out', start: 38, end: 47 },
      ]),
      message: { text: leaving },
    });
    await new HotelInfoHandler(facts).handle(after);
    expect(texts(after)).toBe(
      'El check-out es hasta las 12:00.\nPara guardar el equipaje, llámanos al +34 910 000 000 y te lo confirmamos.',
    );
    // Before the check-in time: whom to ask for the room sooner.
    for (const text of ['llegamos a las 12.30, ¿se puede?', 'we arrive at 9am', 'arriving 10 am']) {
      const early = makeTurn({ nlu: parse('hotel_info', [entity.topic('check_in')]), message: { text } });
      await new HotelInfoHandler(facts).handle(early);
      expect([text, texts(early)]).toEqual([
        text,
        'El check-in es a partir de las 15:00; si llegas antes, llámanos al +34 910 000 000 y te decimos si la habitación puede estar lista antes.',
      ]);
    }
    const asked = makeTurn({
      nlu: parse('hotel_info', [entity.topic('check_in')]),
      message: { text: '¿a qué hora es el check-in?' },
    });
    await new HotelInfoHandler(facts).handle(asked);
    expect(texts(asked)).toBe('El check-in es a partir de las 15:00.');
    // Late, with the hotel's 24-hour reception: any time is fine.
    for (const text of [
      'llego a las 23h, ¿hay problema?',
      'llegaremos tarde, sobre la 1',
      'we land at midnight',
      'I will arrive at 1am is that ok',
      'arriving 11:30pm',
    ]) {
      const late = makeTurn({ nlu: parse('hotel_info', [entity.topic('check_in')]), message: { text } });
      await new HotelInfoHandler(facts).handle(late);
      expect([text, texts(late)]).toEqual([
        text,
        'El check-in es a partir de las 15:00.\nLa recepción está abierta las 24 horas: puedes llegar a la hora que quieras.',
      ]);
    }
    // After check-in and before the evening: no problem.
    const inTime = makeTurn({
      nlu: parse('hotel_info', [entity.topic('check_in')]),
      message: { text: 'llegamos a las 5 de la tarde, ¿hay problema?' },
    });
    await new HotelInfoHandler(facts).handle(inTime);
    expect(texts(inTime)).toBe(
      'El check-in es a partir de las 15:00.\nSin problema: a esa hora tu habitación ya estará lista.',
    );
    // In the small hours, asked while a stay is being booked: its first night, and how to add the one before.
    const booking = freshState({
      dialogue: {
        flow: 'make_reservation',
        awaiting: 'confirmation',
        slots: { checkIn: '2026-12-18', checkOut: '2026-12-20' },
      },
    });
    const flight = makeTurn({
      nlu: parse('hotel_info', [entity.topic('check_in')]),
      message: { text: 'nuestro vuelo llega a las 00:30, llegariamos al hotel a la 1 y pico' },
      state: booking,
    });
    await new HotelInfoHandler(facts).handle(flight);
    expect(texts(flight)).toMatch(
      /\nLa recepción está abierta las 24 horas.*\nUn detalle: la reserva empieza la noche del vie 18 dic.*«desde el jue 17 dic»/s,
    );
  });

  it('says yes to an amenity the hotel has, named its own way, and lists them all only when asked what there is', async () => {
    const ask = async (text: string, topics: ReturnType<typeof entity.topic>[] = []) => {
      const turn = makeTurn({ nlu: parse('hotel_info', topics), message: { text } });
      await new HotelInfoHandler(facts).handle(turn);
      return texts(turn);
    };
    expect(await ask('¿hay recepción 24 horas?')).toBe('Sí, tenemos recepción 24 h.');
    expect(await ask('¿tienen piscina?', [entity.topic('amenities')])).toBe(
      'Sí, tenemos piscina en la azotea.',
    );
    expect(await ask('¿tenéis gimnasio y traslado desde el aeropuerto?')).toBe(
      'Sí, tenemos gimnasio y traslado al aeropuerto.',
    );
    expect(await ask('¿qué servicios tienen?', [entity.topic('amenities')])).toMatch(
      /^Servicios del hotel: wifi, /,
    );
    expect(await ask('¿tienen sauna?')).toMatch(
      /^No tengo ese dato: no figura entre los servicios del hotel que conozco \(wifi, /,
    );
    // A hotel's own amenity code is matched as a word: "bar" is not in "barato", "spa" not in "España".
    const withBar = { ...demoTenant(), info: { ...demoTenant().info, amenities: ['bar', 'spa'] } };
    const cheap = makeTurn({
      nlu: parse('hotel_info'),
      message: { text: '¿es barato? estoy en España' },
      tenant: withBar,
    });
    await new HotelInfoHandler(facts).handle(cheap);
    expect(texts(cheap)).not.toMatch(/tenemos/);
  });

  it('answers a policy in English for an English guest', async () => {
    const turn = makeTurn({
      nlu: { ...parse('hotel_info', [entity.topic('smoking')]), language: 'en' },
      state: freshState({ language: 'en' }),
    });
    await new HotelInfoHandler(facts).handle(turn);
    expect(texts(turn)).toBe('Non-smoking hotel.');
  });

  it('gives an overview for the hotel in general, and for a question its data does not cover says so', async () => {
    const answer = async (text: string): Promise<string> => {
      const turn = makeTurn({ nlu: parse('hotel_info'), message: { text } });
      await new HotelInfoHandler(facts).handle(turn);
      return texts(turn);
    };
    expect(await answer('quiero información del hotel')).toMatch(/Calle Mayor 10.*15:00.*12:00/s);
    expect(await answer('¿tienen sauna?')).toMatch(
      /^No tengo ese dato: no figura entre los servicios del hotel que conozco \(wifi, .*gimnasio.*\)\. .*\+34 910/,
    );
    expect(await answer('¿cuántas plantas tiene el edificio?')).toMatch(
      /^No tengo ese dato a mano.*\+34 910/,
    );
  });

  it("turns away a pet over the hotel's weight limit, in kg or pounds, and welcomes a lighter one", async () => {
    const answer = async (text: string): Promise<string> => {
      const turn = makeTurn({ nlu: parse('hotel_info', [entity.topic('pets')]), message: { text } });
      await new HotelInfoHandler(facts).handle(turn);
      return texts(turn);
    };
    expect(await answer('¿admiten perros de 40 kilos?')).toMatch(
      /^Lo siento, solo admitimos mascotas de hasta 10 kg/,
    );
    expect(await answer('my dog weighs 30 lbs')).toMatch(/^Lo siento/);
    expect(await answer('mi perrito de 5 kg')).toMatch(/^Admitimos mascotas \(suplemento de 20/);
    expect(await answer('my dog weighs 20 lbs')).toMatch(/^Admitimos mascotas/);
  });

  it('turns away an animal the hotel does not take, naming the ones it does, and remembers it', async () => {
    const answer = async (text: string, state = freshState()): Promise<Turn> => {
      const turn = makeTurn({ nlu: parse('hotel_info', [entity.topic('pets')]), message: { text }, state });
      await new HotelInfoHandler(facts).handle(turn);
      return turn;
    };
    const cat = await answer('¿admiten gatos?');
    expect(texts(cat)).toBe('Lo siento, no admitimos gatos, solo perros. Perros pequeños, de hasta 10 kg.');
    expect(texts(await answer('can I bring my rabbit?'))).toMatch(
      /^Lo siento, no admitimos conejos, solo perros/,
    );
    // "Mascotas" names no animal: the cat told before still cannot come; a dog named next can.
    expect(texts(await answer('¿y si traigo la mascota?', cat.state))).toMatch(
      /^Lo siento, no admitimos gatos/,
    );
    expect(texts(await answer('¿y un perro pequeño?', cat.state))).toMatch(/^Admitimos mascotas/);
  });

  it('says the hours or the kind of an amenity are not in its data, with the phone, never a bare yes', async () => {
    const asked = async (text: string, language: 'es' | 'en' = 'es'): Promise<string> => {
      const turn = makeTurn({
        nlu: parse('hotel_info', [entity.topic('amenities')]),
        message: { text },
        state: freshState({ language }),
      });
      await new HotelInfoHandler(facts).handle(turn);
      return texts(turn);
    };
    expect(await asked('¿a qué hora abre el gimnasio?')).toBe(
      'Tenemos gimnasio, pero no tengo a mano ese detalle (horario, temporada o cómo es). ' +
        'Llámanos al +34 910 000 000 y te lo confirmamos.',
    );
    expect(await asked('¿la piscina está climatizada?')).toMatch(
      /^Tenemos piscina en la azotea, pero no tengo/,
    );
    expect(await asked('is the pool open in december? is it heated?', 'en')).toMatch(
      /^We have a rooftop pool, but I don't have that detail to hand/,
    );
    expect(await asked('¿tenéis piscina?')).toBe('Sí, tenemos piscina en la azotea.');
    // A reception open round the clock has its hours in its name.
    expect(await asked('¿a qué hora cierra la recepción?')).toBe(
      'La recepción está abierta las 24 horas, todos los días.',
    );
    expect(await asked('what time does reception close?', 'en')).toBe(
      'Reception is open 24 hours a day, every day.',
    );
  });

  it('sends a recommendation asked for to reception, with the phone', async () => {
    const turn = makeTurn({
      nlu: parse('hotel_info'),
      message: { text: '¿me recomiendas algún restaurante cerca?' },
    });
    await new HotelInfoHandler(facts).handle(turn);
    expect(texts(turn)).toBe(
      'En recepción te recomiendan encantados sitios cerca del hotel: pregúntales al llegar o llámanos al +34 910 000 000.',
    );
  });

  it('says it does not know what a room has, naming the room, rather than offering it', async () => {
    const turn = makeTurn({
      nlu: parse('hotel_info', [entity.room('suite')]),
      message: { text: '¿la suite tiene bañera?' },
    });
    await new HotelInfoHandler(facts).handle(turn);
    expect(texts(turn)).toBe(
      'No tengo ese detalle de la Suite Junior a mano. Llámanos al +34 910 000 000 y te lo confirmamos.',
    );
  });

  it("tells how to get an invoice, with the hotel's address to write to, in the guest's language", async () => {
    for (const [language, pattern] of [
      ['es', /^Sí, te hacemos factura.*reservas@hoteldemo\.example.*NIF/],
      ['en', /^Yes, we can invoice your stay.*reservas@hoteldemo\.example/],
    ] as const) {
      const turn = makeTurn({
        nlu: parse('hotel_info', [entity.topic('invoice')]),
        state: freshState({ language }),
      });
      await new HotelInfoHandler(facts).handle(turn);
      expect(texts(turn)).toMatch(pattern);
    }
  });

  it("promises no discount the hotel's data does not state, and tells the hotel's own terms where it has them", async () => {
    for (const [language, pattern] of [
      ['es', /^No tengo descuentos ni ofertas que aplicar desde aquí.*reservas@hoteldemo\.example/],
      ['en', /^I have no discounts or offers to apply from here.*reservas@hoteldemo\.example/],
    ] as const) {
      const turn = makeTurn({
        nlu: parse('hotel_info', [entity.topic('discounts')]),
        state: freshState({ language }),
      });
      await new HotelInfoHandler(facts).handle(turn);
      expect(texts(turn)).toMatch(pattern);
    }
    const demo = demoTenant();
    const discounts = { es: '10 % menos a partir de 7 noches.', en: '10% off from 7 nights.' };
    const tenant = { ...demo, info: { ...demo.info, policies: { ...demo.info.policies, discounts } } };
    const turn = makeTurn({ tenant, nlu: parse('hotel_info', [entity.topic('discounts')]) });
    await new HotelInfoHandler(facts).handle(turn);
    expect(texts(turn)).toBe('10 % menos a partir de 7 noches.');
  });

  it('says a booking made here is paid at the hotel, and that tax details are not to hand, unless the hotel states them', async () => {
    const answer = async (topic: 'payment' | 'taxes', tenant = demoTenant()) => {
      const turn = makeTurn({ tenant, nlu: parse('hotel_info', [entity.topic(topic)]) });
      await new HotelInfoHandler(facts).handle(turn);
      return texts(turn);
    };
    expect(await answer('payment')).toMatch(
      /^Las reservas que hago aquí se pagan en el hotel: ahora no se cobra nada\..*\+34 910 000 000/,
    );
    expect(await answer('taxes')).toMatch(/^No tengo a mano el detalle de impuestos.*\+34 910 000 000/);
    const demo = demoTenant();
    const taxes = {
      es: 'El IVA está incluido; la tasa turística se paga aparte.',
      en: 'VAT included; tourist tax extra.',
    };
    const stated = { ...demo, info: { ...demo.info, policies: { ...demo.info.policies, taxes } } };
    expect(await answer('taxes', stated)).toBe('El IVA está incluido; la tasa turística se paga aparte.');
  });

  it("writes a stay's year when it is not this year at the hotel (a past day read as next year shows)", () => {
    // 23:30 on 31 December in Madrid is already 2027 there.
    const turn = makeTurn({ now: new Date('2026-12-31T23:30:00Z') });
    expect([turn.date('2027-01-02'), turn.date('2026-12-31')]).toEqual(['sáb 2 ene', 'jue 31 dic 2026']);
    const november = makeTurn();
    expect([november.date('2026-12-12'), november.date('2027-11-20')]).toEqual([
      'sáb 12 dic',
      'sáb 20 nov 2027',
    ]);
  });

  it('adds the hotel shuttle to the way from the airport', async () => {
    const turn = makeTurn({ nlu: parse('location'), message: { text: '¿cómo llego desde el aeropuerto?' } });
    await new LocationHandler().handle(turn);
    expect(turn.replies.map((reply) => reply.type)).toEqual(['text', 'location', 'text']);
    expect(texts(turn)).toMatch(
      /\nDesde el aeropuerto, además, tenemos traslado: para horarios y precio, llámanos al \+34 910 000 000\.$/,
    );
    const plain = makeTurn({ nlu: parse('location'), message: { text: '¿dónde estáis?' } });
    await new LocationHandler().handle(plain);
    expect(plain.replies.map((reply) => reply.type)).toEqual(['text', 'location']);
  });

  it('sends the location as a location message', async () => {
    const turn = makeTurn({ nlu: parse('location') });
    await new LocationHandler().handle(turn);
    expect(turn.replies.at(-1)).toEqual({
      type: 'location',
      latitude: 40.4153,
      longitude: -3.7074,
      name: 'Hotel Demo',
      address: 'Calle Mayor 10, 28013 Madrid, España',
    });
  });

  it('sends the photos of the room asked about, or one of each room', async () => {
    const one = makeTurn({ nlu: parse('room_photos', [entity.room('suite')]) });
    await new RoomPhotosHandler().handle(one);
    expect(one.replies.filter((r) => r.type === 'image')).toEqual([
      { type: 'image', url: 'https://example.com/demo/suite.jpg', caption: 'Suite Junior' },
    ]);
    const all = makeTurn({ nlu: parse('room_photos') });
    await new RoomPhotosHandler().handle(all);
    expect(all.replies.filter((r) => r.type === 'image')).toHaveLength(4);
    // With a room chosen for the booking, "fotos de la habitación" are that room's.
    const chosen = makeTurn({
      nlu: parse('room_photos'),
      state: freshState({
        dialogue: { flow: 'make_reservation', awaiting: 'guest_name', slots: { roomTypeId: 'superior' } },
      }),
    });
    await new RoomPhotosHandler().handle(chosen);
    expect(chosen.replies.filter((r) => r.type === 'image')).toEqual([
      { type: 'image', url: 'https://example.com/demo/superior.jpg', caption: 'Doble Superior' },
    ]);
  });

  it('offers late check-out as the hotel sells it', async () => {
    const turn = makeTurn({ nlu: parse('late_checkout') });
    await new LateCheckoutHandler().handle(turn);
    expect(texts(turn)).toMatch(
      /^Ofrecemos salida tardía hasta las 14:00 como máximo, por 25\s?€\. Para pedirla, llámanos al \+34 910 000 000\. El check-out normal es hasta las 12:00\.$/,
    );
  });

  it('answers an arrival hour heard as the late check-out as an arrival, and a late departure as the late check-out', async () => {
    const arriving = makeTurn({
      nlu: parse('late_checkout'),
      message: { text: 'hola! llego mañana muy tarde, sobre las 2 de la mañana, hay problema?' },
    });
    await new LateCheckoutHandler().handle(arriving);
    expect(texts(arriving)).toBe(
      'La recepción está abierta las 24 horas: puedes llegar a la hora que quieras.',
    );
    for (const text of [
      '¿podemos salir tarde, a las 2?',
      '¿podemos quedarnos en la habitación hasta las 14h? el vuelo aterriza a las 19',
      'can we keep the room until 2pm? our flight lands at 6pm',
    ]) {
      const leaving = makeTurn({ nlu: parse('late_checkout'), message: { text } });
      await new LateCheckoutHandler().handle(leaving);
      expect(texts(leaving)).toMatch(/^Ofrecemos salida tardía hasta las 14:00/);
    }
  });

  it('answers what the price includes from the data: the room and night, breakfast, wifi, taxes', async () => {
    const booking = { continue: jest.fn() } as unknown as BookingFlow;
    const turn = makeTurn({ nlu: parse('room_prices'), message: { text: '¿qué incluye el precio?' } });
    await new RoomPricesHandler(pms, booking, facts).handle(turn);
    expect(texts(turn)).toMatch(
      /^Nuestras tarifas son por habitación y noche\.\nEl desayuno no está incluido: cuesta 14\s€ por persona .*\nTenemos wifi gratis .*\nNo tengo a mano el detalle de impuestos/,
    );
  });

  it('answers the price of an amenity the hotel has with a yes and whom to ask, not the room rates', async () => {
    const booking = { continue: jest.fn() } as unknown as BookingFlow;
    const turn = makeTurn({
      nlu: parse('room_prices'),
      message: { text: '¿cuánto cuesta el transfer al aeropuerto?' },
    });
    await new RoomPricesHandler(pms, booking, facts).handle(turn);
    expect(texts(turn)).toBe(
      'Tenemos traslado al aeropuerto, pero su precio no te lo puedo confirmar desde aquí: llámanos al +34 910 000 000 y te lo decimos.',
    );
    // The room's price asked beside an amenity: the rates.
    const room = makeTurn({
      nlu: parse('room_prices'),
      message: { text: '¿cuánto cuesta la habitación? ¿hay gimnasio?' },
    });
    await new RoomPricesHandler(pms, booking, facts).handle(room);
    expect(texts(room)).toMatch(/Habitación Individual.*79\s?€/);
  });

  it('says the nightly rate of the room asked for with dates before the party is asked, not when it is known', async () => {
    const continued = jest.fn();
    const booking = { continue: continued } as unknown as BookingFlow;
    const dated = [entity.room('suite'), entity.date('2026-12-05')];
    const asked = makeTurn({ nlu: parse('room_prices', dated) });
    await new RoomPricesHandler(pms, booking, facts).handle(asked);
    expect(texts(asked)).toBe('Suite Junior: 219\u00a0€ la noche (hasta 4 personas).');
    expect(continued).toHaveBeenCalledWith(asked);
    // With the party known the flow prices the whole stay; a room for one needs no party; nor does
    // a PMS that cannot say hold up the flow.
    const withParty = makeTurn({ nlu: parse('room_prices', [...dated, entity.guests(2)]) });
    const single = makeTurn({
      nlu: parse('room_prices', [entity.room('single'), entity.date('2026-12-05')]),
    });
    for (const turn of [withParty, single]) {
      await new RoomPricesHandler(pms, booking, facts).handle(turn);
      expect(turn.replies).toEqual([]);
    }
    pms.down = true;
    const down = makeTurn({ nlu: parse('room_prices', dated) });
    await new RoomPricesHandler(pms, booking, facts).handle(down);
    expect(down.replies).toEqual([]);
    expect(continued).toHaveBeenCalledTimes(4);
  });

  it('lists nightly rates from the PMS, or says honestly it cannot', async () => {
    const booking = { continue: jest.fn() } as unknown as BookingFlow;
    const turn = makeTurn({ nlu: parse('room_prices') });
    await new RoomPricesHandler(pms, booking, facts).handle(turn);
    expect(texts(turn)).toMatch(/Habitación Individual.*79\s?€/);
    pms.down = true;
    const down = makeTurn({ nlu: parse('room_prices') });
    await new RoomPricesHandler(pms, booking, facts).handle(down);
    expect(texts(down)).toMatch(/no puedo consultar/);
  });

  it('answers a price asked of breakfast, parking or pets from the hotel data, after the room named', async () => {
    const booking = { continue: jest.fn() } as unknown as BookingFlow;
    const getRoomTypes = jest.spyOn(pms, 'getRoomTypes');
    const included = makeTurn({ nlu: parse('room_prices', [entity.topic('breakfast')]) });
    await new RoomPricesHandler(pms, booking, facts).handle(included);
    expect(texts(included)).toMatch(
      /^El desayuno no está incluido: cuesta 14\s€ por persona \(horario: 07:00-10:30\)\.$/,
    );
    expect(getRoomTypes).not.toHaveBeenCalled();

    const withRoom = makeTurn({
      nlu: parse('room_prices', [entity.room('suite'), entity.topic('breakfast'), entity.topic('wifi')]),
    });
    await new RoomPricesHandler(pms, booking, facts).handle(withRoom);
    expect(texts(withRoom)).toMatch(
      /Suite Junior.*219\s?€.*\n\nEl desayuno no está incluido: cuesta 14\s?€/s,
    );
    expect(texts(withRoom)).not.toMatch(/Individual|wifi/);
  });

  it('hands prices with dates to the booking flow (the exact price of the stay)', async () => {
    const booking = { continue: jest.fn() } as unknown as BookingFlow;
    const turn = makeTurn({ nlu: parse('room_prices', [entity.range('2026-12-12', '2026-12-15')]) });
    await new RoomPricesHandler(pms, booking, facts).handle(turn);
    expect(booking.continue).toHaveBeenCalledWith(turn);
  });

  it('shows a reservation by reference', async () => {
    const turn = makeTurn({ nlu: parse('reservation_status', [entity.reference('K7QX2M')]) });
    await new ReservationStatusHandler(pms, noBooking).handle(turn);
    expect(texts(turn)).toMatch(/K7QX2M.*Doble Estándar.*confirmada/);
    expect(turn.state.dialogue.slots.lastReference).toBe('K7QX2M');
  });

  it('says a code typed at "what is your code?" that is none of ours ("Q1W2E3") is not found, and asks again', async () => {
    const asked = freshState({ dialogue: { flow: 'reservation_status', awaiting: 'reference', slots: {} } });
    const turn = makeTurn({ nlu: parse('None'), message: { text: 'Q1W2E3' }, state: asked });
    await new ReservationStatusHandler(pms, noBooking).handle(turn);
    expect(texts(turn)).toBe('No encuentro ninguna reserva con el código Q1W2E3. ¿Puedes revisarlo?');
    expect(turn.state.dialogue.awaiting).toBe('reference');
  });

  it('asks for the reference when there is none, and says when it does not exist', async () => {
    const ask = makeTurn({ nlu: parse('reservation_status') });
    await new ReservationStatusHandler(pms, noBooking).handle(ask);
    expect(ask.state.dialogue).toMatchObject({ flow: 'reservation_status', awaiting: 'reference' });
    const missing = makeTurn({
      nlu: parse('reservation_status', [entity.reference('ZZZZZ9')]),
      state: ask.state,
    });
    await new ReservationStatusHandler(pms, noBooking).handle(missing);
    expect(texts(missing)).toMatch(/No encuentro.*ZZZZZ9/);
  });

  it('offers a person, rather than asking for the code, to a guest who asks for it or has lost it', async () => {
    for (const [intent, text] of [
      ['reservation_status', 'hola, tengo una reserva, me dices el código? está a nombre de Ana Torres'],
      ['reservation_status', "what's my booking number? I booked last week"],
      ['cancel_reservation', 'quiero cancelar pero perdí el localizador'],
    ] as const) {
      const turn = makeTurn({ nlu: parse(intent), message: { text } });
      const handler =
        intent === 'cancel_reservation'
          ? new CancelReservationHandler(pms)
          : new ReservationStatusHandler(pms, noBooking);
      await handler.handle(turn);
      expect([text, turn.replies]).toEqual([
        text,
        [
          expect.objectContaining({
            type: 'buttons',
            text: expect.stringMatching(/^(Sin el código|Without the code)/),
          }),
        ],
      ]);
      expect(turn.state.dialogue.flow).toBe('human_handoff');
    }
    // Not knowing how to cancel is no missing code: the code is asked for.
    const how = makeTurn({
      nlu: parse('cancel_reservation'),
      message: { text: 'no sé cómo cancelar mi reserva' },
    });
    await new CancelReservationHandler(pms).handle(how);
    expect(how.state.dialogue).toMatchObject({ flow: 'cancel_reservation', awaiting: 'reference' });
  });

  it('cancels only after an explicit yes, and keeps the booking on no', async () => {
    const handler = new CancelReservationHandler(pms);
    const ask = makeTurn({ nlu: parse('cancel_reservation', [entity.reference('K7QX2M')]) });
    await handler.handle(ask);
    expect(pms.cancelled).toEqual([]);
    expect(ask.replies[0]).toMatchObject({
      type: 'buttons',
      buttons: [{ id: 'confirm_yes' }, { id: 'confirm_no' }],
    });
    const no = makeTurn({ nlu: parse('deny'), state: structuredClone(ask.state) });
    await handler.deny(no);
    expect(texts(no)).toMatch(/mantengo tu reserva K7QX2M/);
    const yes = makeTurn({ nlu: parse('confirm'), state: structuredClone(ask.state) });
    await handler.confirm(yes);
    expect(pms.cancelled).toEqual(['K7QX2M']);
    expect(texts(yes)).toBe('Reserva K7QX2M cancelada, sin ningún coste.');
  });

  it('asks for the name on a booking the conversation did not make, where the hotel wants it, before showing or cancelling it', async () => {
    const tenant = { ...demoTenant(), verifyBookingName: true };
    const handler = new CancelReservationHandler(pms);
    const ask = makeTurn({ tenant, nlu: parse('cancel_reservation', [entity.reference('K7QX2M')]) });
    await handler.handle(ask);
    expect(texts(ask)).toBe('Por seguridad, ¿a nombre de quién está la reserva K7QX2M?');
    expect(ask.state.dialogue).toMatchObject({ flow: 'cancel_reservation', awaiting: 'guest_name' });
    // The surname on the booking: what will be cancelled, and the yes asked for.
    const named = makeTurn({
      tenant,
      nlu: parse('cancel_reservation', [entity.name('Ana Garcia')]),
      state: structuredClone(ask.state),
    });
    await handler.handle(named);
    expect(texts(named)).toMatch(/^¿Confirmas que quieres cancelar la reserva K7QX2M/);
    // Its room is kept, so that "la doble" answering the question is a yes (the router's).
    expect(named.state.dialogue.slots).toMatchObject({ reference: 'K7QX2M', roomTypeId: 'double' });
    expect(pms.cancelled).toEqual([]);
    // Another name: neither shown nor cancelled, and after three wrong names only the phone.
    let state = structuredClone(ask.state);
    for (let attempt = 1; attempt <= 3; attempt++) {
      const wrong = makeTurn({
        tenant,
        nlu: parse('cancel_reservation', [entity.name('Pedro Pérez')]),
        state,
      });
      await handler.handle(wrong);
      expect(texts(wrong)).toMatch(/^Ese nombre no coincide con el de la reserva K7QX2M.*\+34 910 000 000/);
      expect(wrong.state.dialogue.flow).toBeNull();
      const again = makeTurn({
        tenant,
        nlu: parse('cancel_reservation', [entity.reference('K7QX2M')]),
        state: wrong.state,
      });
      await handler.handle(again);
      state = again.state;
      expect(texts(again)).toMatch(attempt < 3 ? /^Por seguridad/ : /^Ese nombre no coincide/);
    }
    expect(pms.cancelled).toEqual([]);
    // A booking made in this conversation, or a hotel that does not ask: no name needed.
    const mine = makeTurn({ tenant, nlu: parse('cancel_reservation', [entity.reference('K7QX2M')]) });
    mine.state.dialogue.slots.references = ['K7QX2M'];
    await handler.handle(mine);
    expect(texts(mine)).toMatch(/^¿Confirmas/);
    const status = makeTurn({ tenant, nlu: parse('reservation_status', [entity.reference('K7QX2M')]) });
    await new ReservationStatusHandler(pms, noBooking).handle(status);
    expect(texts(status)).toBe('Por seguridad, ¿a nombre de quién está la reserva K7QX2M?');
  });

  it('cancels the booking made earlier in the conversation when no code is given', async () => {
    const turn = makeTurn({
      nlu: parse('cancel_reservation'),
      state: freshState({ dialogue: { flow: null, awaiting: null, slots: { lastReference: 'K7QX2M' } } }),
    });
    await new CancelReservationHandler(pms).handle(turn);
    expect(texts(turn)).toMatch(/K7QX2M/);
  });

  it('never puts the booking made earlier in place of a code the guest named that is not one', async () => {
    for (const text of [
      'cancel booking 12345',
      'cancela la reserva nº 4411-B',
      'quiero cancelar la otra reserva, la ABC123',
    ]) {
      const turn = makeTurn({
        nlu: parse('cancel_reservation'),
        message: { text },
        state: freshState({ dialogue: { flow: null, awaiting: null, slots: { lastReference: 'K7QX2M' } } }),
      });
      await new CancelReservationHandler(pms).handle(turn);
      expect(texts(turn)).toMatch(/No encuentro ninguna reserva con el código (12345|4411-B|ABC123)/);
      expect(turn.state.dialogue.awaiting).toBe('reference');
    }
    // A flight number is no booking code: the booking made earlier is the one meant.
    const flight = makeTurn({
      nlu: parse('cancel_reservation'),
      message: { text: 'han cancelado mi vuelo IB3456, cancelad mi reserva' },
      state: freshState({ dialogue: { flow: null, awaiting: null, slots: { lastReference: 'K7QX2M' } } }),
    });
    await new CancelReservationHandler(pms).handle(flight);
    expect(texts(flight)).toMatch(/cancelar la reserva K7QX2M/);
    // A cue with no code after it still means the booking made earlier.
    const mine = makeTurn({
      nlu: parse('cancel_reservation'),
      message: { text: 'cancel my booking please' },
      state: freshState({ dialogue: { flow: null, awaiting: null, slots: { lastReference: 'K7QX2M' } } }),
    });
    await new CancelReservationHandler(pms).handle(mine);
    expect(texts(mine)).toMatch(/cancelar la reserva K7QX2M/);
  });

  it("warns before the yes that a cancellation inside the hotel's free window costs the first night", async () => {
    // Now is Wed 25 Nov, 11:00 in Madrid; check-in is at 15:00: 28 hours before a Thursday arrival.
    pms.stored.set('K7QX2M', reservation({ checkIn: '2026-11-26', checkOut: '2026-11-29', total: 327 }));
    const late = makeTurn({ nlu: parse('cancel_reservation', [entity.reference('K7QX2M')]) });
    await new CancelReservationHandler(pms).handle(late);
    expect(texts(late)).toMatch(/^Ojo: faltan menos de 48 horas.*primera noche \(109\s€\)\.\n¿Confirmas/);
    const yes = makeTurn({ nlu: parse('confirm'), state: structuredClone(late.state) });
    await new CancelReservationHandler(pms).confirm(yes);
    expect(texts(yes)).toMatch(
      /^Reserva K7QX2M cancelada\. Como faltaban menos de 48 horas.*primera noche \(109\s€\)\.$/,
    );

    // 52 hours before a Friday arrival: free.
    pms.stored.set('K7QX2M', reservation({ checkIn: '2026-11-27', checkOut: '2026-11-30', total: 327 }));
    const inTime = makeTurn({ nlu: parse('cancel_reservation', [entity.reference('K7QX2M')]) });
    await new CancelReservationHandler(pms).handle(inTime);
    expect(texts(inTime)).toMatch(/^¿Confirmas/);
  });

  describe('with several bookings in the conversation', () => {
    const known = (...references: string[]) =>
      freshState({
        dialogue: { flow: null, awaiting: null, slots: { lastReference: references.at(-1), references } },
      });
    beforeEach(() => {
      pms.stored.set(
        'PYBFFY',
        reservation({
          reference: 'PYBFFY',
          roomTypeId: 'suite',
          checkIn: '2027-01-02',
          checkOut: '2027-01-04',
        }),
      );
    });

    it('"mis reservas" lists every one, with the year of those not this year', async () => {
      const turn = makeTurn({ nlu: parse('reservation_status'), state: known('K7QX2M', 'PYBFFY') });
      await new ReservationStatusHandler(pms, noBooking).handle(turn);
      expect(texts(turn)).toMatch(
        /^Tus reservas de esta conversación:\n• K7QX2M: Doble Estándar, del sáb 12 dic al mar 15 dic, 2 personas\. Confirmada\. Total 327\s€\.\n• PYBFFY: Suite Junior, del sáb 2 ene 2027 al lun 4 ene 2027/,
      );
      expect(turn.state.dialogue).toMatchObject({ flow: null, awaiting: null });
    });

    it('shows no total for a cancelled one (nothing is owed)', async () => {
      pms.stored.set('PYBFFY', { ...(pms.stored.get('PYBFFY') as Reservation), status: 'cancelled' });
      const turn = makeTurn({ nlu: parse('reservation_status'), state: known('K7QX2M', 'PYBFFY') });
      await new ReservationStatusHandler(pms, noBooking).handle(turn);
      expect(texts(turn)).toMatch(/\. Total 327\s€\.\n• PYBFFY: .*, 2 personas\. Cancelada\.$/);
    });

    it('a code the guest writes still shows only that booking, and becomes the latest', async () => {
      const turn = makeTurn({
        nlu: parse('reservation_status', [entity.reference('K7QX2M')]),
        state: known('K7QX2M', 'PYBFFY'),
      });
      await new ReservationStatusHandler(pms, noBooking).handle(turn);
      expect(texts(turn)).toMatch(/^Tu reserva K7QX2M/);
      expect(turn.state.dialogue.slots).toMatchObject({
        lastReference: 'K7QX2M',
        references: ['PYBFFY', 'K7QX2M'],
      });
    });

    it('says how a booking can be changed when asked to change it, after its status', async () => {
      const turn = makeTurn({
        nlu: parse('reservation_status', [entity.reference('K7QX2M')]),
        message: { text: 'quiero cambiar las fechas de mi reserva K7QX2M' },
        state: known('K7QX2M'),
      });
      await new ReservationStatusHandler(pms, noBooking).handle(turn);
      expect(texts(turn)).toMatch(
        /^Tu reserva K7QX2M: .*\nDesde aquí no puedo cambiar una reserva: .*\+34 910 000 000\.$/,
      );
    });

    it('looks for the new stay at once when a change names it, the rest of the booking as made', async () => {
      const continued = jest.fn(async (turn: Turn, mode?: string) => {
        expect(mode).toBe('book');
        expect(turn.state.dialogue).toMatchObject({
          flow: 'make_reservation',
          slots: {
            ...pick(reservation(), 'checkIn', 'checkOut', 'guests', 'roomTypeId', 'guestName'),
            replaces: 'K7QX2M',
          },
        });
      });
      const booking = { continue: continued } as unknown as BookingFlow;
      const turn = makeTurn({
        nlu: parse('reservation_status', [entity.range('2026-12-13', '2026-12-16')]),
        message: { text: 'quiero cambiar las fechas del 13 al 16 de diciembre' },
        state: known('K7QX2M'),
      });
      await new ReservationStatusHandler(pms, booking).handle(turn);
      expect(texts(turn)).toMatch(
        /^Tu reserva K7QX2M: .*\nDesde aquí no puedo cambiar una reserva, pero te busco la nueva estancia/,
      );
      expect(continued).toHaveBeenCalledTimes(1);
      // A cancelled booking is not booked again.
      pms.stored.set('K7QX2M', reservation({ status: 'cancelled' }));
      const cancelled = makeTurn({
        nlu: parse('reservation_status', [entity.range('2026-12-13', '2026-12-16')]),
        message: { text: 'quiero cambiar las fechas del 13 al 16 de diciembre' },
        state: known('K7QX2M'),
      });
      await new ReservationStatusHandler(pms, booking).handle(cancelled);
      expect(continued).toHaveBeenCalledTimes(1);
      // "Una persona más" (a party of one, to the NLU) for a double: the same stay, in a room for 3.
      pms.stored.set('K7QX2M', reservation());
      const forParty = jest.fn(async (turn: Turn) => {
        expect(turn.state.dialogue.slots).toMatchObject({ roomTypeId: 'superior', replaces: 'K7QX2M' });
      });
      const party = makeTurn({
        nlu: parse('reservation_status', [entity.guests(1)]),
        message: { text: 'quiero añadir una persona más a mi reserva' },
        state: known('K7QX2M'),
      });
      await new ReservationStatusHandler(pms, { continue: forParty } as unknown as BookingFlow).handle(party);
      expect(forParty).toHaveBeenCalledTimes(1);
      expect(texts(party)).toMatch(
        /\nLa Doble Estándar es para 2 personas como máximo: para 3, te busco la Doble Superior\.$/,
      );
    });

    it('books a cancelled booking anew when the guest asks to undo the cancellation, and only then', async () => {
      const continued = jest.fn(async (turn: Turn, mode?: string) => {
        expect(mode).toBe('book');
        expect(turn.state.dialogue).toMatchObject({
          flow: 'make_reservation',
          slots: pick(reservation(), 'checkIn', 'checkOut', 'guests', 'roomTypeId', 'guestName'),
        });
        expect(turn.state.dialogue.slots.replaces).toBeUndefined();
      });
      const booking = { continue: continued } as unknown as BookingFlow;
      const ask = async (text: string) => {
        const turn = makeTurn({
          nlu: parse('reservation_status'),
          message: { text },
          state: known('K7QX2M'),
        });
        await new ReservationStatusHandler(pms, booking).handle(turn);
        return texts(turn);
      };
      pms.stored.set('K7QX2M', reservation({ status: 'cancelled' }));
      expect(await ask('uy, me equivoqué, ¿puedo recuperar la reserva?')).toMatch(
        /^Tu reserva K7QX2M: .*cancelada\.\nUna reserva cancelada no se puede recuperar, pero te la hago de nuevo igual si sigue libre:$/s,
      );
      expect(continued).toHaveBeenCalledTimes(1);
      // Its status alone is no request; nor is undoing a booking still on.
      await ask('¿cómo está mi reserva?');
      pms.stored.set('K7QX2M', reservation());
      await ask('¿puedo deshacer la cancelación?');
      expect(continued).toHaveBeenCalledTimes(1);
    });

    it('notes parking added to a booking made, with its price, and tells the hotel, instead of how to change it', async () => {
      const turn = makeTurn({
        nlu: parse('reservation_status', [entity.topic('parking')]),
        message: { text: '¿puedo añadir parking a la reserva?' },
        state: known('K7QX2M'),
      });
      await new ReservationStatusHandler(pms, noBooking).handle(turn);
      expect(texts(turn)).toMatch(
        /^Tu reserva K7QX2M: .*\nAnotado: se lo paso al equipo para tu reserva K7QX2M\.\n• Con parking: 18\s€ por noche \(\d+\s€\), a pagar en el hotel$/s,
      );
      expect(turn.staffNotices).toEqual([
        expect.stringMatching(/^🚗 La reserva K7QX2M .* necesita plaza de parking\.$/),
      ]);
      // Only asked about ("¿tenéis parking?"), nothing is noted.
      const asked = makeTurn({
        nlu: parse('reservation_status', [entity.topic('parking')]),
        message: { text: '¿mi reserva K7QX2M tiene parking?' },
        state: known('K7QX2M'),
      });
      await new ReservationStatusHandler(pms, noBooking).handle(asked);
      expect(asked.staffNotices).toEqual([]);
    });

    it('skips a remembered code the PMS no longer knows', async () => {
      const turn = makeTurn({ nlu: parse('reservation_status'), state: known('GONE11', 'K7QX2M') });
      await new ReservationStatusHandler(pms, noBooking).handle(turn);
      expect(texts(turn)).toMatch(/^Tu reserva K7QX2M/);
    });

    it('"cancel my booking" asks which one, with their codes as choices, and cancels the one picked', async () => {
      const handler = new CancelReservationHandler(pms);
      const ask = makeTurn({ nlu: parse('cancel_reservation'), state: known('K7QX2M', 'PYBFFY') });
      await handler.handle(ask);
      expect(ask.replies).toEqual([
        {
          type: 'buttons',
          text: expect.stringMatching(
            /^Tienes varias reservas:\n• K7QX2M: .*\n• PYBFFY: Suite Junior.*\n¿Cuál quieres cancelar\?$/,
          ),
          buttons: [
            { id: 'booking:K7QX2M', title: 'K7QX2M' },
            { id: 'booking:PYBFFY', title: 'PYBFFY' },
          ],
        },
      ]);
      expect(ask.state.dialogue).toMatchObject({ flow: 'cancel_reservation', awaiting: 'reference' });
      const picked = makeTurn({
        nlu: parse('cancel_reservation', [entity.reference('PYBFFY')]),
        state: structuredClone(ask.state),
      });
      await handler.handle(picked);
      expect(texts(picked)).toMatch(/cancelar la reserva PYBFFY/);
      await handler.confirm(makeTurn({ nlu: parse('confirm'), state: structuredClone(picked.state) }));
      expect(pms.cancelled).toEqual(['PYBFFY']);
    });

    it('"mis reservas" asked while the next room waits for a yes lists them and leaves the offer standing', async () => {
      const dialogue = {
        flow: 'make_reservation',
        awaiting: 'confirmation',
        slots: { step: 'offer', nextRoom: true, lastReference: 'PYBFFY', references: ['K7QX2M', 'PYBFFY'] },
      };
      const turn = makeTurn({
        nlu: parse('reservation_status'),
        state: freshState({ dialogue: structuredClone(dialogue) }),
      });
      await new ReservationStatusHandler(pms, noBooking).handle(turn);
      expect(texts(turn)).toMatch(/^Tus reservas de esta conversación:\n• K7QX2M.*\n• PYBFFY/);
      expect(turn.state.dialogue).toEqual(dialogue);
    });

    it('a code not found, asked about at a summary, leaves the summary standing', async () => {
      const dialogue = {
        flow: 'make_reservation',
        awaiting: 'confirmation',
        slots: { step: 'summary', lastReference: 'K7QX2M', references: ['K7QX2M'] },
      };
      const turn = makeTurn({
        nlu: parse('reservation_status', [entity.reference('ZZZ999')]),
        state: freshState({ dialogue: structuredClone(dialogue) }),
      });
      await new ReservationStatusHandler(pms, noBooking).handle(turn);
      expect(texts(turn)).toMatch(/^No encuentro ninguna reserva con el código ZZZ999/);
      expect(turn.state.dialogue).toEqual(dialogue);
    });

    it('"mis reservas" at the summary of a first booking says there is none yet and leaves the summary standing', async () => {
      const dialogue = { flow: 'make_reservation', awaiting: 'confirmation', slots: { step: 'summary' } };
      const turn = makeTurn({
        nlu: parse('reservation_status'),
        state: freshState({ dialogue: structuredClone(dialogue) }),
      });
      await new ReservationStatusHandler(pms, noBooking).handle(turn);
      expect(texts(turn)).toBe('Aún no tienes ninguna reserva confirmada en esta conversación.');
      expect(turn.state.dialogue).toEqual(dialogue);
    });

    it('takes the booking the room type or a day of the stay points to, and asks only when several fit', async () => {
      const cancel = async (...entities: ReturnType<typeof entity.room>[]) => {
        const turn = makeTurn({
          nlu: parse('cancel_reservation', entities),
          state: known('K7QX2M', 'PYBFFY'),
        });
        await new CancelReservationHandler(pms).handle(turn);
        return texts(turn);
      };
      // "la de la suite", "la del 3 de enero" (a night of the stay), "la doble del 12".
      expect(await cancel(entity.room('suite'))).toMatch(
        /^¿Confirmas que quieres cancelar la reserva PYBFFY/,
      );
      expect(await cancel(entity.date('2027-01-03'))).toMatch(/cancelar la reserva PYBFFY/);
      expect(await cancel(entity.room('double'), entity.date('2026-12-12'))).toMatch(
        /cancelar la reserva K7QX2M/,
      );
      // The day they leave is no night of the stay, and neither has a single: said, then "which one?".
      const none = /^No veo ninguna reserva tuya para ese día o esa habitación\.\nTienes varias reservas/;
      expect(await cancel(entity.date('2026-12-15'))).toMatch(none);
      expect(await cancel(entity.room('single'))).toMatch(none);
      // With one booking on, the same word, and that one offered as a choice: never straight to "confirm?".
      pms.stored.set('PYBFFY', { ...(pms.stored.get('PYBFFY') as Reservation), status: 'cancelled' });
      expect(await cancel(entity.date('2026-12-20'))).toMatch(
        /^No veo ninguna reserva tuya para ese día o esa habitación\.\nLa que tengo es:\n• K7QX2M: .*\n¿Es esa la que quieres cancelar\?$/,
      );
      pms.stored.set('PYBFFY', { ...(pms.stored.get('PYBFFY') as Reservation), status: 'confirmed' });
      pms.stored.set('PYBFFY', { ...(pms.stored.get('PYBFFY') as Reservation), roomTypeId: 'double' });
      expect(await cancel(entity.room('double'))).toMatch(/^Tienes varias reservas:\n• K7QX2M.*\n• PYBFFY/);
    });

    it('goes straight to the only one still on', async () => {
      pms.stored.set('K7QX2M', reservation({ status: 'cancelled' }));
      const turn = makeTurn({ nlu: parse('cancel_reservation'), state: known('K7QX2M', 'PYBFFY') });
      await new CancelReservationHandler(pms).handle(turn);
      expect(texts(turn)).toMatch(/^¿Confirmas que quieres cancelar la reserva PYBFFY/);
    });

    it('says "cannot check now" when the PMS is down', async () => {
      pms.down = true;
      const turn = makeTurn({ nlu: parse('reservation_status'), state: known('K7QX2M', 'PYBFFY') });
      await new ReservationStatusHandler(pms, noBooking).handle(turn);
      expect(texts(turn)).not.toMatch(/K7QX2M|PYBFFY/);
      expect(turn.replies.length).toBeGreaterThan(0);
    });
  });

  it('shows a cancelled booking by its code without a total (nothing is owed)', async () => {
    pms.stored.set('K7QX2M', reservation({ status: 'cancelled' }));
    const turn = makeTurn({ nlu: parse('reservation_status', [entity.reference('K7QX2M')]) });
    await new ReservationStatusHandler(pms, noBooking).handle(turn);
    expect(texts(turn)).toMatch(/Estado: cancelada\.$/);
  });

  it('says a cancelled booking is already cancelled', async () => {
    pms.stored.set('K7QX2M', reservation({ status: 'cancelled' }));
    const turn = makeTurn({ nlu: parse('cancel_reservation', [entity.reference('K7QX2M')]) });
    await new CancelReservationHandler(pms).handle(turn);
    expect(texts(turn)).toMatch(/ya estaba cancelada/);
  });

  it('hands over to a person: flag, acknowledgement and a notice for the staff in the hotel language', async () => {
    const turn = makeTurn({
      nlu: { ...parse('human_handoff'), language: 'en' },
      state: freshState({ language: 'en', fallbackCount: 1 }),
      message: { text: 'I want a human' },
    });
    await new HumanHandoffHandler().handle(turn);
    expect(turn.state).toMatchObject({ handoff: true, fallbackCount: 0 });
    expect(turn.outcome).toBe('handoff');
    expect(texts(turn)).toMatch(/let a member of our team know|team/);
    expect(turn.staffNotices[0]).toMatch(/El huésped Ana López \(34611111111\).*WhatsApp.*I want a human/);
  });

  describe('the staff notice says why the guest is handed over, with their words', () => {
    const englishHotel = () =>
      ({ ...demoTenant(), languages: ['en', 'es'] }) as ReturnType<typeof demoTenant>;

    it.each([
      [
        'es',
        'no hay agua caliente en la 204',
        '🔧 Avería / incidencia en la habitación: «no hay agua caliente en la 204». Huésped: Ana López (34611111111) (WhatsApp).',
        /^Lo siento mucho\. Aviso ahora mismo al equipo/,
      ],
      [
        'es',
        'la ducha no funciona',
        '🔧 Avería / incidencia en la habitación: «la ducha no funciona». Huésped: Ana López (34611111111) (WhatsApp).',
        /^Lo siento mucho\./,
      ],
      [
        'es',
        'nadie contesta el teléfono, es una vergüenza',
        '⚠️ Queja: «nadie contesta el teléfono, es una vergüenza». Huésped: Ana López (34611111111) (WhatsApp).',
        /^Lo siento mucho\./,
      ],
      [
        'es',
        '¿me podéis subir toallas a la 204?',
        '🛎️ Petición para la habitación: «¿me podéis subir toallas a la 204?». Huésped: Ana López (34611111111) (WhatsApp).',
        /^Ahora mismo se lo paso al equipo/,
      ],
      [
        'es',
        'quiero hablar con una persona',
        '🔔 El huésped Ana López (34611111111) (WhatsApp) pide hablar con una persona. Último mensaje: «quiero hablar con una persona».',
        /^De acuerdo, aviso a una persona del equipo/,
      ],
      [
        'en',
        "the AC in my room isn't working",
        '🔧 Breakdown / problem in the room: "the AC in my room isn\'t working". Guest: Ana López (34611111111) (WhatsApp).',
        /^I'm so sorry\. I'm letting our team know right now/,
      ],
      [
        'en',
        'the room was dirty when we arrived',
        '⚠️ Complaint: "the room was dirty when we arrived". Guest: Ana López (34611111111) (WhatsApp).',
        /^I'm so sorry\./,
      ],
      [
        'en',
        'could you bring up more towels?',
        '🛎️ Request for the room: "could you bring up more towels?". Guest: Ana López (34611111111) (WhatsApp).',
        /^I'm passing this to our team right now/,
      ],
      [
        'en',
        'I want to talk to a person',
        '🔔 Guest Ana López (34611111111) (WhatsApp) asks to talk to a person. Last message: "I want to talk to a person".',
        /letting a member of our team know/,
      ],
    ] as const)(
      '(%s) "%s", for a hotel that reads the guest\'s language',
      async (language, text, notice, reply) => {
        const turn = makeTurn({
          nlu: { ...parse('human_handoff'), language },
          state: freshState({ language }),
          message: { text },
          tenant: language === 'en' ? englishHotel() : demoTenant(),
        });
        await new HumanHandoffHandler().handle(turn);
        expect(turn.state.handoff).toBe(true);
        expect(texts(turn)).toMatch(reply);
        expect(turn.staffNotices).toHaveLength(1);
        expect(turn.staffNotices[0].startsWith(notice)).toBe(true);
        expect(turn.staffNotices[0]).toMatch(
          language === 'es'
            ? / Al terminar, libera la conversación para que vuelva a responder el asistente\.$/
            : / When you're done, release the conversation so the assistant answers again\.$/,
        );
      },
    );

    it("is in the hotel's language, not the guest's, and keeps what was being booked", async () => {
      const english = makeTurn({
        nlu: { ...parse('human_handoff'), language: 'en' },
        state: freshState({ language: 'en' }),
        message: { text: 'no hot water in room 204' },
      });
      await new HumanHandoffHandler().handle(english);
      expect(texts(english)).toMatch(/^I'm so sorry\./);
      expect(english.staffNotices[0]).toMatch(
        /^🔧 Avería \/ incidencia en la habitación: «no hot water in room 204»\. Huésped: Ana López/,
      );
      const spanish = makeTurn({
        state: freshState({
          dialogue: {
            flow: 'make_reservation',
            awaiting: 'guests',
            slots: { roomTypeId: 'double', checkIn: '2026-12-12', checkOut: '2026-12-14' },
          },
        }),
        message: { text: 'la calefacción de mi habitación no enciende' },
        tenant: englishHotel(),
      });
      await new HumanHandoffHandler().handle(spanish);
      expect(texts(spanish)).toMatch(/^Lo siento mucho\./);
      expect(spanish.staffNotices[0]).toMatch(
        /^🔧 Breakdown \/ problem in the room: "la calefacción de mi habitación no enciende"\. Guest: Ana López \(34611111111\) \(WhatsApp\)\. They were booking: .*2026-12-12 → 2026-12-14\./,
      );
    });

    it('says a person was asked for when the guest takes the offer of one, whatever led to it', async () => {
      const tapped = makeTurn({
        state: freshState({
          dialogue: {
            flow: 'human_handoff',
            awaiting: 'confirmation',
            slots: { offeredAfter: 'la ducha no funciona y nadie contesta' },
          },
        }),
        message: {
          text: 'Sí, una persona',
          interactive: { kind: 'button_reply', id: 'human_yes', title: 'Sí, una persona' },
        },
      });
      await new HumanHandoffHandler().handle(tapped);
      expect(tapped.staffNotices).toEqual([
        expect.stringMatching(
          /^🔔 El huésped .* pide hablar con una persona\. Último mensaje: «la ducha no funciona y nadie contesta»\./,
        ),
      ]);
    });
  });

  it('tells staff what the guest was booking when a person is asked for, and the guest the phone for urgency', async () => {
    const turn = makeTurn({
      nlu: parse('human_handoff'),
      message: { text: 'quiero hablar con una persona' },
      state: freshState({
        dialogue: {
          flow: 'make_reservation',
          awaiting: 'confirmation',
          slots: {
            step: 'summary',
            roomTypeId: 'double',
            checkIn: '2026-12-12',
            checkOut: '2026-12-14',
            guests: 2,
            guestName: 'Amy Lee',
          },
        },
      }),
    });
    await new HumanHandoffHandler().handle(turn);
    expect(texts(turn)).toBe(
      'De acuerdo, aviso a una persona del equipo. Te escribirán por aquí lo antes posible; si es urgente, llámanos al +34 910 000 000.',
    );
    expect(turn.staffNotices[0]).toContain(
      'Estaba reservando: Doble Estándar · 2026-12-12 → 2026-12-14 · 2 pax · Amy Lee.',
    );
    const plain = makeTurn({
      nlu: parse('human_handoff'),
      message: { text: 'quiero hablar con una persona' },
    });
    await new HumanHandoffHandler().handle(plain);
    expect(plain.staffNotices[0]).not.toContain('Estaba reservando');
  });

  it('gives the phone to a guest who asks for it, and offers a person rather than handing over', async () => {
    for (const text of [
      'no me fio de los bots, quiero llamar. cual es el telefono?',
      "what's your phone number?",
    ]) {
      const turn = makeTurn({ nlu: parse('human_handoff'), message: { text } });
      await new HumanHandoffHandler().handle(turn);
      expect(turn.state.handoff).toBe(false);
      expect(turn.replies).toEqual([
        expect.objectContaining({
          type: 'buttons',
          text: expect.stringMatching(
            /^Claro: puedes llamarnos al \+34 910 000 000 o escribirnos a reservas@hoteldemo\.example\. ¿Quieres/,
          ),
        }),
      ]);
    }
    // A person asked for with the guest's own number is a handover.
    const ownNumber = makeTurn({
      nlu: parse('human_handoff'),
      message: { text: 'quiero hablar con una persona, mi teléfono es 600123123' },
    });
    await new HumanHandoffHandler().handle(ownNumber);
    expect(ownNumber.state.handoff).toBe(true);
    // A complaint about the phone is a complaint.
    const complaint = makeTurn({
      nlu: parse('human_handoff'),
      message: { text: 'nadie contesta el teléfono, es una vergüenza' },
    });
    await new HumanHandoffHandler().handle(complaint);
    expect(complaint.state.handoff).toBe(true);
  });

  it('answers "are you a bot?" asked at a booking summary, or while it asks a name, without ending the booking', async () => {
    for (const dialogue of [
      { flow: 'make_reservation', awaiting: 'confirmation', slots: { step: 'summary' } },
      { flow: 'make_reservation', awaiting: 'guest_name', slots: { checkIn: '2026-12-12' } },
    ] as const) {
      const turn = makeTurn({
        nlu: parse('human_handoff'),
        message: { text: '¿eres un bot?' },
        state: freshState({ dialogue: structuredClone(dialogue) }),
      });
      await new HumanHandoffHandler().handle(turn);
      expect(turn.replies).toEqual([
        { type: 'text', text: expect.stringMatching(/^Soy el asistente virtual de Hotel Demo.*dímelo\.$/) },
      ]);
      expect(turn.state.dialogue).toEqual(dialogue);
      expect(turn.state.handoff).toBe(false);
    }
  });

  it('answers "are you a bot?" honestly and offers a person, without handing over', async () => {
    const turn = makeTurn({ nlu: parse('human_handoff'), message: { text: '¿eres un bot?' } });
    await new HumanHandoffHandler().handle(turn);
    expect(turn.state).toMatchObject({
      handoff: false,
      dialogue: { flow: 'human_handoff', awaiting: 'confirmation' },
    });
    expect(turn.outcome).toBe('answered');
    expect(turn.staffNotices).toEqual([]);
    expect(turn.replies).toEqual([
      expect.objectContaining({
        type: 'buttons',
        text: expect.stringMatching(/^Soy el asistente virtual de Hotel Demo.*una persona del equipo\?$/),
        buttons: [expect.objectContaining({ id: 'human_yes' }), expect.objectContaining({ id: 'human_no' })],
      }),
    ]);

    await new HumanHandoffHandler().confirm(turn);
    expect(turn.state.handoff).toBe(true);
    expect(turn.staffNotices).toEqual([expect.stringContaining('«¿eres un bot?»')]);

    // The offer's button, after two messages not understood: the notice quotes the last of them.
    const tapped = makeTurn({
      nlu: parse('human_handoff'),
      state: freshState({
        dialogue: { flow: 'human_handoff', awaiting: 'confirmation', slots: { offeredAfter: 'el coso ese' } },
      }),
      message: {
        text: 'Sí, una persona',
        interactive: { kind: 'button_reply', id: 'human_yes', title: 'Sí, una persona' },
      },
    });
    await new HumanHandoffHandler().handle(tapped);
    expect(tapped.staffNotices).toEqual([expect.stringContaining('«el coso ese»')]);
    expect(tapped.state.dialogue.slots).toEqual({});
  });

  it('offers a person to a guest who does not know the booking code, but not to a "no" to which booking', async () => {
    const registry = { get: () => undefined } as unknown as IntentHandlerRegistry;
    const asked = makeTurn({
      nlu: parse('deny'),
      message: { text: 'no sé el código' },
      state: freshState({ dialogue: { flow: 'cancel_reservation', awaiting: 'reference', slots: {} } }),
    });
    await new DenyHandler(registry).handle(asked);
    expect(asked.replies).toEqual([
      expect.objectContaining({
        type: 'buttons',
        text: expect.stringMatching(/^Sin el código no puedo buscarla/),
        buttons: [expect.objectContaining({ id: 'human_yes' }), expect.objectContaining({ id: 'human_no' })],
      }),
    ]);
    const declined = makeTurn({
      nlu: parse('deny'),
      message: { text: 'no, déjalo' },
      state: freshState({ dialogue: { flow: 'cancel_reservation', awaiting: 'reference', slots: {} } }),
    });
    await new DenyHandler(registry).handle(declined);
    expect(texts(declined)).toMatch(/otra cosa/);
    const picker = makeTurn({
      nlu: parse('deny'),
      message: { text: 'no, ninguna' },
      state: freshState({
        dialogue: {
          flow: 'cancel_reservation',
          awaiting: 'reference',
          slots: { options: ['booking:K7QX2M'] },
        },
      }),
    });
    await new DenyHandler(registry).handle(picker);
    expect(texts(picker)).toMatch(/otra cosa/);
  });

  it('asks "which one?" again, with the bookings as choices, at a yes to which booking to cancel', async () => {
    const registry = { get: () => undefined } as unknown as IntentHandlerRegistry;
    const picking = makeTurn({
      state: freshState({
        dialogue: {
          flow: 'cancel_reservation',
          awaiting: 'reference',
          slots: { options: ['booking:K7QX2M', 'booking:PYBFFY'] },
        },
      }),
      message: { text: 'sí' },
    });
    await new ConfirmHandler(registry).handle(picking);
    expect(picking.replies).toEqual([
      {
        type: 'buttons',
        text: '¿Cuál de ellas? Toca su código o dime el día de llegada.',
        buttons: [
          { id: 'booking:K7QX2M', title: 'K7QX2M' },
          { id: 'booking:PYBFFY', title: 'PYBFFY' },
        ],
      },
    ]);
  });

  it('routes yes and no to the flow that asked, and answers a yes to nothing kindly', async () => {
    const owner = {
      intent: 'cancel_reservation',
      confirm: jest.fn(),
      deny: jest.fn(),
    } as unknown as IntentHandler;
    const registry = { get: () => owner } as unknown as IntentHandlerRegistry;
    const asking = freshState({
      dialogue: { flow: 'cancel_reservation', awaiting: 'confirmation', slots: {} },
    });
    await new ConfirmHandler(registry).handle(makeTurn({ state: asking }));
    await new DenyHandler(registry).handle(makeTurn({ state: asking }));
    expect(owner.confirm).toHaveBeenCalledTimes(1);
    expect(owner.deny).toHaveBeenCalledTimes(1);
    const idle = makeTurn({ state: freshState(), message: { text: 'sí' } });
    await new ConfirmHandler(registry).handle(idle);
    expect(texts(idle)).toMatch(/¿Sí a qué\?/);
    const thanks = makeTurn({ state: freshState(), message: { text: 'vale perfecto' } });
    await new ConfirmHandler(registry).handle(thanks);
    expect(texts(thanks)).toBe('¡Perfecto! ¿Te ayudo con algo más?');
    // "Ok" at "until when?": the arrival is kept and the departure asked for again, explained.
    const until = makeTurn({
      state: freshState({
        dialogue: { flow: 'make_reservation', awaiting: 'dates', slots: { checkIn: '2026-11-26' } },
      }),
      message: { text: 'ok' },
    });
    await new ConfirmHandler(registry).handle(until);
    expect(texts(until)).toBe(
      'Perdona, no lo he entendido.\nYa tengo el día de llegada: dime el de salida o cuántas noches, por ejemplo «2 noches».',
    );
    expect(until.state.dialogue.slots).toEqual({ checkIn: '2026-11-26', timesAsked: 2 });
    const done = makeTurn({ state: freshState(), message: { text: 'no, eso es todo, gracias' } });
    await new DenyHandler(registry).handle(done);
    expect(texts(done)).toMatch(/^¡Hasta pronto, Ana!/);
    // By the first name of the one the guest booked under, too.
    const booked = makeTurn({
      state: freshState({ guestName: 'María José López' }),
      message: { text: 'no, eso es todo, gracias' },
    });
    await new DenyHandler(registry).handle(booked);
    expect(texts(booked)).toMatch(/^¡Hasta pronto, María!/);
    const bare = makeTurn({ state: freshState(), message: { text: 'bla bla ñoño' } });
    await new DenyHandler(registry).handle(bare);
    expect(texts(bare)).toBe('De acuerdo. ¿Te ayudo con otra cosa?');
    const fed = makeTurn({ state: freshState(), message: { text: 'no entiendes nada' } });
    await new DenyHandler(registry).handle(fed);
    expect(fed.outcome).toBe('fallback');
    expect(fed.replies[0]).toMatchObject({
      type: 'buttons',
      buttons: [{ id: 'human_yes' }, { id: 'human_no' }],
    });
    const browsing = makeTurn({
      state: freshState({
        dialogue: { flow: 'make_reservation', awaiting: 'room_type', slots: { guests: 2 } },
      }),
    });
    await new DenyHandler(registry).handle(browsing);
    expect(texts(browsing)).toBe('De acuerdo. ¿Te ayudo con otra cosa?');
    expect(browsing.state.dialogue.flow).toBeNull();
    const choosing = makeTurn({
      state: freshState({ dialogue: { flow: 'make_reservation', awaiting: 'room_type', slots: {} } }),
    });
    await new ConfirmHandler(registry).handle(choosing);
    expect(texts(choosing)).toBe('¿Qué habitación prefieres?');
  });
});

import { asksAboutATaxi, taxiAnswer } from './taxi-question';
import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { demoTenant, entity, freshState, makeTurn, parse } from '../../../test/support/turn-fixtures';
import { LocationHandler } from '../intents/location.handler';

// "¿Cómo puedo ir al aeropuerto en taxi?": the hotel's data says nothing of taxis, so reception calls
// one, with the phone; a taxi to or from the airport, at a hotel with an airport shuttle, also gets the
// shuttle's terms. Through the real router and handlers.

const TAXI_ES =
  /^No tengo información sobre taxis: en recepción te pueden ayudar con eso, llámanos al \+34 910 000 000\.$/;
const TAXI_EN =
  /^I don't have details about taxis: reception can help you with that, call us on \+34 910 000 000\.$/;
const TAXI = {
  es: 'No tengo información sobre taxis: en recepción te pueden ayudar con eso, llámanos al +34 910 000 000.',
  en: "I don't have details about taxis: reception can help you with that, call us on +34 910 000 000.",
};
const SHUTTLE = {
  es: 'Desde el aeropuerto, además, tenemos traslado: para horarios y precio, llámanos al +34 910 000 000.',
  en: 'From the airport we also have a shuttle: for times and prices, call us on +34 910 000 000.',
};
const TAXI_SERVICE = {
  es: 'Sí, en recepción te pedimos un taxi: pídelo allí o llámanos al +34 910 000 000.',
  en: 'Yes, reception can call you a taxi: ask at the desk or call us on +34 910 000 000.',
};

function withAmenities(amenities: string[]) {
  const demo = demoTenant();
  return { ...demo, info: { ...demo.info, amenities } };
}

describe('a taxi asked about', () => {
  it('gets reception and the phone, not the shuttle, for a taxi not to the airport', async () => {
    const spanish = await new RoutedDialogue().say('¿me podéis pedir un taxi para ir al centro?', {
      intent: 'hotel_info',
    });
    expect(spanish).toMatch(TAXI_ES);
    expect(spanish).not.toMatch(/traslado/);
    const english = await new RoutedDialogue('en').say('can you call me a cab?', {
      intent: 'hotel_info',
      language: 'en',
    });
    expect(english).toMatch(TAXI_EN);
  });

  it('adds the airport shuttle to a taxi to the airport, in Spanish and in English', async () => {
    const spanish = await new RoutedDialogue().say('¿me piden un taxi al aeropuerto?', {
      intent: 'hotel_info',
    });
    expect(spanish).toBe(`${TAXI.es}\n${SHUTTLE.es}`);
    const english = await new RoutedDialogue('en').say('can reception book us a taxi to the airport?', {
      intent: 'hotel_info',
      language: 'en',
    });
    expect(english).toBe(`${TAXI.en}\n${SHUTTLE.en}`);
    const way = await new RoutedDialogue().say('¿Cómo puedo ir al aeropuerto en taxi?', {
      intent: 'hotel_info',
    });
    expect(way).toBe(`${TAXI.es}\n${SHUTTLE.es}`);
  });

  it('adds the shuttle to the taxi service the hotel lists', () => {
    const turn = makeTurn({
      tenant: withAmenities(['taxi-service', 'airport-shuttle']),
      nlu: parse('hotel_info', [], 0.9),
      state: freshState({ language: 'en' }),
      message: { text: 'can reception book us a taxi to the airport?' },
    });
    expect(taxiAnswer(turn)).toBe(`${TAXI_SERVICE.en}\n${SHUTTLE.en}`);
  });

  it('leaves the shuttle out at a hotel without one', () => {
    const turn = makeTurn({
      tenant: withAmenities(['wifi', 'parking']),
      nlu: parse('hotel_info', [], 0.9),
      message: { text: '¿me piden un taxi al aeropuerto?' },
    });
    expect(taxiAnswer(turn)).toMatch(TAXI_ES);
  });

  it('gets the same answer for a taxi fare to the airport, never the rooms', async () => {
    const reply = await new RoutedDialogue().say('¿cuánto cuesta un taxi al aeropuerto?', {
      intent: 'room_prices',
    });
    expect(reply).toBe(`${TAXI.es}\n${SHUTTLE.es}`);
  });

  it('keeps the shuttle answer for the shuttle, even beside a taxi', async () => {
    const transfer = await new RoutedDialogue().say('¿tenéis transfer al aeropuerto?', {
      intent: 'hotel_info',
      entities: [['transfer', entity.topic('amenities')]],
    });
    expect(transfer).toBe('Sí, tenemos traslado al aeropuerto.');
    const either = await new RoutedDialogue().say('¿hay transfer o cojo un taxi?', {
      intent: 'hotel_info',
      entities: [['transfer', entity.topic('amenities')]],
    });
    expect(either).toBe('Sí, tenemos traslado al aeropuerto.');
    const shuttle = await new RoutedDialogue('en').say('airport shuttle?', {
      intent: 'hotel_info',
      language: 'en',
      entities: [['shuttle', entity.topic('amenities')]],
    });
    expect(shuttle).toBe('Yes, we have an airport shuttle.');
  });

  it('says what the hotel lists of taxis when its data has a taxi service', async () => {
    const demo = demoTenant();
    const tenant = { ...demo, info: { ...demo.info, amenities: [...demo.info.amenities, 'taxi-service'] } };
    const turn = makeTurn({
      tenant,
      nlu: parse('location'),
      message: { text: '¿cómo llego en taxi desde el aeropuerto?' },
    });
    await new LocationHandler().handle(turn);
    const said = turn.replies.flatMap((reply) => ('text' in reply ? [reply.text] : []));
    expect(said.at(-1)).toBe(`${TAXI_SERVICE.es}\n${SHUTTLE.es}`);
  });

  it('gives the way from the airport by taxi with the shuttle, once', async () => {
    const turn = makeTurn({
      nlu: parse('location'),
      message: { text: '¿cómo llego desde el aeropuerto en taxi?' },
    });
    await new LocationHandler().handle(turn);
    const said = turn.replies.flatMap((reply) => ('text' in reply ? [reply.text] : []));
    expect(said.at(-1)).toBe(`${TAXI.es}\n${SHUTTLE.es}`);
    expect(said.join('\n').match(/traslado/g)).toHaveLength(1);
  });

  it('gives the way in by taxi without the shuttle when the airport is not named', async () => {
    const turn = makeTurn({ nlu: parse('location'), message: { text: '¿cómo llego en taxi?' } });
    await new LocationHandler().handle(turn);
    const said = turn.replies.flatMap((reply) => ('text' in reply ? [reply.text] : []));
    expect(said.at(-1)).toMatch(TAXI_ES);
    expect(said.join('\n')).not.toMatch(/traslado/);
  });

  it('reads a taxi only in a sentence that asks about it', () => {
    expect(
      ['¿Cómo puedo ir al aeropuerto en taxi?', 'can you call me a cab', 'taxi al aeropuerto?'].map(
        asksAboutATaxi,
      ),
    ).toEqual([true, true, true]);
    expect(
      ['¿Hay parking? Si no, iremos en taxi.', 'llegamos en taxi sobre las 5'].map(asksAboutATaxi),
    ).toEqual([false, false]);
  });
});

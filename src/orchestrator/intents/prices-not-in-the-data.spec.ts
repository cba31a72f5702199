import { type Reading, RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { unlistedServicesNamed } from '../dialogue/amenity-words';

// Prices of services the demo hotel's data has no price for, or no such service at all, through the
// real router and handlers, each message with the reading the NLU gives it: never the rooms' rate card.

const DEMO_AMENITIES = [
  'wifi',
  'parking',
  'breakfast',
  'gym',
  'rooftop-pool',
  '24h-reception',
  'airport-shuttle',
];

describe('a price asked of a service the hotel does not list', () => {
  it.each<[string, Reading]>([
    ['el spa cuanto es?', { intent: 'room_prices', entities: [['spa', entity.topic('amenities')]] }],
    ['hay servicio de lavanderia? precio?', { intent: 'hotel_info' }],
    ['¿cuánto cuesta la lavandería?', { intent: 'room_prices' }],
  ])('says %j is not among the services it knows, with the phone', async (text, reading) => {
    const dialogue = new RoutedDialogue();
    const answer = await dialogue.say(text, reading);
    expect(answer).toBe(
      'No tengo ese dato: no figura entre los servicios del hotel que conozco (wifi, parking, desayuno, gimnasio, piscina en la azotea, recepción 24 h y traslado al aeropuerto). Para confirmártelo, llámanos al +34 910 000 000.',
    );
  });

  it('says so in English: "how much is the spa?"', async () => {
    const dialogue = new RoutedDialogue('en');
    const answer = await dialogue.say('how much is the spa?', {
      intent: 'room_prices',
      language: 'en',
      entities: [['spa', entity.topic('amenities')]],
    });
    expect(answer).toMatch(
      /^I don't have that information: it isn't among the hotel's amenities I know of \(/,
    );
  });
});

describe('a price asked of a ride to or from the airport', () => {
  it('answers "cuanto me cobrais por llevarnos al aeropuerto el dia de la salida?" with the shuttle and the phone', async () => {
    const dialogue = new RoutedDialogue();
    const answer = await dialogue.say('cuanto me cobrais por llevarnos al aeropuerto el dia de la salida?', {
      intent: 'room_prices',
      entities: [['salida', entity.topic('check_out')]],
    });
    expect(answer).toBe(
      'Tenemos traslado al aeropuerto, pero su precio no te lo puedo confirmar desde aquí: llámanos al +34 910 000 000 y te lo decimos.',
    );
  });

  it('answers "how much to pick us up at the airport?" in English', async () => {
    const dialogue = new RoutedDialogue('en');
    const answer = await dialogue.say('how much to pick us up at the airport?', {
      intent: 'room_prices',
      language: 'en',
    });
    expect(answer).toMatch(/^We have an airport shuttle, but I can't confirm the price from here/);
  });

  it.each([
    ['airport pickup price?', 'en'],
    ['airport pick up how much', 'en'],
    ['cuánto cuesta que nos recojáis en el aeropuerto?', 'es'],
  ] as const)("takes %j as the shuttle's price, never the rooms' rate card", async (text, language) => {
    const answer = await new RoutedDialogue(language).say(text, { intent: 'room_prices' });
    expect(answer).toMatch(
      language === 'es' ? /^Tenemos traslado al aeropuerto, pero su precio/ : /^We have an airport shuttle/,
    );
  });
});

describe('unlistedServicesNamed', () => {
  it.each([
    ['el spa cuanto es?', ['spa']],
    ['¿tenéis lavandería?', ['laundry']],
    ['how much is the laundry service?', ['laundry']],
    ['cuánto cuesta lavar ropa?', ['laundry']],
    ['how much for a massage', ['spa']],
    // A ride to or from the airport is the shuttle's, which the hotel has.
    ['airport pick up how much', []],
    ['cuánto cuesta que nos recojáis en el aeropuerto?', []],
    ['¿cuánto cuesta el gimnasio?', []],
    ['¿cuánto cuesta el traslado al aeropuerto?', []],
    ['cuanto cuesta la habitación doble?', []],
  ])('finds in %j the services the hotel does not list: %j', (text, services) => {
    expect(unlistedServicesNamed(text, DEMO_AMENITIES)).toEqual(services);
  });
});

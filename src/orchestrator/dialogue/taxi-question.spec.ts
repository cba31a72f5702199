import { asksAboutATaxi } from './taxi-question';
import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { demoTenant, entity, makeTurn, parse } from '../../../test/support/turn-fixtures';
import { LocationHandler } from '../intents/location.handler';

// "¿Cómo puedo ir al aeropuerto en taxi?": the hotel's data says nothing of taxis, so reception calls
// one, with the phone; never the shuttle's terms. Through the real router and handlers.

const TAXI_ES =
  /^No tengo información sobre taxis: en recepción te pueden ayudar con eso, llámanos al \+34 910 000 000\.$/;
const TAXI_EN =
  /^I don't have details about taxis: reception can help you with that, call us on \+34 910 000 000\.$/;

describe('a taxi asked about', () => {
  it('gets reception and the phone, not the shuttle, in Spanish and in English', async () => {
    const spanish = await new RoutedDialogue().say('¿Cómo puedo ir al aeropuerto en taxi?', {
      intent: 'hotel_info',
    });
    expect(spanish).toMatch(TAXI_ES);
    expect(spanish).not.toMatch(/traslado/);
    const english = await new RoutedDialogue('en').say('can I get a taxi to the airport?', {
      intent: 'hotel_info',
      language: 'en',
    });
    expect(english).toMatch(TAXI_EN);
  });

  it('gets the same answer for a taxi fare, never the rooms or the shuttle', async () => {
    const reply = await new RoutedDialogue().say('¿cuánto cuesta un taxi al aeropuerto?', {
      intent: 'room_prices',
    });
    expect(reply).toMatch(TAXI_ES);
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
    expect(said.at(-1)).toBe(
      'Sí, en recepción te pedimos un taxi: pídelo allí o llámanos al +34 910 000 000.',
    );
  });

  it('gives the way from the airport by taxi without the shuttle', async () => {
    const turn = makeTurn({
      nlu: parse('location'),
      message: { text: '¿cómo llego desde el aeropuerto en taxi?' },
    });
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

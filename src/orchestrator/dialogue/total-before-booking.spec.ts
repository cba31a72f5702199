import { RoutedDialogue } from '../../../test/support/routed-dialogue';

// "What's the total?" before anything is booked or being booked: the rates, and the dates asked for.

describe('the total asked with no booking', () => {
  it('gets the rates and a request for dates in English, as in Spanish', async () => {
    const english = await new RoutedDialogue('en').say('whats the total?', { intent: 'None' });
    const spanish = await new RoutedDialogue('es').say('cuanto es el total?', { intent: 'room_prices' });
    expect(english).toMatch(/^Our nightly rates:\n/);
    expect(english).toMatch(/Standard Double.*€109/);
    expect(english).toMatch(/dates/);
    expect(spanish).toMatch(/^Nuestras tarifas por noche:\n/);
  });
});

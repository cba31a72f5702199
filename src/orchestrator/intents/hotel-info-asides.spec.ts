import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { asksForRecommendation } from '../dialogue/guest-wording';

describe('hotel answers without an unasked line (QA 26, S21)', () => {
  it('answers bags left after leaving without the check-in hour', async () => {
    const dialogue = new RoutedDialogue();
    const reply = await dialogue.say('y podemos dejar las maletas en recepción después?', {
      intent: 'hotel_info',
      entities: [['maletas', entity.topic('check_in')]],
    });
    // Before: "El check-in es a partir de las 15:00." first.
    expect(reply).toBe('Para guardar el equipaje, llámanos al +34 910 000 000 y te lo confirmamos.');
  });

  it('keeps the check-in hour for bags left before it', async () => {
    const dialogue = new RoutedDialogue();
    const reply = await dialogue.say('¿puedo dejar las maletas antes del check-in?', {
      intent: 'hotel_info',
      entities: [['check-in', entity.topic('check_in')]],
    });
    expect(reply).toMatch(/^El check-in es a partir de las 15:00\.\nPara guardar el equipaje/);
  });

  it('tells whether the hotel has a restaurant, not where to eat', () => {
    // Before: the reception's tips on places near the hotel.
    expect(asksForRecommendation('el hotel tiene restaurante propio?')).toBe(false);
    expect(asksForRecommendation('is there a restaurant in the hotel?')).toBe(false);
    expect(asksForRecommendation('hay restaurantes cerca?')).toBe(true);
    expect(asksForRecommendation('can you recommend a restaurant?')).toBe(true);
  });
});

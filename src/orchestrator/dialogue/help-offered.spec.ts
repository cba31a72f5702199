import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { makeTurn } from '../../../test/support/turn-fixtures';
import type { ClassifiedIntent, Language } from '../../nlp/nlp.types';

describe('a bare yes after the bot offered more help', () => {
  it.each<[Language, string, ClassifiedIntent, RegExp, string]>([
    ['es', 'no', 'deny', /^De acuerdo\. ¿Te ayudo con otra cosa\?$/, '¡Claro, dime! 😊'],
    ['es', 'gracias', 'thanks', /¿Puedo ayudarte con algo más\?$/, '¡Claro, dime! 😊'],
    ['es', 'vale', 'confirm', /^¡Perfecto! ¿Te ayudo con algo más\?$/, '¡Claro, dime! 😊'],
    ['en', 'no', 'deny', /anything else\?$/, 'Sure, go ahead! 😊'],
  ])('(%s) takes the offer up after %j', async (language, first, intent, offer, opener) => {
    const dialogue = new RoutedDialogue(language);
    expect(await dialogue.say(first, { intent })).toMatch(offer);
    expect(await dialogue.say(language === 'es' ? 'sí' : 'yes', { intent: 'confirm' })).toBe(opener);
    // The offer was the last turn's only: a yes after that asks what for.
    expect(await dialogue.say(language === 'es' ? 'sí' : 'yes', { intent: 'confirm' })).toMatch(
      language === 'es' ? /^¿Sí a qué\?/ : /^Yes to what\?/,
    );
  });

  it('asks what for when the last turn offered nothing', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('¿tenéis parking?', { intent: 'hotel_info' });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^¿Sí a qué\?/);
  });
});

describe('help offered, then taken back in the same turn', () => {
  it('asks what a yes is for after a goodbye, and after an offer followed by another question', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('adiós', { intent: 'goodbye' });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^¿Sí a qué\?/);
    // An offer, then a question of its own in the same turn: the question is what a yes answers.
    const offered = makeTurn({ message: { id: 'wamid.OFFER' } });
    offered.say('deny.nothing');
    expect(offered.state.dialogue.slots.helpOffered).toBe('wamid.OFFER');
    offered.ask('¿Cuál prefieres?', [{ id: 'room:double', title: 'Doble' }]);
    expect(offered.state.dialogue.slots.helpOffered).toBeUndefined();
    offered.say('confirm.ack');
    offered.sayText('Sigue pendiente tu reserva.');
    expect(offered.state.dialogue.slots.helpOffered).toBeUndefined();
  });
});

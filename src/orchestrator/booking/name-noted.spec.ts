import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "Al final somos 3, a nombre de Laura Gómez" at "whose name?" with a double chosen: the party is 3, the
// rooms for 3 are offered again, and the guest hears that the name is kept, which the summary then
// shows. Through the real router and handlers.

async function askedTheName(dialogue: RoutedDialogue, language: 'es' | 'en' = 'es'): Promise<void> {
  const text =
    language === 'es'
      ? 'quiero reservar una doble del 10 al 12 de diciembre para 2'
      : 'book a double room dec 10 to 12 for 2';
  const [room, dates, party] =
    language === 'es'
      ? ['doble', 'del 10 al 12 de diciembre', 'para 2']
      : ['double', 'dec 10 to 12', 'for 2'];
  const reply = await dialogue.say(text, {
    intent: 'make_reservation',
    language,
    entities: [
      [room, entity.room('double')],
      [dates, entity.range('2026-12-10', '2026-12-12')],
      [party, entity.guests(2)],
    ],
  });
  expect(reply).toMatch(language === 'es' ? /¿A nombre de quién/ : /Whose name/);
}

describe('a larger party and a name given at "whose name?"', () => {
  it('notes the name before the rooms for the new party, and books under it', async () => {
    const dialogue = new RoutedDialogue();
    await askedTheName(dialogue);
    const reply = await dialogue.say('al final somos 3, a nombre de Laura Gómez', {
      intent: 'None',
      entities: [
        ['somos 3', entity.guests(3)],
        ['Laura Gómez', entity.name('Laura Gómez')],
      ],
    });
    const lines = reply.split('\n');
    expect(lines[0]).toBe('Anoto la reserva a nombre de Laura Gómez.');
    expect(reply).toMatch(/3 personas, tenemos:[\s\S]*Doble Superior/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 3, guestName: 'Laura Gómez' });
    const summary = await dialogue.say('la superior', {
      intent: 'None',
      entities: [['superior', entity.room('superior')]],
    });
    expect(summary).toMatch(/A nombre de Laura Gómez/);
    expect(summary).not.toMatch(/Anoto/);
  });

  it('notes the name typed alone at the rooms offered after "al final somos 3"', async () => {
    const dialogue = new RoutedDialogue();
    await askedTheName(dialogue);
    await dialogue.say('al final somos 3', { intent: 'None', entities: [['somos 3', entity.guests(3)]] });
    const reply = await dialogue.say('Laura Gómez', {
      intent: 'None',
      entities: [['Laura Gómez', entity.name('Laura Gómez')]],
    });
    expect(reply.split('\n')[0]).toBe('Anoto la reserva a nombre de Laura Gómez.');
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 3, guestName: 'Laura Gómez' });
  });

  it('does the same in English', async () => {
    const dialogue = new RoutedDialogue('en');
    await askedTheName(dialogue, 'en');
    const reply = await dialogue.say('actually we are 3, under the name Laura Gomez', {
      intent: 'None',
      language: 'en',
      entities: [
        ['we are 3', entity.guests(3)],
        ['Laura Gomez', entity.name('Laura Gomez')],
      ],
    });
    expect(reply.split('\n')[0]).toBe('Noted: the booking will be under the name Laura Gomez.');
    expect(reply).toMatch(/3 guests, we have:/);
  });

  it('says nothing more when the name goes straight to the summary', async () => {
    const dialogue = new RoutedDialogue();
    await askedTheName(dialogue);
    const reply = await dialogue.say('Laura Gómez', {
      intent: 'None',
      entities: [['Laura Gómez', entity.name('Laura Gómez')]],
    });
    expect(reply).toMatch(/^Te resumo la reserva/);
    expect(reply).toMatch(/A nombre de Laura Gómez/);
  });
});

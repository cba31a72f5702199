import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { declinesTheSurname } from '../dialogue/surname-declined';

// A booking under a first name alone is asked the surname once, through the real router and
// handlers: the answer completes the name, a whole name replaces it, and a guest who will not give
// one keeps the name as said.

async function askedTheName(dialogue: RoutedDialogue, language: 'es' | 'en' = 'es'): Promise<void> {
  const reply = await dialogue.say(
    language === 'es' ? 'quiero una doble del 10 al 12 de diciembre para 2' : 'a double dec 10 to 12 for 2',
    {
      intent: 'make_reservation',
      language,
      entities: [
        [language === 'es' ? 'doble' : 'double', entity.room('double')],
        [
          language === 'es' ? 'del 10 al 12 de diciembre' : 'dec 10 to 12',
          entity.range('2026-12-10', '2026-12-12'),
        ],
        [language === 'es' ? 'para 2' : 'for 2', entity.guests(2)],
      ],
    },
  );
  expect(reply).toMatch(language === 'es' ? /¿A nombre de quién/ : /Whose name/);
}

async function askedTheSurname(dialogue: RoutedDialogue, language: 'es' | 'en' = 'es'): Promise<void> {
  await askedTheName(dialogue, language);
  const reply = await dialogue.say('Marco', { intent: 'None', language });
  expect(reply).toBe(
    language === 'es'
      ? '¿Me das también el apellido? Lo necesito para la reserva a nombre de Marco.'
      : 'Could I have the surname too? I need it for the booking under Marco.',
  );
  expect(dialogue.state.dialogue).toMatchObject({ awaiting: 'guest_name', slots: { surnameAsked: true } });
}

describe('the surname of a first name given alone', () => {
  it.each([
    ['Rossi', 'Marco Rossi'],
    ['Rossi Bianchi', 'Marco Rossi Bianchi'],
    ['Marco Rossi', 'Marco Rossi'],
    ['no hace falta', 'Marco'],
    ['no', 'Marco'],
    ['solo Marco', 'Marco'],
    ['así está bien', 'Marco'],
    // A yes before it (review 27, R9).
    ['claro, Rossi', 'Marco Rossi'],
  ])('"%s" gives the summary under %s', async (answer, name) => {
    const dialogue = new RoutedDialogue();
    await askedTheSurname(dialogue);
    const summary = await dialogue.say(answer, { intent: 'None' });
    expect(summary).toMatch(new RegExp(`• A nombre de ${name}\\n`));
    expect(summary).toMatch(/¿La confirmo\?/);
    expect(dialogue.state.dialogue.slots.guestName).toBe(name);
  });

  it.each([
    ['Rossi', 'Marco Rossi'],
    ['just Marco', 'Marco'],
    ["that's fine", 'Marco'],
  ])('does the same in English: "%s" gives %s', async (answer, name) => {
    const dialogue = new RoutedDialogue('en');
    await askedTheSurname(dialogue, 'en');
    const summary = await dialogue.say(answer, { intent: 'None', language: 'en' });
    expect(summary).toMatch(new RegExp(`• Name: ${name}\\n`));
  });

  it('asks it only once: a yes is not understood, and the surname typed next still completes the name', async () => {
    const dialogue = new RoutedDialogue();
    await askedTheSurname(dialogue);
    const unclear = await dialogue.say('si', { intent: 'confirm' });
    expect(unclear).toMatch(/no lo he entendido[\s\S]*nombre y apellido/);
    expect(await dialogue.say('Ruiz', { intent: 'None' })).toMatch(/• A nombre de Marco Ruiz\n/);
  });

  it('takes another person named inside a sentence as the name, not a surname (review 27, R8)', async () => {
    const dialogue = new RoutedDialogue();
    await askedTheSurname(dialogue);
    const summary = await dialogue.say('Mejor ponla a nombre de mi mujer, Ana López', {
      intent: 'None',
      entities: [['Ana López', entity.name('Ana López')]],
    });
    expect(summary).toMatch(/• A nombre de Ana López\n/);
  });

  it('asks nothing of a whole name, nor of the name the guest booked under before', async () => {
    const dialogue = new RoutedDialogue();
    await askedTheName(dialogue);
    expect(await dialogue.say('Marco Rossi', { intent: 'None' })).toMatch(/• A nombre de Marco Rossi\n/);
    const returning = new RoutedDialogue();
    returning.state.guestName = 'Marco';
    await returning
      .say('quiero una doble del 10 al 12 de diciembre para 2', {
        intent: 'make_reservation',
        entities: [
          ['doble', entity.room('double')],
          ['del 10 al 12 de diciembre', entity.range('2026-12-10', '2026-12-12')],
          ['para 2', entity.guests(2)],
        ],
      })
      .then((reply) => expect(reply).toMatch(/• A nombre de Marco\n/));
  });

  it('reads "solo Marco" at "whose name?" as the name Marco, and asks its surname', async () => {
    const dialogue = new RoutedDialogue();
    await askedTheName(dialogue);
    expect(await dialogue.say('solo Marco', { intent: 'None' })).toMatch(/a nombre de Marco\.$/);
    expect(dialogue.state.dialogue.slots.guestName).toBe('Marco');
  });

  it('reads a refusal only once the surname was asked', () => {
    expect(declinesTheSurname('no', { guestName: 'Marco' })).toBe(false);
    expect(declinesTheSurname('no', { guestName: 'Marco', surnameAsked: true })).toBe(true);
    expect(declinesTheSurname('no, es Rossi', { guestName: 'Marco', surnameAsked: true })).toBe(false);
    expect(declinesTheSurname('solo Marco', { surnameAsked: true })).toBe(false);
  });
});

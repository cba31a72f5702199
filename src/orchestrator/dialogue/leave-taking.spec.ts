import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { atTheDecemberSummary } from '../../../test/support/summary-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { takesLeave } from './leave-taking';

// A goodbye heard where none is said (QA 30, en H4 and H5): "will I be charged?" at a cancellation's
// yes or no, "the other one then" at the rooms. The flow stood, and the booking or the cancellation
// was dropped with "Goodbye!". Through the real router and handlers.

describe('a goodbye heard with a question waiting', () => {
  it('keeps a cancellation waiting for its yes when "will I be charged?" reads as a goodbye', async () => {
    const dialogue = await atTheDecemberSummary('en');
    expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/BOOK1X/);
    expect(await dialogue.say('cancel it please', { intent: 'cancel_reservation', language: 'en' })).toMatch(
      /cancel booking BOOK1X/,
    );
    const reply = await dialogue.say('will i be charged?', { intent: 'goodbye', language: 'en' });
    // Arriving on 10 December, 15 days on: free.
    expect(reply).toBe('No: cancelling booking BOOK1X is free of charge.\nShall I cancel booking BOOK1X?');
    expect(dialogue.state.dialogue.flow).toBe('cancel_reservation');
    expect(dialogue.state.dialogue.awaiting).toBe('confirmation');
  });

  it('tells the first night charged within the 48 hours, in Spanish, however "me cobráis algo" reads', async () => {
    const dialogue = new RoutedDialogue('es');
    await dialogue.say('una doble para mañana, 1 noche, para 2, a nombre de Ana Ruiz', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double')],
        ['mañana', entity.range('2026-11-26', '2026-11-27')],
        ['para 2', entity.guests(2)],
        ['Ana Ruiz', entity.name('Ana Ruiz')],
      ],
    });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/BOOK1X/);
    expect(await dialogue.say('anúlala', { intent: 'cancel_reservation' })).toMatch(
      /se cobra la primera noche/,
    );
    const reply = await dialogue.say('me cobrais algo', { intent: 'None' });
    expect(reply).toMatch(
      /^Sí: faltan menos de 48 horas para tu llegada, .*primera noche \(109\s€\)\.\n¿Cancelo la reserva BOOK1X\?$/,
    );
    expect(dialogue.state.dialogue.awaiting).toBe('confirmation');
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/cancelada/);
  });

  it('keeps the rooms listed when "the other one then" reads as a goodbye', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('a room for 3 from 10 to 12 january', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['for 3', entity.guests(3)],
        ['from 10 to 12 january', entity.range('2027-01-10', '2027-01-12')],
      ],
    });
    expect(dialogue.state.dialogue.awaiting).toBe('room_type');
    const reply = await dialogue.say('the other one then', { intent: 'goodbye', language: 'en' });
    expect(reply).not.toMatch(/Goodbye/);
    expect(dialogue.state.dialogue.flow).toBe('make_reservation');
  });

  it.each([
    ['thanks, bye!', 'en'],
    ["that's all, see you", 'en'],
    ["I'll think about it", 'en'],
    ['vale, luego te digo', 'es'],
    ['adiós', 'es'],
  ] as const)('takes leave at a summary when the guest does: %s', async (text, language) => {
    const dialogue = await atTheDecemberSummary(language);
    const reply = await dialogue.say(text, { intent: 'goodbye', language });
    expect(reply).toMatch(language === 'en' ? /^Goodbye/ : /^¡Hasta pronto|^Adiós|^¡Adiós/);
    expect(dialogue.state.dialogue.awaiting).toBeNull();
  });
});

describe('takesLeave', () => {
  it.each([
    'thanks, bye',
    'see ya',
    'nos vemos',
    'eso es todo, gracias',
    "we'll let you know",
    'hasta mañana',
  ])('hears leave taken in "%s"', (text) => expect(takesLeave(text)).toBe(true));

  it.each(['will i be charged?', 'the other one then', 'me voy el 14', 'la otra'])(
    'hears none in "%s"',
    (text) => expect(takesLeave(text)).toBe(false),
  );
});

describe('a goodbye at "whose name?" with the room chosen (QA 31, M4)', () => {
  it('says the room is kept, and the name sent next goes on to the summary', async () => {
    const dialogue = new RoutedDialogue('en');
    const asked = await dialogue.say('book the standard double dec 3 to 5 for me and my partner pls', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['standard double', entity.room('double')],
        ['dec 3 to 5', entity.range('2026-12-03', '2026-12-05')],
        ['me and my partner', entity.guests(2)],
      ],
    });
    expect(asked).toMatch(/Whose name/);
    // Before: "Goodbye! I'm here if you need anything else.", and the name next not understood.
    expect(await dialogue.say('cheers, bye for now', { intent: 'goodbye', language: 'en' })).toMatch(
      /If you'd still like the room, just write/,
    );
    const summary = await dialogue.say('oh sorry, name is Emma Watson', {
      intent: 'None',
      language: 'en',
      entities: [['Emma Watson', entity.name('Emma Watson')]],
    });
    expect(summary).toMatch(/Name: Emma Watson/);
  });
});

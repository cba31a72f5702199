import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// The guest's own pet asked about in the message that asks for the stay, through the real router and
// handlers: it comes along (QA 30, en H7: "say 'with a pet'", and the summary without it).

describe("the guest's own pet asked about with the stay", () => {
  it('is put on the booking: "Is it possible to bring our small dog (5 kg)?"', async () => {
    const dialogue = new RoutedDialogue('en');
    const asked = await dialogue.say(
      'I would like to book a Junior Suite for 4 persons from 18 to 21 december. Is it possible to bring our small dog (5 kg)? And we need a parking space.',
      {
        intent: 'make_reservation',
        language: 'en',
        entities: [
          ['Junior Suite', entity.room('suite')],
          ['for 4 persons', entity.guests(4)],
          ['from 18 to 21 december', entity.range('2026-12-18', '2026-12-21')],
          ['dog', entity.topic('pets')],
          ['parking space', entity.topic('parking')],
        ],
      },
    );
    expect(asked).not.toMatch(/say “with a pet”/);
    const summary = await dialogue.say('Klaus Muller', { intent: 'None', language: 'en' });
    expect(summary).toMatch(/• With a pet: €20 per night supplement \(€60\)/);
    expect(summary).toMatch(/Total with extras: €771 \(room €657 \+ extras €114\)/);
  });

  it('is put on it in Spanish: "¿puedo llevar a mi perrita?"', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say(
      'una doble para 2 del 18 al 21 de diciembre a nombre de Ana Ruiz, ¿puedo llevar a mi perrita?',
      {
        intent: 'make_reservation',
        entities: [
          ['doble', entity.room('double', ['superior'])],
          ['para 2', entity.guests(2)],
          ['del 18 al 21 de diciembre', entity.range('2026-12-18', '2026-12-21')],
          ['Ana Ruiz', entity.name('Ana Ruiz')],
          ['perrita', entity.topic('pets')],
        ],
      },
    );
    expect(dialogue.state.dialogue.slots.pet).toBe(true);
  });

  it('is only asked about in "Do you allow dogs?", and after a booking in "can we bring the dog?"', async () => {
    const dialogue = new RoutedDialogue('en');
    const asked = await dialogue.say('a double from 18 to 21 december for 2, do you allow dogs?', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['double', entity.room('double', ['superior'])],
        ['from 18 to 21 december', entity.range('2026-12-18', '2026-12-21')],
        ['for 2', entity.guests(2)],
        ['dogs', entity.topic('pets')],
      ],
    });
    expect(asked).toMatch(/say “with a pet”/);
    expect(dialogue.state.dialogue.slots.pet).toBeUndefined();
  });
});

describe('a pet on the stay, refused once its weight is told (QA 31, H6)', () => {
  it('comes off the booking, its supplement with it', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('a double from 18 to 21 december for 2, with our dog', {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['double', entity.room('double', ['superior'])],
        ['from 18 to 21 december', entity.range('2026-12-18', '2026-12-21')],
        ['for 2', entity.guests(2)],
        ['dog', entity.topic('pets')],
      ],
    });
    expect(dialogue.state.dialogue.slots.pet).toBe(true);
    const reply = await dialogue.say(
      'ah he is 30kg, we will leave him with grandma then. name Rachel Green',
      {
        intent: 'make_reservation',
        language: 'en',
        entities: [['Rachel Green', entity.name('Rachel Green')]],
      },
    );
    expect(reply).toMatch(/up to 10 kg/);
    expect(reply).not.toMatch(/With a pet/);
    expect(dialogue.state.dialogue.slots.pet).toBeUndefined();
  });
});

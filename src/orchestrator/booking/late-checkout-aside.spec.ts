import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// A stay asked with the late check-out in the same message (heard as the late check-out): both answered.

describe('a stay asked beside the late check-out', () => {
  it('offers the rooms for the stay, the late check-out answered first', async () => {
    const dialogue = new RoutedDialogue();
    const answer = await dialogue.say(
      'somos una pareja, del 15 al 17 de enero, cuanto cuesta la doble? y se puede hacer late checkout?',
      {
        intent: 'late_checkout',
        entities: [
          ['del 15 al 17 de enero', entity.range('2027-01-15', '2027-01-17')],
          ['doble', entity.room('double', ['superior'])],
        ],
      },
    );
    expect(answer).toMatch(/^Ofrecemos salida tardía hasta las 14:00 como máximo, por 25\s€/);
    expect(answer).not.toMatch(/puedes llegar a la hora que quieras/);
    expect(dialogue.state.dialogue.flow).not.toBeNull();
    expect(dialogue.state.dialogue.slots).toMatchObject({ checkIn: '2027-01-15', checkOut: '2027-01-17' });
  });

  it('leaves "can we check out late on the 14th?" to the late check-out alone', async () => {
    const dialogue = new RoutedDialogue('en');
    const answer = await dialogue.say('can we check out late on the 14th?', {
      intent: 'late_checkout',
      language: 'en',
      entities: [['the 14th', entity.date('2026-12-14')]],
    });
    expect(answer).toMatch(/^Late check-out is available until 14:00/);
    expect(dialogue.state.dialogue.flow).toBeNull();
  });

  it.each<['es' | 'en', string, string]>([
    ['en', 'can i have late check out tomorrow? im in room 305', 'tomorrow'],
    ['es', 'buenas, mañana salgo, puedo dejar la habitacion a las 13h? (tengo reserva)', 'mañana'],
  ])(
    '(%s) leaves a guest staying who names their own room to the late check-out alone: %j',
    async (language, text, day) => {
      // QA 24, S15 and E11: "room" and "habitación" read as rooms asked for, and a new stay was asked until when.
      const dialogue = new RoutedDialogue(language);
      const answer = await dialogue.say(text, {
        intent: 'late_checkout',
        language,
        entities: [[day, entity.date('2026-11-29')]],
      });
      expect(answer).toMatch(/^(Late check-out is available|Ofrecemos salida tardía)/);
      expect(answer).not.toMatch(/Until which day|Hasta qué día/);
      expect(dialogue.state.dialogue.flow).toBeNull();
    },
  );
});

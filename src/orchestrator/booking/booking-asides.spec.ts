import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

describe('an extra bed asked with a booking request', () => {
  it('is answered in passing while the booking goes on', async () => {
    const dialogue = new RoutedDialogue();
    const asked = await dialogue.say('una doble del 12 al 14 de diciembre para 3 con cama supletoria', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double', ['superior'])],
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
        ['para 3', entity.guests(3)],
        ['cama supletoria', entity.topic('extra_bed')],
      ],
    });
    expect(asked).toMatch(/^Si se puede poner una cama supletoria depende de la habitación/);
    expect(dialogue.state.dialogue.flow).toBe('make_reservation');
  });
});

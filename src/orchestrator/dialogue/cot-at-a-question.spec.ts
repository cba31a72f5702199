import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import type { Entity } from '../../nlp/nlp.types';
import { entity } from '../../../test/support/turn-fixtures';

const withABaby: Entity = {
  type: 'guests',
  value: { adults: 2, children: 0, infants: 1, total: 2 },
  text: '',
  start: 0,
  end: 0,
};

// "El niño duerme en cuna, no hace falta cama" (heard as a no) at the rooms listed is about the
// party's cot, never a no to the booking (QA 27, S12: the booking was dropped). Through the real
// router and handlers.

describe('a cot said at one of the booking’s questions', () => {
  it('keeps the booking and its rooms', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say(
      'una habitacion para el 10 de diciembre, 2 noches, para 2 adultos y mi hijo de 2 años',
      {
        intent: 'check_availability',
        entities: [
          ['el 10 de diciembre', entity.date('2026-12-10')],
          ['2 noches', entity.nights(2)],
          ['para 2 adultos y mi hijo de 2 años', withABaby],
        ],
      },
    );
    expect(dialogue.state.dialogue.awaiting).toBe('room_type');
    const reply = await dialogue.say('el niño duerme en cuna, no hace falta cama', {
      intent: 'deny',
      entities: [['niño', entity.topic('children')]],
    });
    expect(reply).not.toMatch(/De acuerdo\. ¿Te ayudo con otra cosa\?/);
    expect(reply).toMatch(/¿Quieres reservar alguna\?/);
    expect(dialogue.state.dialogue.awaiting).toBe('room_type');
  });

  it('still takes a plain no there as a no', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('una habitacion del 10 al 12 de diciembre para 2', {
      intent: 'check_availability',
      entities: [
        ['del 10 al 12 de diciembre', entity.range('2026-12-10', '2026-12-12')],
        ['para 2', entity.guests(2)],
      ],
    });
    expect(await dialogue.say('no, gracias', { intent: 'deny' })).not.toMatch(/¿Quieres reservar alguna\?/);
  });
});

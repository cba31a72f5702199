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

describe('a cot asked for while a booking is made (QA 28, S7: not acknowledged, and booked without it)', () => {
  it('joins the rooms listed, said back in their heading', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('del 3 al 5 dic para 2', {
      intent: 'check_availability',
      entities: [
        ['del 3 al 5 dic', entity.range('2026-12-03', '2026-12-05')],
        ['para 2', entity.guests(2)],
      ],
    });
    const reply = await dialogue.say('necesitaríamos cuna', {
      intent: 'hotel_info',
      entities: [['cuna', entity.topic('children')]],
    });
    expect(reply).toMatch(
      /^Del jue 3 dic al sáb 5 dic \(2 noches\), 2 personas y 1 bebé \(en cuna\), tenemos:/,
    );
  });

  it('joins the summary', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('doble del 3 al 5 dic para 2 a nombre de Silvia Rios', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double')],
        ['del 3 al 5 dic', entity.range('2026-12-03', '2026-12-05')],
        ['para 2', entity.guests(2)],
        ['Silvia Rios', entity.name('Silvia Rios')],
      ],
    });
    const reply = await dialogue.say('nos haría falta una cuna, por favor', {
      intent: 'make_reservation',
      entities: [['cuna', entity.topic('children')]],
    });
    expect(reply).toMatch(/• 2 personas y 1 bebé \(en cuna\)/);
  });
});

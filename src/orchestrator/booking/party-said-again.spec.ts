import type { Entity } from '../../nlp/nlp.types';
import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// The party said again while a booking is made, or a partner joining a booking for one, through the
// real router and handlers (QA 27, S7: "seríamos solo 2" at a summary for 3 was answered about cots;
// S8: a single changed to a double "porque viene mi pareja" was booked for one).

describe('the party said again at a summary', () => {
  it('takes "al final los niños no vienen, seriamos solo 2" (heard as a question about children) as the party', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('superior del 3 al 5 de diciembre para 3 a nombre de Gonzalo Ramos', {
      intent: 'make_reservation',
      entities: [
        ['superior', entity.room('superior')],
        ['del 3 al 5 de diciembre', entity.range('2026-12-03', '2026-12-05')],
        ['para 3', entity.guests(3)],
        ['Gonzalo Ramos', entity.name('Gonzalo Ramos')],
      ],
    });
    const reply = await dialogue.say('al final los niños no vienen, seriamos solo 2', {
      intent: 'hotel_info',
      entities: [
        ['niños', entity.topic('children')],
        ['seriamos solo 2', entity.guests(2)],
      ],
    });
    expect(reply).toMatch(/^Te resumo la reserva:[\s\S]*• 2 personas\n/);
    expect(reply).not.toMatch(/cuna/);
    expect(dialogue.state.dialogue.slots.guests).toBe(2);
  });
});

describe('a part of the party said at a summary', () => {
  it('keeps the party at "el desayuno solo para los 2 adultos" (review 27, R1)', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('suite del 3 al 5 de diciembre para 4 a nombre de Laura Pérez', {
      intent: 'make_reservation',
      entities: [
        ['suite', entity.room('suite')],
        ['del 3 al 5 de diciembre', entity.range('2026-12-03', '2026-12-05')],
        ['para 4', entity.guests(4)],
        ['Laura Pérez', entity.name('Laura Pérez')],
      ],
    });
    await dialogue.say('el desayuno solo para los 2 adultos', {
      intent: 'hotel_info',
      entities: [
        ['desayuno', entity.topic('breakfast')],
        ['2 adultos', entity.guests(2)],
      ],
    });
    expect(dialogue.state.dialogue.slots.guests).toBe(4);
  });
});

describe('the party said at "which dates?"', () => {
  it('keeps "somos 2 adultos y un niño de 5 años" (heard as a question about children) for the stay', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('quiero reservar', { intent: 'make_reservation' });
    const asked = await dialogue.say('somos 2 adultos y un niño de 5 años', {
      intent: 'hotel_info',
      entities: [
        ['niño', entity.topic('children')],
        [
          '2 adultos y un niño de 5 años',
          { ...entity.guests(3), value: { adults: 2, children: 1, infants: 0, total: 3 } } as Entity,
        ],
      ],
    });
    expect(asked).not.toMatch(/No tengo ese dato/);
    expect(asked).toMatch(/¿Para qué fechas\?/);
    const rooms = await dialogue.say('del 10 al 12 de diciembre', {
      intent: 'None',
      entities: [['del 10 al 12 de diciembre', entity.range('2026-12-10', '2026-12-12')]],
    });
    expect(rooms).toMatch(/2 adultos y 1 niño, tenemos:/);
  });
});

describe('a partner joining a booking for one', () => {
  it('makes the new stay for two when a single is changed to a double "porque al final viene mi pareja"', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say('individual del 2 al 4 de diciembre a nombre de Nuria Pons', {
      intent: 'make_reservation',
      entities: [
        ['individual', entity.room('single')],
        ['del 2 al 4 de diciembre', entity.range('2026-12-02', '2026-12-04')],
        ['Nuria Pons', entity.name('Nuria Pons')],
      ],
    });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
    const reply = await dialogue.say('quiero cambiar a una doble porque al final viene mi pareja', {
      intent: 'None',
      entities: [['doble', entity.room('double')]],
    });
    expect(reply).toMatch(/Te resumo la reserva:\n• Doble Estándar\n.*\n• 2 personas\n/);
  });
});

describe('the party said again while the name is asked, with "¿se puede?" (QA 32, M6)', () => {
  it('takes "al final somos 3, se puede?" as the party, a room for 3 looked for', async () => {
    const dialogue = new RoutedDialogue();
    expect(
      await dialogue.say('una doble del 3 al 5 de diciembre para 2', {
        intent: 'make_reservation',
        entities: [
          ['doble', entity.room('double')],
          ['del 3 al 5 de diciembre', entity.range('2026-12-03', '2026-12-05')],
          ['para 2', entity.guests(2)],
        ],
      }),
    ).toMatch(/¿A nombre de quién/);
    // Before: "No tengo ese dato a mano", and the name asked again.
    const reply = await dialogue.say('al final somos 3, se puede?', {
      intent: 'hotel_info',
      entities: [['somos 3', entity.guests(3)]],
    });
    expect(reply).toMatch(/admite como máximo 2 personas[\s\S]*Doble Superior/);
    expect(dialogue.state.dialogue.slots.guests).toBe(3);
  });
});

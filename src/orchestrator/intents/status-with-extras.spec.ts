import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { Entity } from '../../nlp/nlp.types';

// A booking's status gives the total its confirmation gave, extras included (QA 28, S19: the room's
// alone, 218 € against the 310 € confirmed). Through the real router and handlers.

async function book(dialogue: RoutedDialogue, text: string, days: string): Promise<string> {
  await dialogue.say(text, {
    intent: 'make_reservation',
    entities: [
      ['doble', entity.room('double')],
      [days, entity.range(`2026-12-${days.slice(4, 6)}`, `2026-12-${days.slice(10, 12)}`)],
      ['para 2', entity.guests(2)],
      ['Ana Ruiz', entity.name('Ana Ruiz')],
      ...(['desayuno', 'parking'] as const)
        .filter((extra) => text.includes(extra))
        .map((extra): [string, Entity] => [
          extra,
          entity.topic(extra === 'desayuno' ? 'breakfast' : 'parking'),
        ]),
    ],
  });
  return dialogue.say('sí', { intent: 'confirm' });
}

describe('the status of a booking made with extras', () => {
  it('gives the total with the extras, as the confirmation did', async () => {
    const dialogue = new RoutedDialogue();
    const confirmed = await book(
      dialogue,
      'reserva una doble del 10 al 12 de diciembre para 2 con desayuno y parking, a nombre de Ana Ruiz',
      'del 10 al 12',
    );
    expect(confirmed).toMatch(/Total 310\s€ \(habitación 218\s€ \+ extras 92\s€\)/);
    const status = await dialogue.say('¿cómo está mi reserva?', { intent: 'reservation_status' });
    expect(status).toMatch(/Estado: confirmada\. Total 310\s€ \(habitación 218\s€ \+ extras 92\s€\)\.$/m);
  });

  it('gives each booking listed its own total, the room’s alone for one without extras', async () => {
    const dialogue = new RoutedDialogue();
    await book(
      dialogue,
      'reserva una doble del 10 al 12 de diciembre para 2 con desayuno, a nombre de Ana Ruiz',
      'del 10 al 12',
    );
    await book(
      dialogue,
      'reserva una doble del 20 al 22 de diciembre para 2, a nombre de Ana Ruiz',
      'del 20 al 22',
    );
    const status = await dialogue.say('¿cómo están mis reservas?', { intent: 'reservation_status' });
    expect(status).toMatch(
      /^• BOOK1X: .*Confirmada\. Total 274\s€ \(habitación 218\s€ \+ extras 56\s€\)\.$/m,
    );
    expect(status).toMatch(/^• BOOK2X: .*Confirmada\. Total 218\s€\.$/m);
  });
});

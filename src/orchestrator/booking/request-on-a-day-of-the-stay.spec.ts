import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "El 19 es el cumple de mi marido" once 18–20 Dec is booked: the day is the request's, so the
// birthday is noted for the booking and the staff told; no new stay starts from the 19th.

async function booked(language: 'es' | 'en'): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue(language);
  await dialogue.say('doble para 2 del 18 al 20 dic', {
    intent: 'check_availability',
    entities: [
      ['doble', entity.room('double', ['superior'])],
      ['para 2', entity.guests(2)],
      ['del 18 al 20 dic', entity.range('2026-12-18', '2026-12-20')],
    ],
  });
  await dialogue.say('1', { intent: 'None' });
  await dialogue.say('Ana Gil', { intent: 'None' });
  expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
  return dialogue;
}

describe('a birthday on a day of the stay booked', () => {
  it('notes "el 19 es el cumple de mi marido" for the booking and tells the staff', async () => {
    const dialogue = await booked('es');
    const reply = await dialogue.say('el 19 es el cumple de mi marido, podeis preparar algo?', {
      intent: 'None',
      entities: [['el 19', entity.date('2026-12-19')]],
    });
    expect(reply).toBe(
      'Lo anoto para tu reserva BOOK1X: un detalle por el cumpleaños. No te lo puedo garantizar, pero el equipo lo tendrá en cuenta.',
    );
    expect(dialogue.staffNotices).toEqual([
      expect.stringMatching(
        /^📝 La reserva BOOK1X .*Ana Gil\) pide: un detalle: celebran un cumpleaños \(el día 2026-12-19\)\./,
      ),
    ]);
    expect(dialogue.state.dialogue.flow).toBeNull();
    expect(dialogue.pms.requests).toHaveLength(1);
  });

  it('notes "it\'s my husband\'s birthday on the 19th" (heard as availability) in English', async () => {
    const dialogue = await booked('en');
    const reply = await dialogue.say("it's my husband's birthday on the 19th, anything you can do?", {
      intent: 'check_availability',
      language: 'en',
      entities: [['on the 19th', entity.date('2026-12-19')]],
    });
    expect(reply).toMatch(/^I've noted it for your booking BOOK1X: something special for the birthday\./);
    expect(reply).not.toMatch(/Until which day/);
    expect(dialogue.staffNotices).toHaveLength(1);
    expect(dialogue.state.dialogue.flow).toBeNull();
  });

  it('still reads a day outside the stay as another stay', async () => {
    const dialogue = await booked('es');
    await dialogue.say('el 26 es el cumple de mi marido, tenéis sitio?', {
      intent: 'check_availability',
      entities: [['el 26', entity.date('2026-12-26')]],
    });
    expect(dialogue.staffNotices).toEqual([]);
    expect(dialogue.state.dialogue.flow).not.toBeNull();
  });
});

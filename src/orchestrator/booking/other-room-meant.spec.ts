import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// "Mejor la otra" at a booking's summary, through the real router and handlers (QA 30, es M4: "De
// acuerdo, no hago la reserva").

/** A weekend for `party`, the rooms listed, `room` chosen, and the summary under David Moreno. */
async function summaryOf(dialogue: RoutedDialogue, party: number, room: string): Promise<string> {
  await dialogue.say(`hola para este finde tienes algo? somos ${party}`, {
    intent: 'check_availability',
    entities: [
      ['este finde', entity.range('2026-11-27', '2026-11-29')],
      [`somos ${party}`, entity.guests(party)],
    ],
  });
  await dialogue.say(`la ${room}`, { intent: 'None', entities: [[room, entity.room(room)]] });
  return dialogue.say('David Moreno', { intent: 'None' });
}

describe('"mejor la otra" once a room is chosen', () => {
  it('takes the one other room that sleeps the party, the rest kept', async () => {
    const dialogue = new RoutedDialogue();
    expect(await summaryOf(dialogue, 3, 'superior')).toMatch(/Doble Superior/);
    const reply = await dialogue.say('mejor la otra', { intent: 'deny' });
    expect(reply).toMatch(/Suite Junior/);
    expect(reply).toMatch(/A nombre de David Moreno/);
    expect(dialogue.state.dialogue.slots.step).toBe('summary');
  });

  it('lists the rooms again when several others would do, the name and stay kept', async () => {
    const dialogue = new RoutedDialogue();
    await summaryOf(dialogue, 2, 'superior');
    const reply = await dialogue.say('mejor la otra', { intent: 'deny' });
    expect(reply).not.toMatch(/no hago la reserva/);
    expect(reply).toMatch(/Doble Estándar[\s\S]*Suite Junior/);
    expect(dialogue.state.dialogue.awaiting).toBe('room_type');
    const summary = await dialogue.say('la suite', {
      intent: 'None',
      entities: [['suite', entity.room('suite')]],
    });
    expect(summary).toMatch(/Suite Junior[\s\S]*A nombre de David Moreno/);
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { Entity } from '../../nlp/nlp.types';

// "Mejor el finde del 22 al 24" for a stay in January: the NLU reads the days in December (the next
// ones from today) and warns that the 22nd of December is no Friday; the stay takes them in January.
// Through the real router and handlers, each message with the reading the NLU gives it.

/** The NLU's warning that the weekend said starts on a day that is no Friday. */
function notAFriday(date: string): Entity {
  return { type: 'weekday_mismatch', value: { date, weekday: 5 }, text: '', start: 0, end: 0 };
}

/** A double for 2 on the weekend said, booked as BOOK1X. */
async function bookAWeekend(dialogue: RoutedDialogue, dates: string, checkIn: string, checkOut: string) {
  await dialogue.say(`una doble el finde ${dates} para 2`, {
    intent: 'make_reservation',
    entities: [
      ['doble', entity.room('double', ['superior'])],
      ['para 2', entity.guests(2)],
      [dates, entity.range(checkIn, checkOut)],
    ],
  });
  await dialogue.say('Nuria Castro', { intent: 'None' });
  expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
}

/** "Mejor el finde del …", read in December with its warning. */
async function moveToTheWeekend(dialogue: RoutedDialogue, days: string, checkIn: string, checkOut: string) {
  return dialogue.say(`mejor el finde ${days}`, {
    intent: 'check_availability',
    entities: [
      [days, entity.range(checkIn, checkOut)],
      [days, notAFriday(checkIn)],
    ],
  });
}

describe('a weekday warning about days the stay takes in another month', () => {
  it('warns of nothing when the days, in the stay’s month, are the weekend said', async () => {
    const dialogue = new RoutedDialogue();
    await bookAWeekend(dialogue, 'del 15 al 17 de enero', '2027-01-15', '2027-01-17');
    const reply = await moveToTheWeekend(dialogue, 'del 22 al 24', '2026-12-22', '2026-12-24');
    expect(reply).toMatch(/Del vie 22 ene 2027 al dom 24 ene 2027/);
    expect(reply).not.toMatch(/Ojo|diciembre/);
  });

  it('names the day of the stay’s month when that one is no Friday either', async () => {
    const dialogue = new RoutedDialogue();
    await bookAWeekend(dialogue, 'del 15 al 17 de enero', '2027-01-15', '2027-01-17');
    const reply = await moveToTheWeekend(dialogue, 'del 23 al 25', '2026-12-23', '2026-12-25');
    expect(reply).toMatch(/Ojo: el 23 de enero es sábado, no viernes\./);
    expect(reply).not.toMatch(/diciembre/);
  });

  it('still warns of the day read when the stay takes it as read', async () => {
    const dialogue = new RoutedDialogue();
    await bookAWeekend(dialogue, 'del 11 al 13 de diciembre', '2026-12-11', '2026-12-13');
    const reply = await moveToTheWeekend(dialogue, 'del 15 al 17', '2026-12-15', '2026-12-17');
    expect(reply).toMatch(/Ojo: el 15 de diciembre es martes, no viernes\./);
    expect(reply).toMatch(/Del mar 15 dic al jue 17 dic/);
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { ClassifiedIntent } from '../../nlp/nlp.types';

// Two bookings of other months, then one of them named by its month or a bare day of it. Through the
// real router and handlers, each message with the reading the NLU gives it.

/** A Doble Estándar 10–12 January (BOOK1X) and a Suite Junior 20–22 February (BOOK2X). */
async function bookJanuaryAndFebruary(dialogue: RoutedDialogue): Promise<void> {
  const book = async (room: string, checkIn: string, checkOut: string) => {
    await dialogue.say('una reserva en esas fechas para 2 a nombre de Ana Ruiz', {
      intent: 'make_reservation',
      entities: [
        ['reserva', entity.room(room)],
        ['para 2', entity.guests(2)],
        ['Ana Ruiz', entity.name('Ana Ruiz')],
        ['fechas', entity.range(checkIn, checkOut)],
      ],
    });
    return dialogue.say('sí', { intent: 'confirm' });
  };
  expect(await book('double', '2027-01-10', '2027-01-12')).toMatch(/BOOK1X/);
  expect(await book('suite', '2027-02-20', '2027-02-22')).toMatch(/BOOK2X/);
}

describe('a booking named by its month or a bare day', () => {
  it.each([
    ['cancela la de febrero', 'BOOK2X'],
    ['cancel the january one', 'BOOK1X'],
  ])('asks to cancel the one %j names', async (text, code) => {
    const dialogue = new RoutedDialogue();
    await bookJanuaryAndFebruary(dialogue);
    expect(await dialogue.say(text, { intent: 'cancel_reservation' })).toMatch(
      new RegExp(`^¿Confirmas que quieres cancelar la reserva ${code}`),
    );
  });

  it.each<[string, ClassifiedIntent, ReturnType<typeof entity.date> | null, string]>([
    ['la de enero', 'None', null, 'BOOK1X'],
    ['the one on the 20th', 'check_availability', entity.date('2026-12-20'), 'BOOK2X'],
    ['la del 11', 'make_reservation', entity.date('2026-12-11'), 'BOOK1X'],
  ])('takes %j, answering which one, for that booking', async (text, heard, day, code) => {
    const dialogue = new RoutedDialogue();
    await bookJanuaryAndFebruary(dialogue);
    expect(await dialogue.say('cancela una reserva', { intent: 'cancel_reservation' })).toMatch(/¿Cuál/);
    const said = day ? [[text, day] as [string, typeof day]] : [];
    expect(await dialogue.say(text, { intent: heard, entities: said })).toMatch(
      new RegExp(`^¿Confirmas que quieres cancelar la reserva ${code}`),
    );
  });
});

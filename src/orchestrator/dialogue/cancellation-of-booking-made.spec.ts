import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { IntentName } from '../../nlp/nlp.types';

// A booking just made, then cancelled in words the classifier misreads, through the real router and
// handlers (QA 31, H3: "mejor cancélala" answered "De acuerdo", the booking kept).

/** A Individual for 1, 3–5 Jan, under Ana Ruiz: BOOK1X. */
async function bookASingle(dialogue: RoutedDialogue): Promise<void> {
  await dialogue.say('individual 3 enero 2 noches, Ana Ruiz', {
    intent: 'make_reservation',
    entities: [
      ['individual', entity.room('single')],
      ['3 enero 2 noches', entity.range('2027-01-03', '2027-01-05')],
      ['Ana Ruiz', entity.name('Ana Ruiz')],
    ],
  });
  expect(await dialogue.say('si', { intent: 'confirm' })).toMatch(/^✅ .*BOOK1X/);
}

describe('a cancellation of the booking just made, however it is heard', () => {
  it.each<[string, IntentName]>([
    ['mejor cancelala', 'deny'],
    ['oye mejor cancélala, me cambiaron el vuelo', 'hotel_info'],
    ['me cambiaron el vuelo, anúlala', 'hotel_info'],
  ])('"%s" (heard as %s) asks to confirm cancelling it', async (text, intent) => {
    const dialogue = new RoutedDialogue();
    await bookASingle(dialogue);
    expect(await dialogue.say(text, { intent })).toMatch(/¿Confirmas que quieres cancelar la reserva BOOK1X/);
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/^Reserva BOOK1X cancelada/);
  });

  it.each<[string, IntentName]>([
    ['no, no la canceles', 'deny'],
    // A question about cancelling later (review of session 28).
    ['¿podría cancelarla más adelante si hace falta?', 'hotel_info'],
    ['cancela el desayuno', 'cancel_reservation'],
  ])('leaves "%s" alone', async (text, intent) => {
    const dialogue = new RoutedDialogue();
    await bookASingle(dialogue);
    const words = text.includes('desayuno') ? [['desayuno', entity.topic('breakfast')] as const] : [];
    const reply = await dialogue.say(text, { intent, entities: words.map(([w, e]) => [w, e]) });
    expect(reply).not.toMatch(/¿Confirmas que quieres cancelar/);
  });
});

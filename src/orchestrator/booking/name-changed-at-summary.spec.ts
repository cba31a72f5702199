import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { atTheDecemberSummary } from '../../../test/support/summary-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// The name changed at the summary in the words of moving the booking to someone else's name (heard
// as asking about a booking made): the summary's name changes (QA 27, E7: "no confirmed booking", then
// a yes booked under the old name). Through the real router and handlers.

describe('the name changed at the summary', () => {
  it.each([
    ['en', "can you put the booking under my wife's name instead? Olympe Maxime", 'Name: Olympe Maxime'],
    ['es', 'ponla a nombre de mi mujer, Olympe Maxime', 'A nombre de Olympe Maxime'],
  ] as const)('%s "%s" changes it', async (language, text, named) => {
    const dialogue = new RoutedDialogue(language);
    await dialogue.say(
      language === 'es'
        ? 'superior del 19 al 21 de diciembre para 2 a nombre de Rubeus Hagrid'
        : 'superior dec 19 to 21 for 2 under Rubeus Hagrid',
      {
        intent: 'make_reservation',
        language,
        entities: [
          ['superior', entity.room('superior')],
          [
            language === 'es' ? 'del 19 al 21 de diciembre' : 'dec 19 to 21',
            entity.range('2026-12-19', '2026-12-21'),
          ],
          [language === 'es' ? 'para 2' : 'for 2', entity.guests(2)],
          ['Rubeus Hagrid', entity.name('Rubeus Hagrid')],
        ],
      },
    );
    const reply = await dialogue.say(text, {
      intent: 'reservation_status',
      language,
      entities: [['Olympe Maxime', entity.name('Olympe Maxime')]],
    });
    expect(reply).toMatch(new RegExp(`• ${named}\\n`));
    expect(reply).not.toMatch(/no confirmed booking|ninguna reserva/);
    expect(await dialogue.say(language === 'es' ? 'sí' : 'yes', { intent: 'confirm', language })).toMatch(
      /BOOK1X/,
    );
    expect((await dialogue.pms.getReservation('demo', 'BOOK1X')).guestName).toBe('Olympe Maxime');
  });
});

describe('the name of a booking made said to be another (QA 32, M7)', () => {
  it('passes "the booking should be under my sisters name, Patty Bouvier" on to the staff', async () => {
    const dialogue = await atTheDecemberSummary('en');
    await dialogue.say('yes', { intent: 'confirm', language: 'en' });
    const reply = await dialogue.say('the booking should be under my sisters name, Patty Bouvier', {
      intent: 'None',
      language: 'en',
      entities: [['Patty Bouvier', entity.name('Patty Bouvier')]],
    });
    expect(reply).toMatch(/Patty Bouvier/);
    expect(dialogue.staffNotices.join('\n')).toMatch(/BOOK1X[\s\S]*Patty Bouvier/);
  });
});

import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import type { ClassifiedIntent, Language } from '../../nlp/nlp.types';
import { entity } from '../../../test/support/turn-fixtures';

// The part of a booking named after a no to its summary ("would you like to change anything?"):
// asked anew, the rest kept (QA 28, E3: "the dates" dropped the booking; S28: "las fechas" asked the
// same question again). Through the real router and handlers.

async function declinedSummary(language: Language): Promise<RoutedDialogue> {
  const dialogue = new RoutedDialogue(language);
  const es = language === 'es';
  await dialogue.say(
    es ? 'doble del 10 al 12 dic para 2 a nombre de Ana Ruiz' : 'double 10-12 dec for 2, name Ana Ruiz',
    {
      intent: 'make_reservation',
      language,
      entities: [
        [es ? 'doble' : 'double', entity.room('double')],
        [es ? 'del 10 al 12 dic' : '10-12 dec', entity.range('2026-12-10', '2026-12-12')],
        [es ? 'para 2' : 'for 2', entity.guests(2)],
        ['Ana Ruiz', entity.name('Ana Ruiz')],
      ],
    },
  );
  expect(await dialogue.say('no', { intent: 'deny', language })).toMatch(
    /\(dates, room or guests\)|\(fechas, habitación o personas\)/,
  );
  return dialogue;
}

describe('the part to change, named after a no to the summary', () => {
  it.each<[Language, string, ClassifiedIntent, RegExp]>([
    ['en', 'the dates', 'deny', /^For which dates\?/],
    ['en', 'yes, the dates', 'confirm', /^For which dates\?/],
    ['es', 'las fechas', 'None', /^¿Para qué fechas\?/],
    ['es', 'la habitacion', 'room_photos', /2 personas, tenemos:[\s\S]*Doble Estándar[\s\S]*Suite Junior/],
    ['es', 'el nombre', 'None', /^¿A nombre de quién hago la reserva\?/],
    ['es', 'el numero de personas', 'reservation_status', /^¿Para cuántas personas\?/],
  ])('%s "%s" (heard as %s) asks it anew', async (language, text, intent, asked) => {
    const dialogue = await declinedSummary(language);
    expect(await dialogue.say(text, { intent, language })).toMatch(asked);
    expect(dialogue.state.dialogue.flow).toBe('make_reservation');
  });

  it('keeps the rest: new dates bring the summary back with the same room, party and name', async () => {
    const dialogue = await declinedSummary('en');
    await dialogue.say('the dates', { intent: 'deny', language: 'en' });
    const reply = await dialogue.say('11 to 14 dec', {
      intent: 'None',
      language: 'en',
      entities: [['11 to 14 dec', entity.range('2026-12-11', '2026-12-14')]],
    });
    expect(reply).toMatch(
      /Standard Double[\s\S]*Dec 11 to Mon, Dec 14 \(3 nights\)[\s\S]*2 guests[\s\S]*Ana Ruiz/,
    );
  });

  it.each<[Language, string]>([
    ['en', 'the dates are fine'],
    ['es', 'las fechas están bien así'],
    ['en', 'nothing, the room is perfect thanks'],
  ])('%s "%s" keeps that part (review 28, 6)', async (language, text) => {
    const dialogue = await declinedSummary(language);
    const reply = await dialogue.say(text, { intent: 'None', language });
    expect(reply).not.toMatch(/For which dates|¿Para qué fechas|we have:|tenemos:/);
  });

  it('still ends at a plain no, and reads a longer message as what it says', async () => {
    const dialogue = await declinedSummary('en');
    expect(await dialogue.say('no thanks', { intent: 'deny', language: 'en' })).not.toMatch(
      /For which dates/,
    );
    const other = await declinedSummary('es');
    expect(
      await other.say('no, que las fechas me las tiene que confirmar mi jefe todavía', { intent: 'deny' }),
    ).not.toMatch(/¿Para qué fechas\?/);
  });
});

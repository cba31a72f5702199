import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { atTheDecemberSummary } from '../../../test/support/summary-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import { wantsLateCheckOut } from './late-checkout-aside';

// A late check-out asked for while booking and once booked (QA 28, E11: "call us", and a later "yes"
// answered "yes to what?"): noted for the booking and the staff, with its terms, never promised.

describe('a late check-out asked for', () => {
  it('at the summary is noted for the booking, and the staff hear of it once booked', async () => {
    const dialogue = await atTheDecemberSummary('en');
    const reply = await dialogue.say('can you add late checkout on the last day?', {
      intent: 'late_checkout',
      language: 'en',
    });
    expect(reply).toMatch(
      /^Late check-out is until 14:00 at the latest, for €25; reception will confirm it depending on availability\.\nI can't guarantee it, but I've noted it for the team: a late check-out\.\nHere's your booking:/,
    );
    expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/^✅ .*BOOK1X/);
    expect(dialogue.staffNotices).toContainEqual(expect.stringMatching(/BOOK1X .* pide: salida tardía\./));
  });

  it('once booked is noted for that booking', async () => {
    const dialogue = await atTheDecemberSummary('en');
    await dialogue.say('yes', { intent: 'confirm', language: 'en' });
    const reply = await dialogue.say('can I have late checkout on the 12th?', {
      intent: 'late_checkout',
      language: 'en',
      entities: [['the 12th', entity.date('2026-12-12')]],
    });
    expect(reply).toMatch(/^I've noted it for your booking BOOK1X: a late check-out\./);
    expect(dialogue.staffNotices).toContainEqual(expect.stringMatching(/BOOK1X .* salida tardía/));
    // Its price asked next (QA 30, en M5: the rooms' rates before).
    expect(await dialogue.say('how much is it', { intent: 'room_prices', language: 'en' })).toMatch(
      /^Late check-out is .*€25/,
    );
  });

  it.each(['si porfavor', 'sí por favor'])(
    'once booked, its terms asked, is noted at "%s" (QA 30, es M8: "¿Sí a qué?")',
    async (yes) => {
      const dialogue = await atTheDecemberSummary('es');
      await dialogue.say('sí', { intent: 'confirm' });
      expect(await dialogue.say('se puede hacer late checkout?', { intent: 'late_checkout' })).toMatch(
        /14:00/,
      );
      expect(await dialogue.say(yes, { intent: 'confirm' })).toMatch(/BOOK1X/);
      expect(dialogue.staffNotices).toContainEqual(expect.stringMatching(/BOOK1X .* salida tardía/));
    },
  );

  it('asked of a booking named by its code, is noted at "ok add it pls" (QA 32, M2: "Great!", nothing noted)', async () => {
    const first = await atTheDecemberSummary('en');
    await first.say('yes', { intent: 'confirm', language: 'en' });
    const dialogue = new RoutedDialogue('en', first.pms);
    await dialogue.say('hi i have booking BOOK1X, any chance of late checkout on the last day?', {
      intent: 'late_checkout',
      language: 'en',
      entities: [['BOOK1X', entity.reference('BOOK1X')]],
    });
    expect(await dialogue.say('ok add it pls', { intent: 'confirm', language: 'en' })).toMatch(/BOOK1X/);
    expect(dialogue.staffNotices).toContainEqual(expect.stringMatching(/BOOK1X .* salida tardía/));
  });

  it('asked about at the summary gets its terms, and the summary stands', async () => {
    const dialogue = await atTheDecemberSummary('en');
    const reply = await dialogue.say('how much is late checkout?', {
      intent: 'late_checkout',
      language: 'en',
    });
    expect(reply).toMatch(/^Late check-out is available until 14:00/);
    expect(reply).toMatch(/is still waiting\. Shall I confirm it\?$/);
    expect(reply).not.toMatch(/noted/);
  });
});

describe('wantsLateCheckOut', () => {
  it.each([
    'can you add late checkout on the last day?',
    'can I have late checkout on the 5th?',
    'quiero late checkout el día 7 para mi reserva',
    '¿nos apuntas el late checkout?',
  ])('hears %j as asking for it', (text) => {
    expect(wantsLateCheckOut(text)).toBe(true);
  });

  it.each([
    'no necesitamos late checkout, gracias',
    "we don't need a late check-out",
    'how much is late checkout?',
    '¿hay late checkout?',
    'is there a late check-out?',
    'can I have a towel?',
  ])('hears %j as no request for it', (text) => {
    expect(wantsLateCheckOut(text)).toBe(false);
  });
});

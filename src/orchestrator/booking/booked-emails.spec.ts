import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// The PMS keeps no contact with a reservation: a change or an upgrade booked anew had no e-mail
// (QA 29, H10). Through the real router and handlers.

describe('the e-mail of a booking changed or upgraded', () => {
  async function booked(): Promise<RoutedDialogue> {
    const dialogue = new RoutedDialogue('en');
    const text = 'a double for 2, dec 12-14, Anna Schmidt anna.schmidt@web.de';
    await dialogue.say(text, {
      intent: 'make_reservation',
      language: 'en',
      entities: [
        ['double', entity.room('double')],
        ['dec 12-14', entity.range('2026-12-12', '2026-12-14')],
        ['for 2', entity.guests(2)],
        ['Anna Schmidt', entity.name('Anna Schmidt')],
        ['anna.schmidt@web.de', entity.email('anna.schmidt@web.de')],
      ],
    });
    expect(await dialogue.say('yes', { intent: 'confirm', language: 'en' })).toMatch(/BOOK1X/);
    return dialogue;
  }

  it('keeps it on the new dates', async () => {
    const dialogue = await booked();
    const summary = await dialogue.say('actually can i change it to 19-22 dec?', {
      intent: 'reservation_status',
      language: 'en',
      entities: [['19-22 dec', entity.range('2026-12-19', '2026-12-22')]],
    });
    expect(summary).toMatch(/• E-mail: anna\.schmidt@web\.de\n/);
    await dialogue.say('yes', { intent: 'confirm', language: 'en' });
    expect(dialogue.pms.requests.at(-1)?.contact.email).toBe('anna.schmidt@web.de');
  });

  it('keeps it on the room upgraded to', async () => {
    const dialogue = await booked();
    const summary = await dialogue.say('could I upgrade it to the junior suite?', {
      intent: 'reservation_status',
      language: 'en',
      entities: [['junior suite', entity.room('suite')]],
    });
    expect(summary).toMatch(/Junior Suite[\s\S]*• E-mail: anna\.schmidt@web\.de\n/);
  });
});

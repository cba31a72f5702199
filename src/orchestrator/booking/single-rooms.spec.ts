import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';

// Single rooms sleep one: the rooms asked for count the party.

describe('single rooms asked for by their number', () => {
  it('are for as many people as rooms, without asking how many', async () => {
    const dialogue = new RoutedDialogue('en');
    const answer = await dialogue.say('4 single rooms for a work team, dec 10 to 12', {
      intent: 'check_availability',
      entities: [
        ['4 single rooms', entity.rooms(4)],
        ['single rooms', entity.room('single')],
        ['dec 10 to 12', entity.range('2026-12-10', '2026-12-12')],
      ],
    });
    expect(answer).not.toMatch(/how many people/i);
    expect(answer).toMatch(/Single Room/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 4, rooms: 4, roomTypeId: 'single' });
  });

  it('is one guest for one single room, as before', async () => {
    const dialogue = new RoutedDialogue();
    const answer = await dialogue.say('una individual del 10 al 12 de diciembre', {
      intent: 'check_availability',
      entities: [
        ['individual', entity.room('single')],
        ['del 10 al 12 de diciembre', entity.range('2026-12-10', '2026-12-12')],
      ],
    });
    expect(answer).not.toMatch(/cuántas personas/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ guests: 1, roomTypeId: 'single' });
  });
});

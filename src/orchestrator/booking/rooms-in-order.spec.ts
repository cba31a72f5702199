import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity } from '../../../test/support/turn-fixtures';
import type { Entity } from '../../nlp/nlp.types';
import { roomsInOrder } from './rooms-in-order';

const roomsFor = (parties: number[], forOthers?: boolean[]): Entity => ({
  type: 'rooms',
  value: { rooms: parties.length, parties, ...(forOthers ? { forOthers } : {}) },
  text: '',
  start: 0,
  end: 0,
});

describe('roomsInOrder', () => {
  it('books the guest’s own room first when each room’s kind is known, the others as said', () => {
    expect(roomsInOrder({ rooms: 3, parties: [2, 1, 2], forOthers: [true, false, true] }, true)).toEqual({
      parties: [1, 2, 2],
      forOthers: [false, true, true],
      said: [1, 0, 2],
    });
  });

  it('books the largest first, whom each is for following it, when no kind is known yet', () => {
    // A list of kinds shows those the first room's party fits: the parents' double, not a single.
    expect(roomsInOrder({ rooms: 2, parties: [1, 2], forOthers: [false, true] }, false)).toEqual({
      parties: [2, 1],
      forOthers: [true, false],
      said: undefined,
    });
  });

  it('books rooms said by counts the largest first', () => {
    expect(roomsInOrder({ rooms: 2, parties: [1, 2] }, true)).toEqual({ parties: [2, 1] });
    expect(roomsInOrder({ rooms: 2 }, true)).toEqual({});
  });
});

describe('rooms said by whom they are for (QA 24, S9/E9)', () => {
  const mine = (dialogue: RoutedDialogue): Promise<string> =>
    dialogue.say('quiero dos reservas del 12 al 14 de diciembre: una doble para mí y otra para mis padres', {
      intent: 'make_reservation',
      entities: [
        ['doble', entity.room('double')],
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
        ['para mí y otra para mis padres', roomsFor([1, 2], [false, true])],
        ['para mis padres', entity.guests(3)],
      ],
    });

  it('books the guest’s room under their name first, then asks the name of the parents’ room', async () => {
    const dialogue = new RoutedDialogue();
    expect(await mine(dialogue)).toMatch(/¿A nombre de quién hago la reserva\?$/);
    expect(await dialogue.say('Ana García', { intent: 'None' })).toMatch(
      /• 1 persona\n• A nombre de Ana García\n[^]*Después te reservo la otra habitación\./,
    );
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/BOOK1X[^]*para 2 personas\?$/);
    // Before, the parents' room went under Ana's name without a word.
    expect(await dialogue.say('sí', { intent: 'confirm' })).toBe('¿A nombre de quién pongo esta habitación?');
    expect(await dialogue.say('Luis García', { intent: 'None' })).toMatch(
      /• 2 personas\n• A nombre de Luis García\n/,
    );
    await dialogue.say('sí', { intent: 'confirm' });
    expect(dialogue.pms.requests.map(({ guests, guestName }) => [guests, guestName])).toEqual([
      [1, 'Ana García'],
      [2, 'Luis García'],
    ]);
    // The conversation's name is the guest's, not her parents'.
    expect(dialogue.state.guestName).toBe('Ana García');
  });

  it('puts the parents’ room under the guest’s own name when she says so', async () => {
    const dialogue = new RoutedDialogue();
    await mine(dialogue);
    await dialogue.say('Ana García', { intent: 'None' });
    await dialogue.say('sí', { intent: 'confirm' });
    await dialogue.say('sí', { intent: 'confirm' });
    expect(await dialogue.say('a mi nombre también', { intent: 'None' })).toMatch(
      /• 2 personas\n• A nombre de Ana García\n/,
    );
  });

  it('asks the name of a room added for someone else mid-booking when none was given', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('hi, a double room from dec 12 to 14 for 2 please', {
      intent: 'make_reservation',
      entities: [
        ['double', entity.room('double')],
        ['dec 12 to 14', entity.range('2026-12-12', '2026-12-14')],
        ['for 2', entity.guests(2)],
      ],
    });
    await dialogue.say('and another one same dates for my brother', { intent: 'make_reservation' });
    expect(await dialogue.say('John Smith', { intent: 'None' })).toMatch(/• 2 guests\n• Name: John Smith\n/);
    expect(await dialogue.say('yes', { intent: 'confirm' })).toMatch(/for 1 guest\?$/);
    expect(await dialogue.say('yes', { intent: 'confirm' })).toBe('Whose name should this room be under?');
    expect(await dialogue.say('same name please', { intent: 'None' })).toMatch(
      /• 1 guest\n• Name: John Smith\n/,
    );
  });

  it('keeps the booker’s name for a room more said by its count', async () => {
    const dialogue = new RoutedDialogue('en');
    await dialogue.say('a double from dec 12 to 14 for 2, under John Smith', {
      intent: 'make_reservation',
      entities: [
        ['double', entity.room('double')],
        ['dec 12 to 14', entity.range('2026-12-12', '2026-12-14')],
        ['for 2', entity.guests(2)],
        ['John Smith', entity.name('John Smith')],
      ],
    });
    await dialogue.say('and one more room for 2', { intent: 'make_reservation' });
    await dialogue.say('yes', { intent: 'confirm' });
    expect(await dialogue.say('yes', { intent: 'confirm' })).toMatch(/• 2 guests\n• Name: John Smith\n/);
  });
});

describe('rooms by whom, mended (review 26, R13/R14)', () => {
  it('keeps three rooms with two kinds named largest first, each kind with its share', async () => {
    const dialogue = new RoutedDialogue();
    const text =
      'quiero tres habitaciones del 12 al 14 de diciembre: una doble para mis padres, una doble para mis suegros y una individual para mí';
    const reply = await dialogue.say(text, {
      intent: 'make_reservation',
      entities: [
        ['tres habitaciones', roomsFor([2, 2, 1], [true, true, false])],
        ['doble', entity.room('double')],
        ['individual', entity.room('single')],
        ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
        ['para mis padres', entity.guests(5)],
      ],
    });
    // Before: the guest alone in the double, the parents then told the single sleeps 1.
    expect(reply).not.toMatch(/admite como máximo/);
    expect(dialogue.state.dialogue.slots).toMatchObject({ roomParties: [2, 2, 1], roomTypeId: 'double' });
  });

  it('books every room for others as such, never under the conversation’s name', async () => {
    const dialogue = new RoutedDialogue();
    await dialogue.say(
      '2 habitaciones dobles del 12 al 14 de diciembre para mis padres y mis tíos, 4 personas, a nombre de Luis García',
      {
        intent: 'make_reservation',
        entities: [
          ['2 habitaciones', entity.rooms(2)],
          ['dobles', entity.room('double')],
          ['del 12 al 14 de diciembre', entity.range('2026-12-12', '2026-12-14')],
          ['4 personas', entity.guests(4)],
          ['Luis García', entity.name('Luis García')],
        ],
      },
    );
    for (const answer of ['sí', 'sí', 'sí']) await dialogue.say(answer, { intent: 'confirm' });
    expect(dialogue.pms.requests).toHaveLength(2);
    expect(dialogue.state.guestName).toBeNull();
  });
});

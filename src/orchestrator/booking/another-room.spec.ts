import { RoutedDialogue } from '../../../test/support/routed-dialogue';
import { entity, makeTurn, parse } from '../../../test/support/turn-fixtures';
import type { Entity } from '../../nlp/nlp.types';
import { anotherRoomAdded } from './another-room';
import type { BookingSlots } from './booking-slots';

const underWay = (): BookingSlots => ({
  mode: 'book',
  checkIn: '2026-12-12',
  checkOut: '2026-12-14',
  guests: 2,
  roomTypeId: 'double',
});

function added(text: string, slots: BookingSlots, entities: Entity[] = []): boolean {
  return anotherRoomAdded(makeTurn({ nlu: parse('make_reservation', entities), message: { text } }), slots);
}

describe('anotherRoomAdded', () => {
  it.each<[string, number]>([
    ['and another one same dates for my brother', 1],
    ['y otra para mis padres', 2],
    ['ah, y otra habitación para mis suegros, las mismas fechas', 2],
    ['one more room for 3 please', 3],
    ['también otra para mi hermana', 1],
  ])('adds a room for the places %j says', (text, places) => {
    const slots = underWay();
    expect(added(text, slots)).toBe(true);
    expect(slots).toMatchObject({ rooms: 2, roomParties: [2, places], guests: 2 + places });
    // Of the same kind: no list of kinds is made for it.
    expect(slots.nextRoomTypes).toBeUndefined();
  });

  it('gives the name said with it to that room, and its kind when it names one', () => {
    const slots: BookingSlots = { ...underWay(), guestName: 'Ana Ruiz' };
    const text = 'y otra individual para mi hermano, a nombre de Marcos Ruiz';
    expect(added(text, slots, [entity.room('single'), entity.name('Marcos Ruiz')])).toBe(true);
    expect(slots).toMatchObject({
      guestName: 'Ana Ruiz',
      nextRoomNames: ['Marcos Ruiz'],
      nextRoomTypes: ['single'],
      roomParties: [2, 1],
    });
  });

  it('adds to rooms already asked for, keeping each room’s name in its place', () => {
    const slots: BookingSlots = { ...underWay(), guests: 4, rooms: 2 };
    expect(
      added('and another one for my parents, under Mark Johnson', slots, [entity.name('Mark Johnson')]),
    ).toBe(true);
    expect(slots).toMatchObject({
      rooms: 3,
      roomParties: [2, 2, 2],
      guests: 6,
      nextRoomNames: [null, 'Mark Johnson'],
    });
  });

  it.each<[string, Entity[]]>([
    // No party for it: not guessed.
    ['and another one', []],
    ['otra para las mismas fechas', []],
    ['and another one for 2 nights', []],
    // Something else "another".
    ['otra pregunta, ¿hay parking?', []],
    ['another question for you', []],
    ['one more night for my parents', []],
    // A question about the offer, or something else for someone (review 25, 3).
    ['¿y otra más barata para 2?', []],
    ['¿otra opción para 2?', []],
    ['another option for 2 people?', []],
    ['y otra toalla para mi mujer', []],
    ['also another request for my wife, a late check-in', []],
    // Days of its own: another stay.
    ['y otra para mis padres del 20 al 22', [entity.range('2026-12-20', '2026-12-22')]],
    // A room more is not what it starts with.
    ['mi hermano quiere otra para él', []],
  ])('leaves %j alone', (text, entities) => {
    const slots = underWay();
    expect(added(text, slots, entities)).toBe(false);
    expect(slots).toEqual(underWay());
  });

  it('leaves a booking without its stay yet alone', () => {
    const slots: BookingSlots = { mode: 'book', guests: 2 };
    expect(added('y otra para mis padres', slots)).toBe(false);
  });
});

describe('a room more for someone else, asked while the booking is under way', () => {
  it('keeps asking the guest’s own name, then books both rooms, the other under the name given for it', async () => {
    const dialogue = new RoutedDialogue('en');
    expect(
      await dialogue.say('hi, a double room from dec 12 to 14 for 2 please', {
        intent: 'make_reservation',
        entities: [
          ['double', entity.room('double')],
          ['dec 12 to 14', entity.range('2026-12-12', '2026-12-14')],
          ['for 2', entity.guests(2)],
        ],
      }),
    ).toMatch(/Whose name should the booking be under\?$/);
    // QA 23, N4: the name was taken as this booking's, and the guest's own room was never booked.
    expect(
      await dialogue.say('and another one same dates for my brother, under Mark Johnson', {
        intent: 'make_reservation',
        entities: [['Mark Johnson', entity.name('Mark Johnson')]],
      }),
    ).toMatch(
      /^I'm adding another room for 1 guest, under Mark Johnson\.[^]*€436 for both[^]*Whose name should the booking be under\?$/,
    );
    expect(await dialogue.say('John Smith', { intent: 'None' })).toMatch(
      /• 2 guests\n• Name: John Smith\n[^]*Then I'll book the other room\./,
    );
    expect(await dialogue.say('yes', { intent: 'confirm' })).toMatch(/BOOK1X[^]*for 1 guest\?$/);
    expect(await dialogue.say('yes', { intent: 'confirm' })).toMatch(/• 1 guest\n• Name: Mark Johnson\n/);
    expect(await dialogue.say('yes', { intent: 'confirm' })).toMatch(/BOOK2X/);
    expect(dialogue.pms.requests.map(({ guests, guestName }) => [guests, guestName])).toEqual([
      [2, 'John Smith'],
      [1, 'Mark Johnson'],
    ]);
  });

  it('books each room of one request under the name said for it', async () => {
    // QA 24, S7: the second room had gone under the first name.
    const dialogue = new RoutedDialogue();
    const text =
      'dos individuales del 14 al 16 de diciembre, uno se llama Pedro Alonso y el otro Luis Navarro';
    expect(
      await dialogue.say(text, {
        intent: 'make_reservation',
        entities: [
          ['dos individuales', entity.rooms(2)],
          ['individuales', entity.room('single')],
          ['del 14 al 16 de diciembre', entity.range('2026-12-14', '2026-12-16')],
          ['Pedro Alonso', entity.name('Pedro Alonso')],
          ['Luis Navarro', entity.name('Luis Navarro')],
        ],
      }),
    ).toMatch(/• A nombre de Pedro Alonso\n/);
    await dialogue.say('sí', { intent: 'confirm' });
    expect(await dialogue.say('sí', { intent: 'confirm' })).toMatch(/• A nombre de Luis Navarro\n/);
    await dialogue.say('sí', { intent: 'confirm' });
    expect(dialogue.pms.requests.map(({ guestName }) => guestName)).toEqual(['Pedro Alonso', 'Luis Navarro']);
  });
});

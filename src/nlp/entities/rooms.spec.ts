import { extractRoomCount } from './rooms';

describe('extractRoomCount', () => {
  it.each([
    ['necesito dos habitaciones dobles para 4', 2, 'dos habitaciones'],
    ['we need 2 rooms for 4 people', 2, '2 rooms'],
    ['Three rooms please', 3, 'Three rooms'],
    ['3 habs del 12 al 14', 3, '3 habs'],
    ['tres cuartos para 6', 3, 'tres cuartos'],
  ])('reads the rooms asked for: %j', (text, rooms, matched) => {
    const [entity] = extractRoomCount(text);
    expect(entity).toMatchObject({ type: 'rooms', value: { rooms }, text: matched });
    expect(text.slice(entity.start, entity.end)).toBe(matched);
  });

  it.each(['una habitación doble', 'a room for 2', '20 rooms for the wedding', 'room 2', 'habitación 204'])(
    'reads no count of rooms in %j (one room, a group, a room number)',
    (text) => {
      expect(extractRoomCount(text)).toEqual([]);
    },
  );
});

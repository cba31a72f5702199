import { saysEveryRoom } from './extras-for-booking';

describe('saysEveryRoom', () => {
  it.each([
    'queremos desayuno en las dos',
    'en ambas, porfa',
    'desayuno en todas las habitaciones',
    'desayuno para las dos reservas',
    'breakfast for both rooms',
    'add breakfast to all rooms',
    'both of them please',
    'todas',
    'both',
  ])('hears every room of the request in %j', (text) => {
    expect(saysEveryRoom(text)).toBe(true);
  });

  // The people of one room, not every booking: breakfast for them goes to one booking (or "which one?").
  it.each(['añade desayuno para los dos', 'breakfast for both of us pls', 'desayuno para todos nosotros'])(
    'hears the people of one room in %j',
    (text) => {
      expect(saysEveryRoom(text)).toBe(false);
    },
  );
});

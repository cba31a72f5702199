import type { RoomType } from '../../tenants/tenant';
import { withoutRoomsRefused } from './room-refusals';
import { extractRoomTypes } from './room-types';

const DEMO: RoomType[] = [
  ['double', 'Doble Estándar', 'Standard Double'],
  ['superior', 'Doble Superior', 'Superior Double'],
  ['suite', 'Suite Junior', 'Junior Suite'],
].map(([id, es, en]) => ({ id, name: { es, en }, maxGuests: 2, rooms: 1, rate: 100, photos: [] }));

const roomsAskedIn = (text: string): string[] =>
  withoutRoomsRefused(text, extractRoomTypes(text, DEMO)).map((entity) =>
    entity.type === 'room_type' ? entity.value.roomTypeId : entity.type,
  );

describe('withoutRoomsRefused', () => {
  it.each([
    // QA 28, S2: the suite stayed booked.
    ['la suite no, la doble estandar', ['double']],
    ['uy no, la suite no. mejor la doble estándar', ['double']],
    ['no la suite sino la doble estándar', ['double']],
    ['ni la superior ni la suite, la estándar', ['double']],
    ['not the suite, the standard double', ['double']],
    ['la suite no', []],
  ])('leaves out the rooms refused in "%s"', (text, rooms) => {
    expect(roomsAskedIn(text)).toEqual(rooms);
  });

  it.each([
    ['la suite no está libre?', ['suite']],
    ['la doble estándar no tiene balcón?', ['double']],
    ['no, la suite', ['suite']],
    // Review 28, 2: the "no" is the next room's.
    ['quiero la doble estándar no la suite', ['double']],
    ['la suite, no la doble estándar', ['suite']],
  ])('keeps the rooms asked about or chosen in "%s"', (text, rooms) => {
    expect(roomsAskedIn(text)).toEqual(rooms);
  });
});

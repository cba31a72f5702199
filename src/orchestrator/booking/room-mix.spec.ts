import type { Availability, RoomOffer } from '../../pms/pms.types';
import { cheapestMix, cheapestSameKind } from './room-mix';

const room = (roomTypeId: string, total: number, maxGuests: number, roomsLeft = 3): RoomOffer => ({
  roomTypeId,
  name: { es: roomTypeId, en: roomTypeId },
  maxGuests,
  roomsLeft,
  nightlyRate: total / 2,
  total,
  currency: 'EUR',
});
const free = (...offers: RoomOffer[]): Availability => ({ offers, checkedAt: '', stale: false });

describe('cheapestMix', () => {
  const single = room('single', 158, 1);
  const double = room('double', 218, 2);
  const superior = room('superior', 278, 3);

  it('gives each share the cheapest room that sleeps it, largest share first', () => {
    expect(cheapestMix([3, 2], free(superior), free(single, double, superior))).toEqual({
      kinds: ['superior', 'double'],
      total: 496,
    });
    expect(cheapestMix([2, 2, 1], free(double, superior), free(single, double, superior))).toEqual({
      kinds: ['double', 'double', 'single'],
      total: 594,
    });
  });

  it('counts the rooms left of each kind, and finds nothing when a share has no room', () => {
    const lastDouble = room('double', 218, 2, 1);
    expect(cheapestMix([2, 2], free(lastDouble, superior), free(lastDouble, superior))?.kinds).toEqual([
      'double',
      'superior',
    ]);
    expect(cheapestMix([3, 2], free(), free(single, double))).toBeNull();
  });
});

describe('cheapestSameKind', () => {
  it('is the cheapest kind times the rooms, or nothing', () => {
    expect(cheapestSameKind([room('superior', 278, 3), room('suite', 438, 4)], 2)).toMatchObject({
      offer: { roomTypeId: 'superior' },
      total: 556,
    });
    expect(cheapestSameKind([], 2)).toBeNull();
  });
});

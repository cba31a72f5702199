import type { TestingModule } from '@nestjs/testing';
import { compileWithCore } from '../../../test/support/core-module';
import { uniquePrefix } from '../../../test/support/app-harness';
import { describeWithRedis, type RedisHandle, startRedis } from '../../../test/support/redis-server';
import type { RawEnvironment } from '../../config/load-config';
import { Store } from '../../storage/store.port';
import { TenantsModule } from '../../tenants/tenants.module';
import { PmsRejectedError } from '../pms.errors';
import type { ReservationRequest } from '../pms.types';
import { LocalPmsAdapter } from './local-pms.adapter';
import { REFERENCE_ALPHABET } from './reservation-reference';

const stay = { checkIn: '2027-03-10', checkOut: '2027-03-13' };
let seq = 0;
const booking = (overrides: Partial<ReservationRequest> = {}): ReservationRequest => ({
  tenantId: 'demo',
  roomTypeId: 'suite',
  ...stay,
  guests: 2,
  guestName: 'Ana García',
  contact: { phone: '+34611111111' },
  idempotencyKey: `key-${process.pid}-${++seq}`,
  ...overrides,
});

function rejection(error: unknown): string {
  return error instanceof PmsRejectedError ? error.reason : `not a rejection: ${String(error)}`;
}

function localPmsContract(envFor: () => RawEnvironment): void {
  let module: TestingModule;
  let pms: LocalPmsAdapter;
  let store: Store;

  beforeEach(async () => {
    module = await compileWithCore(
      { ...envFor(), KEY_PREFIX: uniquePrefix('pms') },
      [TenantsModule],
      undefined,
      [LocalPmsAdapter],
    );
    await module.init();
    pms = module.get(LocalPmsAdapter);
    store = module.get(Store);
  });
  afterEach(async () => module.close());

  const suiteLeft = async (): Promise<number> =>
    (await pms.checkAvailability({ tenantId: 'demo', ...stay, guests: 2 })).offers.find(
      (o) => o.roomTypeId === 'suite',
    )?.roomsLeft ?? 0;

  it('offers every room type that fits the party, with rooms left, rate and total in the hotel currency', async () => {
    const availability = await pms.checkAvailability({ tenantId: 'demo', ...stay, guests: 3 });
    expect(availability.stale).toBe(false);
    expect(availability.offers.map((o) => o.roomTypeId)).toEqual(['superior', 'suite']);
    expect(availability.offers[0]).toEqual({
      roomTypeId: 'superior',
      name: { es: 'Doble Superior', en: 'Superior Double' },
      maxGuests: 3,
      roomsLeft: 5,
      nightlyRate: 139,
      total: 417,
      currency: 'EUR',
    });
  });

  it('answers for one room type when asked, and rejects an unknown one', async () => {
    const availability = await pms.checkAvailability({
      tenantId: 'demo',
      ...stay,
      guests: 1,
      roomTypeId: 'double',
    });
    expect(availability.offers.map((o) => o.roomTypeId)).toEqual(['double']);
    const error = await pms
      .checkAvailability({ tenantId: 'demo', ...stay, guests: 1, roomTypeId: 'penthouse' })
      .catch((e: unknown) => e);
    expect(rejection(error)).toBe('unknown_room_type');
  });

  it('books with a 6-character unambiguous reference and takes the room on every night', async () => {
    const reservation = await pms.createReservation(booking());
    expect(reservation).toMatchObject({
      status: 'confirmed',
      roomTypeId: 'suite',
      ...stay,
      guests: 2,
      total: 657,
      currency: 'EUR',
    });
    expect(reservation.reference).toMatch(new RegExp(`^[${REFERENCE_ALPHABET}]{6}$`));
    expect(await suiteLeft()).toBe(0);
    const next = await pms.checkAvailability({
      tenantId: 'demo',
      checkIn: '2027-03-13',
      checkOut: '2027-03-14',
      guests: 2,
    });
    expect(next.offers.some((o) => o.roomTypeId === 'suite')).toBe(true);
  });

  it('sells the last room once and rejects the next booking of an overlapping stay', async () => {
    await pms.createReservation(booking());
    const overlapping = await pms
      .createReservation(booking({ checkIn: '2027-03-12', checkOut: '2027-03-15' }))
      .catch((e: unknown) => e);
    expect(rejection(overlapping)).toBe('no_availability');
    expect((overlapping as Error).message).toContain('2027-03-12');
  });

  it('returns the same reservation for the same idempotency key instead of booking twice', async () => {
    const request = booking({ roomTypeId: 'double' });
    const first = await pms.createReservation(request);
    const again = await pms.createReservation(request);
    expect(again).toEqual(first);
    const doubles = (await pms.checkAvailability({ tenantId: 'demo', ...stay, guests: 2 })).offers.find(
      (o) => o.roomTypeId === 'double',
    );
    expect(doubles?.roomsLeft).toBe(9);
  });

  it('refuses a party bigger than the room type', async () => {
    expect(
      rejection(
        await pms.createReservation(booking({ roomTypeId: 'single', guests: 2 })).catch((e: unknown) => e),
      ),
    ).toBe('rejected');
  });

  it('finds a reservation by its reference in any case and with stray spaces', async () => {
    const reservation = await pms.createReservation(booking());
    const spaced = ` ${reservation.reference.slice(0, 3)} ${reservation.reference.slice(3).toLowerCase()} `;
    expect(await pms.getReservation('demo', spaced)).toEqual(reservation);
    expect(rejection(await pms.getReservation('demo', 'ZZZZZZ').catch((e: unknown) => e))).toBe(
      'unknown_reference',
    );
  });

  it('gives the nights back once on cancellation; a second cancel is rejected', async () => {
    const reservation = await pms.createReservation(booking());
    const results = await Promise.allSettled([
      pms.cancelReservation('demo', reservation.reference),
      pms.cancelReservation('demo', reservation.reference),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(rejection((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason)).toBe(
      'already_cancelled',
    );
    expect((await pms.getReservation('demo', reservation.reference)).status).toBe('cancelled');
    expect(await suiteLeft()).toBe(1);
    for (const night of ['2027-03-10', '2027-03-11', '2027-03-12']) {
      expect(await store.get(`pms:demo:inventory:suite:${night}`)).toBe('0');
    }
    expect(rejection(await pms.cancelReservation('demo', 'ZZZZZZ').catch((e: unknown) => e))).toBe(
      'unknown_reference',
    );
  });

  it('lists the room types with rates and photos', async () => {
    const types = await pms.getRoomTypes('demo');
    expect(types.map((t) => t.id)).toEqual(['single', 'double', 'superior', 'suite']);
    expect(types[3]).toMatchObject({
      maxGuests: 4,
      rate: 219,
      currency: 'EUR',
      photos: [expect.stringMatching(/^https:/)],
    });
  });
}

describe('local PMS on the memory store', () => {
  localPmsContract(() => ({}));
});

describeWithRedis('local PMS on Redis', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  localPmsContract(() => ({ REDIS_URL: redis.url }));
  afterAll(async () => redis?.stop());
});

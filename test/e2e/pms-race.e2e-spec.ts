import { Redis } from 'ioredis';
import { bootApp, type TestApp, uniquePrefix } from '../support/app-harness';
import { describeWithRedis, type RedisHandle, startRedis } from '../support/redis-server';
import { PmsAdapter } from '../../src/pms/pms-adapter.port';
import { PmsRejectedError } from '../../src/pms/pms.errors';
import type { Reservation, ReservationRequest } from '../../src/pms/pms.types';

jest.setTimeout(180_000);

describeWithRedis('the last room, wanted by 20 guests through two application instances', () => {
  let redis: RedisHandle;
  let client: Redis;
  let apps: TestApp[];
  let prefix: string;

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
    prefix = uniquePrefix('race');
    apps = [
      await bootApp({ REDIS_URL: redis.url, KEY_PREFIX: prefix }),
      await bootApp({ REDIS_URL: redis.url, KEY_PREFIX: prefix }),
    ];
  });
  afterAll(async () => {
    await Promise.all(apps.map((t) => t.close()));
    await client.quit();
    await redis.stop();
  });

  const request = (i: number): ReservationRequest => ({
    tenantId: 'demo',
    roomTypeId: 'suite',
    checkIn: '2027-04-02',
    checkOut: '2027-04-05',
    guests: 2,
    guestName: `Guest ${i}`,
    contact: { phone: `+3460000${String(i).padStart(4, '0')}` },
    idempotencyKey: `race-${i}`,
  });

  it('is sold exactly once; everyone else is told it is not available; inventory stays within bounds', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => apps[i % 2].app.get(PmsAdapter).createReservation(request(i))),
    );
    const won = outcomes.filter((o): o is PromiseFulfilledResult<Reservation> => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const { reason } of lost) {
      expect(reason).toBeInstanceOf(PmsRejectedError);
      expect((reason as PmsRejectedError).reason).toBe('no_availability');
    }
    for (const night of ['2027-04-02', '2027-04-03', '2027-04-04']) {
      expect(await client.get(`${prefix}pms:demo:inventory:suite:${night}`)).toBe('1');
    }

    // The winner's job is retried (a redelivered message): same reservation, no second booking.
    const winner = won[0].value;
    const winnerIndex = outcomes.indexOf(won[0]);
    const again = await apps[(winnerIndex + 1) % 2].app
      .get(PmsAdapter)
      .createReservation(request(winnerIndex));
    expect(again.reference).toBe(winner.reference);

    // Cancelling gives the room back once, for the next guest.
    await apps[0].app.get(PmsAdapter).cancelReservation('demo', winner.reference);
    for (const night of ['2027-04-02', '2027-04-03', '2027-04-04']) {
      expect(await client.get(`${prefix}pms:demo:inventory:suite:${night}`)).toBe('0');
    }
    await expect(apps[1].app.get(PmsAdapter).createReservation(request(99))).resolves.toMatchObject({
      status: 'confirmed',
    });
  });
});

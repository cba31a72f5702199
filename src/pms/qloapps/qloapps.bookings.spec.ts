import { type QloAppsRig, startQloAppsRig, stay, TENANT } from '../../../test/support/qloapps-kit';
import { PmsRejectedError, PmsUnavailableError } from '../pms.errors';

const week = { tenantId: TENANT, checkIn: '2026-12-12', checkOut: '2026-12-15' };

describe('QloAppsAdapter reading and cancelling bookings', () => {
  let rig: QloAppsRig;

  beforeEach(async () => {
    rig = await startQloAppsRig();
  });

  afterEach(async () => {
    await rig.close();
  });

  describe('getReservation', () => {
    it('finds a booking made elsewhere by its reference, then reads the booking and the order', async () => {
      const order = rig.fake.hotel.addOrder({
        source: 'front-desk',
        roomId: 11,
        roomTypeId: 2,
        checkIn: '2026-12-20',
        checkOut: '2026-12-22',
        adults: 2,
        customer: { firstname: 'Luis', lastname: 'Pérez', email: 'luis@example.com' },
        totalWithoutTax: 218,
        tax: 21.8,
        currency: 'EUR',
      });

      const reservation = await rig.adapter.getReservation(TENANT, ` ${order.reference.toLowerCase()} `);

      expect(reservation).toEqual({
        reference: order.reference,
        status: 'confirmed',
        roomTypeId: '2',
        checkIn: '2026-12-20',
        checkOut: '2026-12-22',
        guests: 2,
        guestName: 'Luis Pérez',
        total: 239.8,
        currency: 'EUR',
      });
      expect(rig.fake.requestsTo('GET', 'orders')[0].query).toMatchObject({
        'filter[reference]': `[${order.reference}]`,
        display: '[id,reference,current_state]',
      });
      expect(rig.fake.requestsTo('GET', 'bookings')[0].id).toBe(String(order.id));
    });

    it('goes straight to a booking it made itself, without searching', async () => {
      const created = await rig.adapter.createReservation(stay());
      const before = rig.fake.requests.length;

      const read = await rig.adapter.getReservation(TENANT, created.reference);

      expect(read).toMatchObject({
        reference: created.reference,
        status: 'confirmed',
        guestName: 'Ana García',
      });
      expect(
        rig.fake.requests
          .slice(before)
          .map((r) => `${r.resource}/${r.id ?? ''}`)
          .sort(),
      ).toEqual(['bookings/42', 'orders/42']);
    });

    it.each(['ZZZZZZZZZ', 'A]|[B', ''])(
      'rejects the unknown reference %p as unknown_reference',
      async (reference) => {
        const outcome = rig.adapter.getReservation(TENANT, reference);
        await expect(outcome).rejects.toBeInstanceOf(PmsRejectedError);
        await expect(outcome).rejects.toMatchObject({ reason: 'unknown_reference' });
      },
    );

    it('never puts a reference carrying filter syntax into a QloApps query', async () => {
      await expect(rig.adapter.getReservation(TENANT, 'A]|[B')).rejects.toMatchObject({
        reason: 'unknown_reference',
      });
      expect(rig.fake.requests).toHaveLength(0);
    });

    it('treats a booking QloApps no longer knows (404 with an empty body) as unknown_reference', async () => {
      const created = await rig.adapter.createReservation(stay());
      rig.fake.hotel.orders.delete(42);
      await expect(rig.adapter.getReservation(TENANT, created.reference)).rejects.toMatchObject({
        reason: 'unknown_reference',
      });
      const bookingAnswer = rig.fake.requestsTo('GET', 'bookings').at(-1);
      expect(bookingAnswer?.id).toBe('42');
    });
  });

  describe('cancelReservation', () => {
    it('adds an order history in state 4, confirms it by re-reading the order, and frees the room', async () => {
      const created = await rig.adapter.createReservation(stay({ roomTypeId: '4' }));

      const cancelled = await rig.adapter.cancelReservation(TENANT, created.reference);

      expect(cancelled).toMatchObject({ reference: created.reference, status: 'cancelled', roomTypeId: '4' });
      const [history] = rig.fake.requestsTo('POST', 'order_histories');
      expect(history.body).toContain('<id_order>42</id_order>');
      expect(history.body).toContain('<id_order_state>4</id_order_state>');
      expect(rig.fake.hotel.orders.get(42)?.state).toBe(4);
      expect(rig.fake.requests.filter((r) => r.method === 'PUT' || r.method === 'DELETE')).toEqual([]);
      const { offers } = await rig.adapter.checkAvailability({ ...week, guests: 2, roomTypeId: '4' });
      expect(offers).toHaveLength(1);
    });

    it('rejects a second cancel as already_cancelled without writing another history', async () => {
      const created = await rig.adapter.createReservation(stay());
      await rig.adapter.cancelReservation(TENANT, created.reference);

      await expect(rig.adapter.cancelReservation(TENANT, created.reference)).rejects.toMatchObject({
        reason: 'already_cancelled',
      });
      expect(rig.fake.requestsTo('POST', 'order_histories')).toHaveLength(1);
    });

    it('confirms a cancellation whose answer was lost by re-reading the order', async () => {
      const created = await rig.adapter.createReservation(stay());
      rig.fake.fail('order_histories', { kind: 'commitThen500' });

      await expect(rig.adapter.cancelReservation(TENANT, created.reference)).resolves.toMatchObject({
        status: 'cancelled',
      });
    });

    it('reports a cancellation QloApps accepted but did not apply as unavailable', async () => {
      const created = await rig.adapter.createReservation(stay());
      rig.fake.fail('order_histories', { kind: 'acceptWithoutApplying' });

      await expect(rig.adapter.cancelReservation(TENANT, created.reference)).rejects.toThrow(
        /accepted the cancellation .* but the order is in state 1/,
      );
    });

    it('rejects a cancellation QloApps refuses, and reports one it cannot be asked as unavailable', async () => {
      const created = await rig.adapter.createReservation(stay());
      rig.fake.fail('order_histories', { kind: 'badRequest', errors: [[85, 'Invalid order state']] });
      await expect(rig.adapter.cancelReservation(TENANT, created.reference)).rejects.toMatchObject({
        reason: 'rejected',
      });
      rig.fake.fail('order_histories', { kind: 'html500' });
      await expect(rig.adapter.cancelReservation(TENANT, created.reference)).rejects.toBeInstanceOf(
        PmsUnavailableError,
      );
      expect(rig.fake.hotel.orders.get(42)?.state).toBe(1);
    });

    it('rejects cancelling an unknown reference as unknown_reference', async () => {
      await expect(rig.adapter.cancelReservation(TENANT, 'NOSUCHREF')).rejects.toMatchObject({
        reason: 'unknown_reference',
      });
    });
  });
});

import { type QloAppsRig, startQloAppsRig, stay, TENANT } from '../../../test/support/qloapps-kit';
import { waitFor } from '../../../test/support/wait';
import { PmsRejectedError, PmsUnavailableError } from '../pms.errors';
import { sourceToken } from './qloapps-booking';

const attemptKey = (idempotencyKey: string): string => `pms:${TENANT}:qloapps:attempt:${idempotencyKey}`;

describe('QloAppsAdapter.createReservation', () => {
  let rig: QloAppsRig;
  const posts = (): number => rig.fake.requestsTo('POST', 'bookings').length;
  const sourceLookups = (): number =>
    rig.fake.requestsTo('GET', 'orders').filter((r) => r.query['filter[source]'] !== undefined).length;

  beforeEach(async () => {
    rig = await startQloAppsRig();
  });

  afterEach(async () => {
    await rig.close();
  });

  it('books one room paid at the hotel, then reads the order for its reference and state', async () => {
    const reservation = await rig.adapter.createReservation(stay());

    const order = rig.fake.hotel.orders.get(42);
    expect(reservation).toEqual({
      reference: order?.reference,
      status: 'confirmed',
      roomTypeId: '2',
      checkIn: '2026-12-12',
      checkOut: '2026-12-15',
      guests: 2,
      guestName: 'Ana García 🌞',
      total: 359.7,
      currency: 'EUR',
    });
    const [post] = rig.fake.requestsTo('POST', 'bookings');
    expect(post.headers['content-type']).toBe('application/json');
    expect(JSON.parse(post.body)).toMatchObject({
      booking: {
        id_property: 1,
        currency: 'EUR',
        booking_status: 1,
        payment_status: 3,
        source: sourceToken('wamid.HBgLMzQ2MTE'),
        associations: {
          customer_detail: { firstname: 'Ana', lastname: 'García', phone: '+34611111111' },
          room_types: [{ id_room_type: 2, number_of_rooms: 1, rooms: [{ adults: 2, adult: 2, child: 0 }] }],
        },
      },
    });
    // No e-mail from a WhatsApp guest: a placeholder that can never receive mail.
    expect(order?.customer.email).toMatch(/^guest-[0-9a-f]{12}@guest\.invalid$/);
    expect(rig.fake.requestsTo('GET', 'orders').map((r) => r.id)).toEqual(['42']);
    expect(sourceLookups()).toBe(0);
  });

  it('books once for the same idempotency key and answers the repeat with the same reference', async () => {
    const first = await rig.adapter.createReservation(stay());
    const second = await rig.adapter.createReservation(stay());

    expect(second).toEqual(first);
    expect(posts()).toBe(1);
    expect(rig.fake.hotel.orders.size).toBe(1);
  });

  it('refreshes the state of a repeated key from the order, so a cancelled booking says so', async () => {
    await rig.adapter.createReservation(stay());
    rig.fake.hotel.orders.get(42)!.state = 6;

    await expect(rig.adapter.createReservation(stay())).resolves.toMatchObject({ status: 'cancelled' });
    expect(posts()).toBe(1);
  });

  it('rejects a sold-out room as no_availability and forgets the attempt', async () => {
    await rig.adapter.createReservation(stay({ roomTypeId: '4', idempotencyKey: 'first' }));

    const outcome = rig.adapter.createReservation(stay({ roomTypeId: '4', idempotencyKey: 'second' }));

    await expect(outcome).rejects.toBeInstanceOf(PmsRejectedError);
    await expect(outcome).rejects.toMatchObject({ reason: 'no_availability' });
    expect(await rig.store.get(attemptKey('second'))).toBeNull();
  });

  it('rejects any other 400 as rejected, not as sold out, though QloApps codes it 404 too', async () => {
    rig.fake.fail('bookings', {
      kind: 'badRequest',
      errors: [
        [127, 'Invalid request.'],
        [404, 'Customer details not found.'],
      ],
    });
    const outcome = rig.adapter.createReservation(stay());
    await expect(outcome).rejects.toMatchObject({ reason: 'rejected' });
    await expect(outcome).rejects.toThrow(/\[127\] Invalid request\.; \[404\] Customer details not found\./);
  });

  it('finds a booking that committed before a 500 by its source, without posting again', async () => {
    rig.fake.fail('bookings', { kind: 'commitThen500' });

    const reservation = await rig.adapter.createReservation(stay());

    expect(reservation.reference).toBe(rig.fake.hotel.orders.get(42)?.reference);
    expect(posts()).toBe(1);
    const [lookup] = rig.fake.requestsTo('GET', 'orders').filter((r) => r.query['filter[source]']);
    expect(lookup.query).toMatchObject({
      'filter[source]': `[${sourceToken('wamid.HBgLMzQ2MTE')}]`,
      display: '[id,reference,current_state]',
    });
    await expect(rig.adapter.createReservation(stay())).resolves.toEqual(reservation);
    expect(posts()).toBe(1);
  });

  it('looks up first when a create timed out and is retried, and books no second time', async () => {
    rig.fake.fail('bookings', { kind: 'slow', ms: 400 });

    const first = rig.adapter.createReservation(stay(), AbortSignal.timeout(100));
    await expect(first).rejects.toBeInstanceOf(PmsUnavailableError);
    expect(sourceLookups()).toBe(1);
    await waitFor(() => rig.fake.hotel.orders.size === 1, 2_000, 'the slow create to commit');

    const retried = await rig.adapter.createReservation(stay());

    expect(retried.reference).toBe(rig.fake.hotel.orders.get(42)?.reference);
    expect(posts()).toBe(1);
    expect(sourceLookups()).toBe(2);
    expect(rig.fake.hotel.orders.size).toBe(1);
  });

  it('creates on the retry when the lookup shows the failed create never happened', async () => {
    rig.fake.fail('bookings', { kind: 'html500' });
    await expect(rig.adapter.createReservation(stay())).rejects.toBeInstanceOf(PmsUnavailableError);
    expect(rig.fake.hotel.orders.size).toBe(0);

    await expect(rig.adapter.createReservation(stay())).resolves.toMatchObject({ status: 'confirmed' });

    expect(posts()).toBe(2);
    expect(sourceLookups()).toBe(2);
    expect(rig.fake.hotel.orders.size).toBe(1);
  });

  it('does not post while the outcome of an earlier attempt cannot be looked up', async () => {
    rig.fake.fail('bookings', { kind: 'html500' });
    rig.fake.fail('orders', { kind: 'html500' }, 2);
    await expect(rig.adapter.createReservation(stay())).rejects.toBeInstanceOf(PmsUnavailableError);

    await expect(rig.adapter.createReservation(stay())).rejects.toBeInstanceOf(PmsUnavailableError);

    expect(posts()).toBe(1);
  });

  it('keeps the order id once QloApps gave it, so a failed order read costs no second booking', async () => {
    rig.fake.fail('orders', { kind: 'html500' });
    await expect(rig.adapter.createReservation(stay())).rejects.toBeInstanceOf(PmsUnavailableError);

    await expect(rig.adapter.createReservation(stay())).resolves.toMatchObject({ status: 'confirmed' });

    expect(posts()).toBe(1);
    expect(sourceLookups()).toBe(0);
  });

  it('treats an unreadable attempt record as an unknown outcome and looks before it books', async () => {
    await rig.store.set(attemptKey('wamid.HBgLMzQ2MTE'), '{not json');

    await expect(rig.adapter.createReservation(stay())).resolves.toMatchObject({ status: 'confirmed' });

    expect(sourceLookups()).toBe(1);
    expect(posts()).toBe(1);
  });

  it('refuses a room type id QloApps cannot have and a name without letters, before any call', async () => {
    await expect(rig.adapter.createReservation(stay({ roomTypeId: 'doble' }))).rejects.toMatchObject({
      reason: 'unknown_room_type',
    });
    await expect(rig.adapter.createReservation(stay({ guestName: '🌞🌞' }))).rejects.toMatchObject({
      reason: 'invalid_request',
    });
    expect(rig.fake.requests).toHaveLength(0);
  });
});

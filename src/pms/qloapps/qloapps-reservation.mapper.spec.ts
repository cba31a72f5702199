import fc from 'fast-check';
import { fixture } from '../../../test/support/fake-qloapps-hotel';
import { PmsUnavailableError } from '../pms.errors';
import {
  readBookedOrderId,
  readBooking,
  readOrder,
  readOrderSummaries,
  reservationStatus,
  toReservation,
} from './qloapps-reservation.mapper';

const load = (name: string): unknown => JSON.parse(fixture(name));

describe('reading QloApps bookings and orders', () => {
  it('reads a booking read-back: order id, room type, dates, guests, name and total with tax', () => {
    expect(readBookedOrderId(load('booking.json'))).toBe(42);
    expect(readBooking(load('booking.json'))).toEqual({
      orderId: 42,
      hotelId: 1,
      currency: 'EUR',
      roomTypeId: '2',
      checkIn: '2026-12-12',
      checkOut: '2026-12-15',
      guests: 2,
      guestName: 'Ana García',
      totalWithTax: 359.7,
    });
  });

  it('reads an order’s reference, state and total from numeric strings', () => {
    expect(readOrder(load('order.json'))).toEqual({
      id: 42,
      reference: 'XKBKNABJK',
      state: 1,
      totalWithTax: 359.7,
    });
  });

  it('reads order searches, the bare [] meaning none', () => {
    expect(readOrderSummaries(load('orders-by-source.json'))).toEqual([
      { id: 42, reference: 'XKBKNABJK', state: 1 },
    ]);
    expect(readOrderSummaries(load('empty-list.json'))).toEqual([]);
    expect(
      readOrderSummaries({ orders: { 9: { id: '9', reference: 'B' }, 3: { id: 3, reference: 'A' } } }),
    ).toMatchObject([{ id: 3 }, { id: 9 }]);
  });

  it('makes a reservation from the booking’s content and the order’s reference and state', () => {
    const reservation = toReservation(
      readBooking(load('booking.json')),
      readOrder(load('order.json')),
      'USD',
    );
    expect(reservation).toEqual({
      reference: 'XKBKNABJK',
      status: 'confirmed',
      roomTypeId: '2',
      checkIn: '2026-12-12',
      checkOut: '2026-12-15',
      guests: 2,
      guestName: 'Ana García',
      total: 359.7,
      currency: 'EUR',
    });
  });

  it('takes the order’s total with tax when the booking has no price details', () => {
    const booking = { ...readBooking(load('booking.json')), totalWithTax: undefined };
    const order = { ...readOrder(load('order.json')), totalWithTax: 400 };
    expect(toReservation(booking, order, 'EUR').total).toBe(400);
    expect(() => toReservation(booking, { ...order, totalWithTax: undefined }, 'EUR')).toThrow(
      PmsUnavailableError,
    );
  });

  it.each([
    [1, 'confirmed'],
    [2, 'confirmed'],
    [3, 'confirmed'],
    [8, 'confirmed'],
    [9, 'confirmed'],
    [10, 'confirmed'],
    [4, 'cancelled'],
    [5, 'cancelled'],
    [6, 'cancelled'],
    [7, 'pending'],
    [11, 'pending'],
    [12, 'pending'],
    [99, 'pending'],
    [undefined, 'pending'],
  ])('reads order state %p as %p', (state, status) => {
    expect(reservationStatus(state)).toBe(status);
  });

  it.each([
    { case: 'an order without reference', read: () => readOrder({ order: { id: 1 } }) },
    { case: 'an HTML page as an order', read: () => readOrder('<html/>') },
    { case: 'a search answer without orders', read: () => readOrderSummaries({ errors: [] }) },
    { case: 'a booking without dates', read: () => readBooking({ booking: { id: 1, associations: {} } }) },
    { case: 'a create answer without id', read: () => readBookedOrderId({ booking: {} }) },
  ])('refuses $case with PmsUnavailableError', ({ read }) => {
    expect(read).toThrow(PmsUnavailableError);
  });

  it('never throws anything but PmsUnavailableError, whatever JSON arrives', () => {
    const readers = [readBooking, readOrder, readOrderSummaries, readBookedOrderId];
    const loose = fc.oneof(fc.jsonValue(), fc.constantFrom('42', 'ABC', '2026-12-12 00:00:00', 0, -3));
    const booking = fc.record({
      booking: fc.dictionary(
        fc.constantFrom('id', 'id_property', 'currency', 'associations'),
        fc.oneof(
          loose,
          fc.record({ room_types: fc.array(fc.dictionary(fc.string(), loose)), customer_detail: loose }),
        ),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), booking), (value) => {
        for (const read of readers) {
          try {
            read(value);
          } catch (error) {
            expect(error).toBeInstanceOf(PmsUnavailableError);
          }
        }
      }),
    );
  });
});

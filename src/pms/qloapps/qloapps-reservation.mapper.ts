import type { Reservation, ReservationStatus } from '../pms.types';
import {
  garbage,
  isObject,
  readCurrency,
  readDate,
  readEntries,
  readId,
  readNumber,
  readString,
  roundMoney,
} from './qloapps-json';
import { readList } from './qloapps.mapper';

/** Default QloApps order states. */
export const ORDER_STATE_CANCELLED = 4;
/** Cancelled, refunded, error: the rooms are free again. */
const CLOSED_STATES = new Set([4, 5, 6]);
/** Awaiting payment (pay at hotel), paid, processing, partial or remote payment: the room is held. */
const HELD_STATES = new Set([1, 2, 3, 8, 9, 10]);

export interface QloOrder {
  id: number;
  reference: string;
  state: number | undefined;
  /** `total_paid_tax_incl`, when the answer carries it. */
  totalWithTax?: number;
}

export interface QloBooking {
  orderId: number;
  hotelId: number | undefined;
  currency: string | undefined;
  roomTypeId: string;
  checkIn: string;
  checkOut: string;
  guests: number;
  guestName: string;
  totalWithTax?: number;
}

export function isClosedState(state: number | undefined): boolean {
  return state !== undefined && CLOSED_STATES.has(state);
}

/** Overbooking states (7, 11, 12) and states we do not know leave the stay unconfirmed. */
export function reservationStatus(state: number | undefined): ReservationStatus {
  if (isClosedState(state)) return 'cancelled';
  return state !== undefined && HELD_STATES.has(state) ? 'confirmed' : 'pending';
}

function toOrder(raw: unknown): QloOrder {
  if (!isObject(raw)) throw garbage('an order that is not an object');
  const id = readId(raw.id);
  const reference = readString(raw.reference);
  if (id === undefined || !reference) throw garbage('an order without id or reference');
  const total = readNumber(raw.total_paid_tax_incl);
  return {
    id,
    reference,
    state: readId(raw.current_state),
    ...(total === undefined ? {} : { totalWithTax: roundMoney(total) }),
  };
}

/** `GET orders/{id}`. */
export function readOrder(body: unknown): QloOrder {
  return toOrder(isObject(body) ? body.order : undefined);
}

/** `GET orders?filter[...]&display=[id,reference,current_state]`, in id order. */
export function readOrderSummaries(body: unknown): QloOrder[] {
  return readList(body, 'orders')
    .map(toOrder)
    .sort((a, b) => a.id - b.id);
}

/** The order id of the booking a `POST bookings` created. */
export function readBookedOrderId(body: unknown): number {
  const id = isObject(body) && isObject(body.booking) ? readId(body.booking.id) : undefined;
  if (id === undefined) throw garbage('bookings without the booking id');
  return id;
}

/**
 * `GET bookings/{id}` or a create's read-back. Our port holds one room type per reservation: a
 * booking made at the desk with several is read by its first room type.
 */
export function readBooking(body: unknown): QloBooking {
  const booking = isObject(body) ? body.booking : undefined;
  if (!isObject(booking)) throw garbage('bookings without a booking object');
  const associations = isObject(booking.associations) ? booking.associations : {};
  const roomType = (readEntries(associations.room_types) ?? []).find(isObject);
  const orderId = readId(booking.id);
  const roomTypeId = roomType && readId(roomType.id_room_type);
  const checkIn = roomType && readDate(roomType.checkin_date);
  const checkOut = roomType && readDate(roomType.checkout_date);
  if (!orderId || !roomType || !roomTypeId || !checkIn || !checkOut) {
    throw garbage('a booking without its id, room type or dates');
  }
  return {
    orderId,
    hotelId: readId(booking.id_property),
    currency: readCurrency(booking.currency),
    roomTypeId: String(roomTypeId),
    checkIn,
    checkOut,
    guests: countGuests(roomType.rooms),
    guestName: readGuestName(associations.customer_detail),
    ...totalOf(associations.price_details),
  };
}

function countGuests(rooms: unknown): number {
  return (readEntries(rooms) ?? []).reduce<number>((sum, room) => {
    if (!isObject(room)) return sum;
    return sum + (readNumber(room.adults) ?? readNumber(room.adult) ?? 0) + (readNumber(room.child) ?? 0);
  }, 0);
}

function readGuestName(customer: unknown): string {
  if (!isObject(customer)) return '';
  return [readString(customer.firstname), readString(customer.lastname)].filter(Boolean).join(' ');
}

function totalOf(prices: unknown): { totalWithTax?: number } {
  if (!isObject(prices)) return {};
  const withoutTax = readNumber(prices.total_price_without_tax);
  const tax = readNumber(prices.total_tax);
  return withoutTax === undefined || tax === undefined ? {} : { totalWithTax: roundMoney(withoutTax + tax) };
}

/** The reservation as the guest knows it: the booking's content, the order's reference and state. */
export function toReservation(booking: QloBooking, order: QloOrder, currency: string): Reservation {
  const total = booking.totalWithTax ?? order.totalWithTax;
  if (total === undefined) throw garbage('a booking without a total');
  return {
    reference: order.reference,
    status: reservationStatus(order.state),
    roomTypeId: booking.roomTypeId,
    checkIn: booking.checkIn,
    checkOut: booking.checkOut,
    guests: booking.guests,
    guestName: booking.guestName,
    total,
    currency: booking.currency ?? currency,
  };
}

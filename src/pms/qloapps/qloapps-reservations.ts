import type { Store } from '../../storage/store.port';
import { PmsRejectedError, PmsUnavailableError } from '../pms.errors';
import type { Reservation, ReservationRequest } from '../pms.types';
import type { QloAppsClient } from './qloapps.client';
import { bodyOf, type QloAppsOrders, send } from './qloapps-orders';
import { type CreateAttempt, QloAppsRecords } from './qloapps-records';
import {
  type QloBooking,
  type QloOrder,
  readBookedOrderId,
  readBooking,
  reservationStatus,
  toReservation,
} from './qloapps-reservation.mapper';

/** The lookup after an unknown outcome gets its own short deadline: the caller's may be what expired. */
export const LOOKUP_TIMEOUT_MS = 5_000;
const REFERENCE = /^[A-Z0-9]{1,32}$/;

export interface FoundReservation {
  orderId: number;
  booking: QloBooking;
  order: QloOrder;
  reservation: Reservation;
}

export interface ReservationSettings {
  tenantId: string;
  hotelId: number;
  currency: string;
}

/**
 * Creates and finds bookings. QloApps has no idempotency: a retried POST books twice. So every create
 * is recorded before it is sent, carries a `source` token, and an attempt whose outcome is unknown
 * is looked up by that token before anything is sent again.
 */
export class QloAppsReservations {
  private readonly records: QloAppsRecords;

  constructor(
    private readonly client: QloAppsClient,
    private readonly orders: QloAppsOrders,
    store: Store,
    private readonly settings: ReservationSettings,
  ) {
    this.records = new QloAppsRecords(store, settings.tenantId);
  }

  async create(
    request: ReservationRequest,
    body: unknown,
    source: string,
    signal?: AbortSignal,
  ): Promise<Reservation> {
    const key = request.idempotencyKey;
    const attempt = await this.records.readAttempt(key);
    if (attempt?.state === 'done') return this.refreshed(attempt, signal);
    if (attempt?.state === 'pending') {
      const orderId = attempt.orderId ?? (await this.orders.findBySource(source, signal))?.id;
      if (orderId) return this.complete(request, orderId, undefined, signal);
    }
    await this.records.saveAttempt(key, { state: 'pending' });
    const created = await this.post(key, body, source, signal);
    return this.complete(request, created.orderId, created.booking, signal);
  }

  /** The reservation behind a reference the guest quotes; PmsRejectedError when there is none. */
  async find(reference: string, signal?: AbortSignal): Promise<FoundReservation> {
    const wanted = reference.trim().toUpperCase();
    // Checked before it goes into a filter, where `[`, `|` or `%` would change the query.
    if (!REFERENCE.test(wanted)) throw unknownReference(reference);
    const orderId = (await this.records.orderIdFor(wanted)) ?? (await this.lookUpReference(wanted, signal));
    const [booking, order] = await Promise.all([
      this.orders.fetchBooking(orderId, signal),
      this.orders.fetchOrder(orderId, signal),
    ]);
    const isOurs = booking?.hotelId === undefined || booking.hotelId === this.settings.hotelId;
    if (!booking || !order || order.reference.toUpperCase() !== wanted || !isOurs) {
      throw unknownReference(reference);
    }
    return { orderId, booking, order, reservation: this.toReservation(booking, order) };
  }

  toReservation(booking: QloBooking, order: QloOrder): Reservation {
    return toReservation(booking, order, this.settings.currency);
  }

  private async post(
    key: string,
    body: unknown,
    source: string,
    signal?: AbortSignal,
  ): Promise<{ orderId: number; booking?: QloBooking }> {
    try {
      const answer = await send(this.client, {
        method: 'POST',
        path: 'bookings',
        body: { json: body },
        signal,
      });
      const readBack = bodyOf(answer, 'bookings');
      return { orderId: readBookedOrderId(readBack), booking: tryReadBooking(readBack) };
    } catch (error) {
      if (error instanceof PmsRejectedError) {
        await this.records.clearAttempt(key);
        throw error;
      }
      // A timeout, a 5xx or a lost connection: the booking may exist (a PHP notice can turn a committed
      // create into a 500). Look once now; if it is not there, the attempt stays pending and the next
      // try looks again before it sends anything.
      const found = await this.orders
        .findBySource(source, AbortSignal.timeout(LOOKUP_TIMEOUT_MS))
        .catch(() => undefined);
      if (!found) throw error;
      return { orderId: found.id };
    }
  }

  private async complete(
    request: ReservationRequest,
    orderId: number,
    booked: QloBooking | undefined,
    signal?: AbortSignal,
  ): Promise<Reservation> {
    const key = request.idempotencyKey;
    // The booking exists whatever the store says: losing these writes only costs a later lookup.
    await this.records.saveAttempt(key, { state: 'pending', orderId }).catch(() => undefined);
    const [booking, order] = await Promise.all([
      booked ?? this.orders.fetchBooking(orderId, signal),
      this.orders.fetchOrder(orderId, signal),
    ]);
    if (!booking || !order) throw new PmsUnavailableError(`QloApps does not show order ${orderId} yet.`);
    // The name the guest gave, not its cleaned, split form in QloApps.
    const reservation = { ...this.toReservation(booking, order), guestName: request.guestName };
    await Promise.all([
      this.records.saveAttempt(key, { state: 'done', orderId, reservation }),
      this.records.rememberReference(order.reference, orderId),
    ]).catch(() => undefined);
    return reservation;
  }

  /** A booked key answers from the record; the order's state is re-read when QloApps answers. */
  private async refreshed(
    attempt: Extract<CreateAttempt, { state: 'done' }>,
    signal?: AbortSignal,
  ): Promise<Reservation> {
    const order = await this.orders.fetchOrder(attempt.orderId, signal).catch(() => undefined);
    return order ? { ...attempt.reservation, status: reservationStatus(order.state) } : attempt.reservation;
  }

  private async lookUpReference(reference: string, signal?: AbortSignal): Promise<number> {
    const order = await this.orders.findByReference(reference, signal);
    if (!order) throw unknownReference(reference);
    await this.records.rememberReference(order.reference, order.id).catch(() => undefined);
    return order.id;
  }
}

function tryReadBooking(body: unknown): QloBooking | undefined {
  try {
    return readBooking(body);
  } catch {
    return undefined;
  }
}

function unknownReference(reference: string): PmsRejectedError {
  return new PmsRejectedError('unknown_reference', `No reservation with reference ${reference}.`);
}

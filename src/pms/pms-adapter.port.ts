import type {
  Availability,
  AvailabilityQuery,
  Reservation,
  ReservationRequest,
  RoomTypeInfo,
} from './pms.types';

/**
 * The hotel's Property Management System: the source of truth for rooms, rates and bookings.
 * Adapters (local, QloApps) implement it; ResilientPms wraps them with validation, timeouts,
 * retries, a circuit breaker per tenant and an availability cache. Errors are PmsUnavailableError
 * (try later), PmsRejectedError (a business "no") and PmsInvalidRequestError (bad input).
 */
export abstract class PmsAdapter {
  /** Room types with rooms free on every night of the stay, for the party size. */
  abstract checkAvailability(query: AvailabilityQuery, signal?: AbortSignal): Promise<Availability>;
  abstract getRoomTypes(tenantId: string, signal?: AbortSignal): Promise<RoomTypeInfo[]>;
  /** Books one room for the stay; the same idempotency key never books twice. */
  abstract createReservation(request: ReservationRequest, signal?: AbortSignal): Promise<Reservation>;
  abstract getReservation(tenantId: string, reference: string, signal?: AbortSignal): Promise<Reservation>;
  /** Cancels; a second cancel is rejected (already cancelled). */
  abstract cancelReservation(tenantId: string, reference: string, signal?: AbortSignal): Promise<Reservation>;
}

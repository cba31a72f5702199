import type { LocalizedText } from '../tenants/tenant';

/** Dates are `YYYY-MM-DD` in the hotel's calendar; check-out is the morning the guest leaves. */
export interface StayDates {
  checkIn: string;
  checkOut: string;
}

export interface AvailabilityQuery extends StayDates {
  tenantId: string;
  guests: number;
  roomTypeId?: string;
}

export interface RoomOffer {
  roomTypeId: string;
  name: LocalizedText;
  maxGuests: number;
  /** Rooms free on every night of the stay. */
  roomsLeft: number;
  /** Average price of one night. */
  nightlyRate: number;
  /** The whole stay, one room. */
  total: number;
  currency: string;
}

export interface Availability {
  offers: RoomOffer[];
  /** When the PMS produced this answer (ISO 8601). */
  checkedAt: string;
  /** True when the PMS could not be asked and this is an earlier (cached) answer. */
  stale: boolean;
}

export interface RoomTypeInfo {
  id: string;
  name: LocalizedText;
  maxGuests: number;
  /** Base nightly rate, when the PMS publishes one. */
  rate?: number;
  currency: string;
  photos: readonly string[];
}

export interface GuestContact {
  phone?: string;
  email?: string;
}

export interface ReservationRequest extends StayDates {
  tenantId: string;
  roomTypeId: string;
  guests: number;
  guestName: string;
  contact: GuestContact;
  /** The same key books once: a retry returns the reservation made the first time. */
  idempotencyKey: string;
}

export type ReservationStatus = 'confirmed' | 'pending' | 'cancelled';

export interface Reservation extends StayDates {
  /** What the guest sees and quotes back. */
  reference: string;
  status: ReservationStatus;
  roomTypeId: string;
  guests: number;
  guestName: string;
  total: number;
  currency: string;
}

export type PmsOperation =
  'checkAvailability' | 'getRoomTypes' | 'createReservation' | 'getReservation' | 'cancelReservation';

import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { Store } from '../../storage/store.port';
import type { RoomType, Tenant } from '../../tenants/tenant';
import { TenantRegistry } from '../../tenants/tenant-registry';
import { PmsAdapter } from '../pms-adapter.port';
import { PmsRejectedError } from '../pms.errors';
import type {
  Availability,
  AvailabilityQuery,
  Reservation,
  ReservationRequest,
  RoomTypeInfo,
} from '../pms.types';
import { stayNights } from '../stay-validation';
import { bookScript, cancelScript } from './local-pms.scripts';
import { newReference, normaliseReference } from './reservation-reference';

const DAY_MS = 86_400_000;
/** Inventory counters outlive their night by a month; reservations stay readable for a year. */
const INVENTORY_GRACE_MS = 30 * DAY_MS;
const RESERVATION_GRACE_MS = 365 * DAY_MS;
const REFERENCE_ATTEMPTS = 5;

interface StoredReservation extends Reservation {
  contact: ReservationRequest['contact'];
  idempotencyKey: string;
  createdAt: string;
  cancelledAt?: string;
}

/**
 * The embedded PMS (and the demo hotel's): room types, rates and room counts from the tenant file,
 * booked rooms per night in the store. A booking takes every night at once (one script), so the last
 * room is sold exactly once across replicas.
 */
@Injectable()
export class LocalPmsAdapter extends PmsAdapter {
  constructor(
    private readonly store: Store,
    private readonly tenants: TenantRegistry,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    super();
  }

  async checkAvailability(query: AvailabilityQuery, signal?: AbortSignal): Promise<Availability> {
    signal?.throwIfAborted();
    const tenant = await this.tenants.require(query.tenantId);
    const types = query.roomTypeId ? [roomTypeOf(tenant, query.roomTypeId)] : tenant.roomTypes;
    const nights = stayNights(query);
    const booked = await this.store.getMany(
      types.flatMap((type) => nights.map((night) => inventoryKey(tenant.id, type.id, night))),
    );
    const offers = types.flatMap((type, i) => {
      const busiest = Math.max(
        ...booked.slice(i * nights.length, (i + 1) * nights.length).map((count) => Number(count ?? '0')),
      );
      const roomsLeft = type.rooms - busiest;
      if (roomsLeft <= 0 || type.maxGuests < query.guests) return [];
      return [
        {
          roomTypeId: type.id,
          name: type.name,
          maxGuests: type.maxGuests,
          roomsLeft,
          nightlyRate: type.rate,
          total: roundMoney(type.rate * nights.length),
          currency: tenant.currency,
        },
      ];
    });
    return { offers, checkedAt: this.clock.date().toISOString(), stale: false };
  }

  async getRoomTypes(tenantId: string): Promise<RoomTypeInfo[]> {
    const tenant = await this.tenants.require(tenantId);
    return tenant.roomTypes.map((type) => ({
      id: type.id,
      name: type.name,
      maxGuests: type.maxGuests,
      rate: type.rate,
      currency: tenant.currency,
      photos: type.photos,
    }));
  }

  async createReservation(request: ReservationRequest, signal?: AbortSignal): Promise<Reservation> {
    signal?.throwIfAborted();
    const tenant = await this.tenants.require(request.tenantId);
    const type = roomTypeOf(tenant, request.roomTypeId);
    if (request.guests > type.maxGuests) {
      throw new PmsRejectedError('rejected', `${type.id} holds at most ${type.maxGuests} guests.`);
    }
    const nights = stayNights(request);
    const now = this.clock.now();
    const checkOutMs = Date.parse(`${request.checkOut}T00:00:00Z`);
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      const stored: StoredReservation = {
        reference: newReference(),
        status: 'confirmed',
        roomTypeId: type.id,
        checkIn: request.checkIn,
        checkOut: request.checkOut,
        guests: request.guests,
        guestName: request.guestName,
        total: roundMoney(type.rate * nights.length),
        currency: tenant.currency,
        contact: request.contact,
        idempotencyKey: request.idempotencyKey,
        createdAt: new Date(now).toISOString(),
      };
      const reply = await this.store.run(
        bookScript,
        [
          idempotencyKey(tenant.id, request.idempotencyKey),
          reservationKey(tenant.id, stored.reference),
          ...nights.map((night) => inventoryKey(tenant.id, type.id, night)),
        ],
        [
          type.rooms,
          JSON.stringify(stored),
          stored.reference,
          this.config.dedupTtlS * 1000,
          checkOutMs + INVENTORY_GRACE_MS,
          Math.max(DAY_MS, checkOutMs + RESERVATION_GRACE_MS - now),
        ],
      );
      if (reply.outcome === 'booked') return toReservation(stored);
      if (reply.outcome === 'duplicate') return this.getReservation(tenant.id, reply.reference);
      if (reply.outcome === 'sold_out') {
        throw new PmsRejectedError('no_availability', `No ${type.id} is free on ${nights[reply.night - 1]}.`);
      }
    }
    throw new Error('could not draw an unused booking reference');
  }

  async getReservation(tenantId: string, reference: string): Promise<Reservation> {
    return toReservation(await this.read(tenantId, reference));
  }

  async cancelReservation(tenantId: string, reference: string, signal?: AbortSignal): Promise<Reservation> {
    for (let attempt = 0; attempt < 3; attempt++) {
      signal?.throwIfAborted();
      const stored = await this.read(tenantId, reference);
      if (stored.status === 'cancelled')
        throw new PmsRejectedError('already_cancelled', `${stored.reference} is already cancelled.`);
      const cancelled: StoredReservation = {
        ...stored,
        status: 'cancelled',
        cancelledAt: this.clock.date().toISOString(),
      };
      const outcome = await this.store.run(
        cancelScript,
        [
          reservationKey(tenantId, stored.reference),
          ...stayNights(stored).map((night) => inventoryKey(tenantId, stored.roomTypeId, night)),
        ],
        [JSON.stringify(stored), JSON.stringify(cancelled)],
      );
      if (outcome === 'cancelled') return toReservation(cancelled);
      if (outcome === 'missing') break;
      // 'changed': someone else cancelled or touched it meanwhile; read it again.
    }
    throw new PmsRejectedError('unknown_reference', `No reservation ${normaliseReference(reference)}.`);
  }

  private async read(tenantId: string, reference: string): Promise<StoredReservation> {
    const raw = await this.store.get(reservationKey(tenantId, normaliseReference(reference)));
    if (!raw)
      throw new PmsRejectedError('unknown_reference', `No reservation ${normaliseReference(reference)}.`);
    return JSON.parse(raw) as StoredReservation;
  }
}

function roomTypeOf(tenant: Tenant, roomTypeId: string): RoomType {
  const type = tenant.roomTypes.find((candidate) => candidate.id === roomTypeId);
  if (!type) throw new PmsRejectedError('unknown_room_type', `The hotel has no room type ${roomTypeId}.`);
  return type;
}

function toReservation(stored: StoredReservation): Reservation {
  const { reference, status, roomTypeId, checkIn, checkOut, guests, guestName, total, currency } = stored;
  return { reference, status, roomTypeId, checkIn, checkOut, guests, guestName, total, currency };
}

function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}

function inventoryKey(tenantId: string, roomTypeId: string, night: string): string {
  return `pms:${tenantId}:inventory:${roomTypeId}:${night}`;
}

function reservationKey(tenantId: string, reference: string): string {
  return `pms:${tenantId}:reservation:${reference}`;
}

function idempotencyKey(tenantId: string, key: string): string {
  return `pms:${tenantId}:idempotency:${key}`;
}

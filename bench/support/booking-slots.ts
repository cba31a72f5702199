import type { Redis } from 'ioredis';
import { newReference } from '../../src/pms/local/reservation-reference';
import type { ReservationRequest } from '../../src/pms/pms.types';
import { stayNights } from '../../src/pms/stay-validation';
import type { RoomType, Tenant } from '../../src/tenants/tenant';

const DAY_MS = 86_400_000;
/** Far enough ahead that no stay is in the past; the bench books forward from here. */
const FIRST_NIGHT_MS = Date.parse('2028-01-01T00:00:00Z');
/** As the local PMS keeps a reservation: a year past check-out. */
const RESERVATION_GRACE_MS = 365 * DAY_MS;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Every room of the hotel on every night, one booking each: booking n takes room slot n % rooms on
 * night n / rooms (1-night stays, the room types in proportion to their rooms). No booking ever finds
 * its night sold out, so every one does the full write, and none is refused as a cheap "no".
 */
export class BookingSlots {
  private readonly slots: RoomType[];
  private next = 0;

  constructor(
    private readonly tenant: Tenant,
    private readonly runId: string,
  ) {
    this.slots = tenant.roomTypes.flatMap((type) => Array.from({ length: type.rooms }, () => type));
  }

  /** The next free slot as a booking request, with an idempotency key never used before. */
  take(): ReservationRequest {
    const n = this.next++;
    const type = this.slots[n % this.slots.length];
    const nightMs = FIRST_NIGHT_MS + Math.floor(n / this.slots.length) * DAY_MS;
    return {
      tenantId: this.tenant.id,
      roomTypeId: type.id,
      checkIn: isoDay(nightMs),
      checkOut: isoDay(nightMs + DAY_MS),
      guests: 1,
      guestName: 'Bench Guest',
      contact: { phone: '+34600000000' },
      idempotencyKey: `bench-${this.runId}-${n}`,
    };
  }

  /** Bookings handed out so far, warm-up included. */
  get taken(): number {
    return this.next;
  }

  /** The last night booked so far, to show how far ahead the bench went. */
  get lastNight(): string {
    return isoDay(FIRST_NIGHT_MS + Math.floor(Math.max(0, this.next - 1) / this.slots.length) * DAY_MS);
  }

  /** The stay's price, as the local PMS computes it. */
  quote(request: ReservationRequest): { total: number; currency: string } {
    const rate = this.slots.find((type) => type.id === request.roomTypeId)?.rate ?? 0;
    const total = Math.round(rate * stayNights(request).length * 100) / 100;
    return { total, currency: this.tenant.currency };
  }
}

/**
 * What a hand-written booking would do: INCR each night's counter, then SET the reservation (the same
 * JSON the local PMS stores). Nothing checks the count, nothing is atomic, a retry books twice.
 */
export async function bookNaively(
  client: Redis,
  prefix: string,
  slots: BookingSlots,
  request: ReservationRequest,
): Promise<void> {
  const nights = stayNights(request);
  for (const night of nights) {
    await client.incr(`${prefix}pms:${request.tenantId}:inventory:${request.roomTypeId}:${night}`);
  }
  const reference = newReference();
  const now = Date.now();
  const checkOutMs = Date.parse(`${request.checkOut}T00:00:00Z`);
  const stored = {
    reference,
    status: 'confirmed',
    roomTypeId: request.roomTypeId,
    checkIn: request.checkIn,
    checkOut: request.checkOut,
    guests: request.guests,
    guestName: request.guestName,
    ...slots.quote(request),
    contact: request.contact,
    idempotencyKey: request.idempotencyKey,
    createdAt: new Date(now).toISOString(),
  };
  const ttlMs = Math.max(DAY_MS, checkOutMs + RESERVATION_GRACE_MS - now);
  await client.set(
    `${prefix}pms:${request.tenantId}:reservation:${reference}`,
    JSON.stringify(stored),
    'PX',
    ttlMs,
  );
}

/** Every inventory counter under `prefix`: rooms booked in all, and counters above the type's rooms. */
export async function inventoryTotals(
  client: Redis,
  prefix: string,
  tenant: Tenant,
): Promise<{ booked: number; overbooked: number }> {
  const rooms = new Map(tenant.roomTypes.map((type) => [type.id, type.rooms]));
  const totals = { booked: 0, overbooked: 0 };
  for await (const keys of client.scanStream({
    match: `${prefix}pms:${tenant.id}:inventory:*`,
    count: 1000,
  })) {
    const batch = keys as string[];
    if (batch.length === 0) continue;
    const values = await client.mget(batch);
    for (const [i, key] of batch.entries()) {
      const count = Number(values[i] ?? '0');
      totals.booked += count;
      if (count > (rooms.get(key.split(':').at(-2) ?? '') ?? 0)) totals.overbooked += 1;
    }
  }
  return totals;
}

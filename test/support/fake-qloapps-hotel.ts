import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The state and answers of the fake QloApps (see fake-qloapps.ts for the HTTP side).

export interface FakeAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export interface FakeCall {
  method: string;
  resource: string;
  id?: string;
  query: URLSearchParams;
  body: string;
}

export interface FakeRoomType {
  id: number;
  /** By QloApps language id: 1 English, 2 Spanish. */
  names: { 1: string; 2: string };
  basePrice: number;
  maxAdults: number;
  maxChildren: number;
  maxGuests: number;
  /** Room id → room number. */
  rooms: Array<{ id: number; num: string }>;
}

export interface FakeOrder {
  id: number;
  reference: string;
  state: number;
  source: string;
  roomId: number;
  roomTypeId: number;
  checkIn: string;
  checkOut: string;
  adults: number;
  customer: { firstname: string; lastname: string; email: string; phone?: string };
  totalWithoutTax: number;
  tax: number;
  currency: string;
}

export const TAX_RATE = 0.1;
const FIXTURES = join(__dirname, '..', 'fixtures', 'qloapps');
const FREED_STATES = new Set([4, 5, 6]);

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function json(status: number, value: unknown): FakeAnswer {
  return { status, body: JSON.stringify(value), headers: { 'content-type': 'application/json' } };
}

export function errors(status: number, ...list: Array<[number, string]>): FakeAnswer {
  return json(status, { errors: list.map(([code, message]) => ({ code, message })) });
}

export function defaultRoomTypes(): FakeRoomType[] {
  const rooms = (ids: number[], first: number): FakeRoomType['rooms'] =>
    ids.map((id, i) => ({ id, num: String(first + i) }));
  return [
    {
      id: 1,
      names: { 1: 'Single Room', 2: 'Habitación Individual' },
      basePrice: 79,
      maxAdults: 1,
      maxChildren: 0,
      maxGuests: 1,
      rooms: rooms([1, 2], 101),
    },
    {
      id: 2,
      names: { 1: 'Double Standard', 2: 'Doble Estándar' },
      basePrice: 109,
      maxAdults: 2,
      maxChildren: 1,
      maxGuests: 3,
      rooms: rooms([11, 12, 13], 201),
    },
    {
      id: 4,
      names: { 1: 'Junior Suite', 2: 'Suite Junior' },
      basePrice: 219,
      maxAdults: 3,
      maxChildren: 1,
      maxGuests: 4,
      rooms: rooms([41], 401),
    },
  ];
}

export function nightsOf(checkIn: string, checkOut: string): number {
  return Math.round((Date.parse(`${checkOut}T00:00:00Z`) - Date.parse(`${checkIn}T00:00:00Z`)) / 86_400_000);
}

export function withTax(amount: number): number {
  return Math.round(amount * (1 + TAX_RATE) * 100) / 100;
}

/** Nine letters, as QloApps' order references, from the order id (deterministic for tests). */
function referenceFor(id: number): string {
  let n = id * 7_919 + 104_729;
  let reference = '';
  for (let i = 0; i < 9; i += 1) {
    reference += String.fromCharCode(65 + (n % 26));
    n = Math.floor(n / 26) + (i + 1) * 31;
  }
  return reference;
}

/** One hotel's rooms and orders. */
export class FakeHotel {
  readonly orders = new Map<number, FakeOrder>();
  private nextOrderId = 42;

  constructor(
    readonly hotelId: number,
    readonly roomTypes: FakeRoomType[],
    readonly currency = 'EUR',
  ) {}

  roomType(id: number): FakeRoomType | undefined {
    return this.roomTypes.find((type) => type.id === id);
  }

  /** Rooms of the type free on every night of the stay (orders cancelled, refunded or in error free theirs). */
  freeRooms(type: FakeRoomType, checkIn: string, checkOut: string): FakeRoomType['rooms'] {
    const taken = new Set(
      [...this.orders.values()]
        .filter(
          (order) => !FREED_STATES.has(order.state) && order.checkIn < checkOut && checkIn < order.checkOut,
        )
        .map((order) => order.roomId),
    );
    return type.rooms.filter((room) => !taken.has(room.id));
  }

  addOrder(order: Omit<FakeOrder, 'id' | 'reference' | 'state'>): FakeOrder {
    const id = this.nextOrderId;
    this.nextOrderId += 1;
    const created: FakeOrder = { ...order, id, reference: referenceFor(id), state: 1 };
    this.orders.set(id, created);
    return created;
  }

  /** `GET bookings/{id}`, shaped like the create's read-back. */
  bookingJson(order: FakeOrder): unknown {
    const type = this.roomType(order.roomTypeId);
    const nights = nightsOf(order.checkIn, order.checkOut);
    return {
      booking: {
        id: order.id,
        id_property: this.hotelId,
        currency: order.currency,
        source: order.source,
        booking_date: '2026-11-25 10:00:00',
        id_language: 1,
        associations: {
          customer_detail: { id_customer: 7, ...order.customer },
          price_details: {
            total_paid: 0,
            total_price_without_tax: order.totalWithoutTax,
            total_tax: order.tax,
          },
          cart_rules: [],
          room_types: [
            {
              id_room_type: order.roomTypeId,
              checkin_date: `${order.checkIn} 00:00:00`,
              checkout_date: `${order.checkOut} 00:00:00`,
              total_tax: order.tax,
              number_of_rooms: 1,
              name: type?.names[2] ?? '',
              rooms: [
                {
                  id_room: order.roomId,
                  adults: order.adults,
                  child: 0,
                  child_ages: [],
                  unit_price_without_tax: order.totalWithoutTax / nights,
                  total_tax: order.tax,
                  services: [],
                  facilities: [],
                },
              ],
            },
          ],
          remarks: [],
        },
      },
    };
  }

  /** `GET orders/{id}` fields, as strings the way QloApps sends them. */
  orderJson(order: FakeOrder): Record<string, unknown> {
    const total = (order.totalWithoutTax + order.tax).toFixed(6);
    return {
      id: order.id,
      reference: order.reference,
      id_customer: '7',
      current_state: String(order.state),
      source: order.source,
      payment: 'Pay at hotel',
      total_paid: total,
      total_paid_tax_incl: total,
      total_paid_tax_excl: order.totalWithoutTax.toFixed(6),
      date_add: '2026-11-25 10:00:00',
    };
  }
}

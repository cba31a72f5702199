import { PmsAdapter } from '../../src/pms/pms-adapter.port';
import { PmsRejectedError, PmsUnavailableError } from '../../src/pms/pms.errors';
import type { Availability, Reservation, RoomOffer, RoomTypeInfo } from '../../src/pms/pms.types';

// A PMS holding bookings in memory, for the handlers that look up and cancel them.

export const reservation = (overrides: Partial<Reservation> = {}): Reservation => ({
  reference: 'K7QX2M',
  status: 'confirmed',
  roomTypeId: 'double',
  checkIn: '2026-12-12',
  checkOut: '2026-12-15',
  guests: 2,
  guestName: 'Ana García',
  total: 327,
  currency: 'EUR',
  ...overrides,
});

export class FakePms extends PmsAdapter {
  stored = new Map<string, Reservation>([['K7QX2M', reservation()]]);
  down = false;
  /** Codes whose cancellation finds the PMS down. */
  downFor = new Set<string>();
  cancelled: string[] = [];
  /** What is free, for the tests that go on to book; without it, asking is a test's mistake. */
  offers?: RoomOffer[];
  async checkAvailability(): Promise<Availability> {
    if (!this.offers) throw new Error('not used');
    return { offers: this.offers, checkedAt: '2026-11-25T10:00:00Z', stale: false };
  }
  async getRoomTypes(): Promise<RoomTypeInfo[]> {
    if (this.down) throw new PmsUnavailableError('down');
    return [
      {
        id: 'single',
        name: { es: 'Habitación Individual', en: 'Single Room' },
        maxGuests: 1,
        rate: 79,
        currency: 'EUR',
        photos: [],
      },
      {
        id: 'suite',
        name: { es: 'Suite Junior', en: 'Junior Suite' },
        maxGuests: 4,
        rate: 219,
        currency: 'EUR',
        photos: [],
      },
    ];
  }
  async createReservation(): Promise<never> {
    throw new Error('not used');
  }
  async getReservation(_tenantId: string, reference: string): Promise<Reservation> {
    if (this.down) throw new PmsUnavailableError('down');
    const found = this.stored.get(reference);
    if (!found) throw new PmsRejectedError('unknown_reference', 'no');
    return found;
  }
  async cancelReservation(_tenantId: string, reference: string): Promise<Reservation> {
    if (this.downFor.has(reference)) throw new PmsUnavailableError('down');
    const found = await this.getReservation('demo', reference);
    if (found.status === 'cancelled') throw new PmsRejectedError('already_cancelled', 'already');
    this.cancelled.push(reference);
    return { ...found, status: 'cancelled' };
  }
}

import { Clock } from '../../src/common/clock';
import { QloAppsAdapter, type QloAppsSettings } from '../../src/pms/qloapps/qloapps.adapter';
import type { ReservationRequest } from '../../src/pms/pms.types';
import { MemoryKeyspace } from '../../src/storage/memory-keyspace';
import { MemoryStore } from '../../src/storage/memory.store';
import { FakeQloApps, type FakeQloAppsOptions } from './fake-qloapps';

// A QloApps adapter wired to a fresh fake QloApps and a memory store, for the adapter's specs.

export const TENANT = 'hotel-demo';

export class ManualClock extends Clock {
  constructor(private ms = Date.parse('2026-11-25T10:00:00Z')) {
    super();
  }

  override now(): number {
    return this.ms;
  }

  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface QloAppsRig {
  fake: FakeQloApps;
  store: MemoryStore;
  clock: ManualClock;
  adapter: QloAppsAdapter;
  /** Another adapter on the same fake and store, with some settings changed. */
  adapterWith(overrides: Partial<QloAppsSettings>): QloAppsAdapter;
  close(): Promise<void>;
}

export async function startQloAppsRig(options: FakeQloAppsOptions = {}): Promise<QloAppsRig> {
  const fake = await FakeQloApps.start(options);
  const store = new MemoryStore('test:', new MemoryKeyspace({ maxKeys: 10_000 }));
  const clock = new ManualClock();
  const settings: QloAppsSettings = {
    tenantId: TENANT,
    baseUrl: `${fake.baseUrl}/`,
    apiKey: fake.apiKey,
    hotelId: fake.hotel.hotelId,
    currency: 'EUR',
    languages: ['es', 'en'],
    roomTypes: [
      {
        id: 'doble',
        name: { es: 'Doble', en: 'Double' },
        maxGuests: 2,
        photos: ['https://example.com/doble.jpg'],
      },
      {
        id: '4',
        name: { es: 'Suite', en: 'Suite' },
        maxGuests: 3,
        photos: ['https://example.com/suite.jpg'],
      },
    ],
    requestTimeoutMs: 5_000,
  };
  const adapterWith = (overrides: Partial<QloAppsSettings>): QloAppsAdapter =>
    new QloAppsAdapter({ ...settings, ...overrides }, store, clock);
  return {
    fake,
    store,
    clock,
    adapter: adapterWith({}),
    adapterWith,
    close: async () => {
      store.close();
      await fake.stop();
    },
  };
}

export function stay(overrides: Partial<ReservationRequest> = {}): ReservationRequest {
  return {
    tenantId: TENANT,
    roomTypeId: '2',
    checkIn: '2026-12-12',
    checkOut: '2026-12-15',
    guests: 2,
    guestName: 'Ana García 🌞',
    contact: { phone: '+34 611 111 111' },
    idempotencyKey: 'wamid.HBgLMzQ2MTE',
    ...overrides,
  };
}

export function basicAuth(key: string): string {
  return `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
}

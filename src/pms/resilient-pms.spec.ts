import { PinoLogger } from 'nestjs-pino';
import { Counter, Gauge, Histogram } from 'prom-client';
import { sleep } from '../../test/support/wait';
import { Clock } from '../common/clock';
import { loadConfig, type RawEnvironment } from '../config/load-config';
import { MemoryKeyspace } from '../storage/memory-keyspace';
import { MemoryStore } from '../storage/memory.store';
import { DynamicTenants } from '../tenants/dynamic-tenants';
import { TenantRegistry } from '../tenants/tenant-registry';
import { AvailabilityCache } from './availability-cache';
import { PmsCircuitBreakers } from './circuit-breakers';
import { PmsAdapter } from './pms-adapter.port';
import type { PmsDirectory } from './pms-directory';
import { PmsInvalidRequestError, PmsRejectedError, PmsUnavailableError } from './pms.errors';
import type {
  Availability,
  AvailabilityQuery,
  Reservation,
  ReservationRequest,
  RoomTypeInfo,
} from './pms.types';
import { ResilientPms } from './resilient-pms';

class FakeClock extends Clock {
  offsetMs = 0;
  override now(): number {
    return Date.now() + this.offsetMs;
  }
}

type Behaviour = (signal: AbortSignal) => Promise<unknown>;

/** A PMS whose answers the test scripts, one behaviour per call (the last one repeats). */
class ScriptedPms extends PmsAdapter {
  calls: string[] = [];
  signals: AbortSignal[] = [];
  private script: Behaviour[] = [];

  will(...behaviours: Behaviour[]): this {
    this.script = behaviours;
    return this;
  }

  private next<T>(operation: string, signal?: AbortSignal): Promise<T> {
    this.calls.push(operation);
    if (signal) this.signals.push(signal);
    const behaviour = this.script.length > 1 ? (this.script.shift() as Behaviour) : this.script[0];
    return behaviour(signal ?? new AbortController().signal) as Promise<T>;
  }

  checkAvailability(_q: AvailabilityQuery, s?: AbortSignal): Promise<Availability> {
    return this.next('checkAvailability', s);
  }
  getRoomTypes(_t: string, s?: AbortSignal): Promise<RoomTypeInfo[]> {
    return this.next('getRoomTypes', s);
  }
  createReservation(_r: ReservationRequest, s?: AbortSignal): Promise<Reservation> {
    return this.next('createReservation', s);
  }
  getReservation(_t: string, _ref: string, s?: AbortSignal): Promise<Reservation> {
    return this.next('getReservation', s);
  }
  cancelReservation(_t: string, _ref: string, s?: AbortSignal): Promise<Reservation> {
    return this.next('cancelReservation', s);
  }
}

const answer = (): Availability => ({ offers: [], checkedAt: new Date().toISOString(), stale: false });
const ok =
  (value: unknown = answer()): Behaviour =>
  async () =>
    value;
const down = (): Behaviour => async () => {
  throw new PmsUnavailableError('PMS 500');
};
const soldOut = (): Behaviour => async () => {
  throw new PmsRejectedError('no_availability', 'sold out');
};
const hangsRespectingAbort = (): Behaviour => (signal) =>
  new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('fetch aborted'))));
const hangsForever = (): Behaviour => () => new Promise(() => undefined);

const query: AvailabilityQuery = {
  tenantId: 'demo',
  checkIn: '2027-05-01',
  checkOut: '2027-05-03',
  guests: 2,
};
const request: ReservationRequest = {
  tenantId: 'demo',
  roomTypeId: 'double',
  checkIn: '2027-05-01',
  checkOut: '2027-05-03',
  guests: 2,
  guestName: 'Ana',
  contact: {},
  idempotencyKey: 'k1',
};

function build(env: RawEnvironment = {}) {
  const config = loadConfig({
    PMS_TIMEOUT_MS: '150',
    PMS_RETRIES: '2',
    PMS_BREAKER_VOLUME: '4',
    PMS_BREAKER_ERROR_PCT: '50',
    PMS_BREAKER_RESET_MS: '300',
    PMS_CACHE_TTL_S: '60',
    ...env,
  });
  const logger = new PinoLogger({ pinoHttp: { level: 'silent' } });
  const clock = new FakeClock();
  const adapter = new ScriptedPms();
  const directory: PmsDirectory = { resolve: async () => ({ name: 'fake', adapter }) };
  const requests = new Counter({
    name: 'r',
    help: 'r',
    labelNames: ['adapter', 'operation', 'outcome'],
    registers: [],
  });
  const cacheLookups = new Counter({ name: 'c', help: 'c', labelNames: ['result'], registers: [] });
  const circuit = new Gauge({ name: 'g', help: 'g', labelNames: ['tenant'], registers: [] });
  const breakers = new PmsCircuitBreakers(config, circuit, logger);
  const store = new MemoryStore('t:', new MemoryKeyspace({ maxKeys: 1000 }));
  const pms = new ResilientPms(
    directory,
    breakers,
    new AvailabilityCache(store, config, clock, logger),
    new TenantRegistry(config, new DynamicTenants(store), logger),
    config,
    clock,
    requests,
    new Histogram({ name: 'h', help: 'h', labelNames: ['adapter', 'operation'], registers: [] }),
    cacheLookups,
    logger,
  );
  const count = async (metric: Counter<string>, labels: Record<string, string>): Promise<number> =>
    (await metric.get()).values.find((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x))
      ?.value ?? 0;
  const circuitState = async (): Promise<number | undefined> =>
    (await circuit.get()).values.find((v) => v.labels.tenant === 'demo')?.value;
  return {
    pms,
    adapter,
    clock,
    breakers,
    requests,
    cacheLookups,
    count,
    circuitState,
    close: () => breakers.onModuleDestroy(),
  };
}

describe('ResilientPms', () => {
  let t: ReturnType<typeof build>;
  afterEach(() => t?.close());

  it('validates the stay before any call', async () => {
    t = build();
    await expect(t.pms.checkAvailability({ ...query, checkOut: query.checkIn })).rejects.toBeInstanceOf(
      PmsInvalidRequestError,
    );
    await expect(t.pms.createReservation({ ...request, guests: 0 })).rejects.toBeInstanceOf(
      PmsInvalidRequestError,
    );
    expect(t.adapter.calls).toEqual([]);
  });

  describe('availability cache', () => {
    it('answers a repeated query from the cache until PMS_CACHE_TTL_S passes', async () => {
      t = build();
      t.adapter.will(ok());
      await t.pms.checkAvailability(query);
      await t.pms.checkAvailability(query);
      expect(t.adapter.calls).toHaveLength(1);
      expect(await t.count(t.cacheLookups, { result: 'hit' })).toBe(1);
      t.clock.offsetMs = 61_000;
      await t.pms.checkAvailability(query);
      expect(t.adapter.calls).toHaveLength(2);
    });

    it('serves the last answer marked stale when the PMS is down, and says so in the metric', async () => {
      t = build({ PMS_RETRIES: '0' });
      t.adapter.will(ok({ ...answer(), offers: [{ roomTypeId: 'double' }] }), down());
      await t.pms.checkAvailability(query);
      t.clock.offsetMs = 61_000;
      const stale = await t.pms.checkAvailability(query);
      expect(stale.stale).toBe(true);
      expect(stale.offers).toEqual([{ roomTypeId: 'double' }]);
      expect(await t.count(t.cacheLookups, { result: 'stale' })).toBe(1);
    });

    it('asks the PMS again after a booking or a cancellation made here, however young the cached answer', async () => {
      t = build();
      t.adapter.will(ok(), ok({ reference: 'K7QX2M' }), ok(), ok({ reference: 'K7QX2M' }), ok());
      await t.pms.checkAvailability(query);
      t.clock.offsetMs = 5;
      await t.pms.createReservation(request);
      await t.pms.checkAvailability(query);
      expect(t.adapter.calls.filter((call) => call === 'checkAvailability')).toHaveLength(2);
      t.clock.offsetMs = 10;
      await t.pms.cancelReservation('demo', 'K7QX2M');
      await t.pms.checkAvailability(query);
      expect(t.adapter.calls.filter((call) => call === 'checkAvailability')).toHaveLength(3);
    });

    it('answers PmsUnavailableError when the PMS is down and nothing was cached', async () => {
      t = build({ PMS_RETRIES: '0' });
      t.adapter.will(down());
      await expect(t.pms.checkAvailability(query)).rejects.toBeInstanceOf(PmsUnavailableError);
    });
  });

  describe('retries', () => {
    it('retries a read PMS_RETRIES times, then succeeds', async () => {
      t = build();
      t.adapter.will(down(), down(), ok());
      await expect(t.pms.getRoomTypes('demo')).resolves.toBeDefined();
      expect(t.adapter.calls).toEqual(['getRoomTypes', 'getRoomTypes', 'getRoomTypes']);
    });

    it('gives up on a read after 1 + PMS_RETRIES attempts', async () => {
      t = build();
      t.adapter.will(down());
      await expect(t.pms.getReservation('demo', 'ABC123')).rejects.toBeInstanceOf(PmsUnavailableError);
      expect(t.adapter.calls).toHaveLength(3);
    });

    it('never retries a write', async () => {
      t = build();
      t.adapter.will(down());
      await expect(t.pms.createReservation(request)).rejects.toBeInstanceOf(PmsUnavailableError);
      await expect(t.pms.cancelReservation('demo', 'ABC123')).rejects.toBeInstanceOf(PmsUnavailableError);
      expect(t.adapter.calls).toEqual(['createReservation', 'cancelReservation']);
    });

    it('does not retry a business rejection', async () => {
      t = build();
      t.adapter.will(soldOut());
      await expect(t.pms.getReservation('demo', 'ZZZ')).rejects.toBeInstanceOf(PmsRejectedError);
      expect(t.adapter.calls).toHaveLength(1);
    });
  });

  describe('circuit breaker', () => {
    it('opens after PMS_BREAKER_VOLUME failures, then answers at once without calling the PMS', async () => {
      t = build({ PMS_RETRIES: '0' });
      t.adapter.will(down());
      for (let i = 0; i < 4; i++) await t.pms.getRoomTypes('demo').catch(() => undefined);
      expect(await t.circuitState()).toBe(2);
      const error = await t.pms.getRoomTypes('demo').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PmsUnavailableError);
      expect((error as PmsUnavailableError).circuitOpen).toBe(true);
      expect(t.adapter.calls).toHaveLength(4);
      expect(await t.count(t.requests, { outcome: 'circuit_open' })).toBe(1);
    });

    it('half-opens after PMS_BREAKER_RESET_MS and closes again on a success', async () => {
      t = build({ PMS_RETRIES: '0' });
      t.adapter.will(down(), down(), down(), down(), ok([]));
      for (let i = 0; i < 4; i++) await t.pms.getRoomTypes('demo').catch(() => undefined);
      expect(t.breakers.isOpen('demo')).toBe(true);
      await sleep(350);
      expect(await t.circuitState()).toBe(1);
      await expect(t.pms.getRoomTypes('demo')).resolves.toEqual([]);
      expect(await t.circuitState()).toBe(0);
      expect(t.adapter.calls).toHaveLength(5);
    });

    it('does not count business rejections as failures', async () => {
      t = build({ PMS_RETRIES: '0' });
      t.adapter.will(soldOut());
      for (let i = 0; i < 10; i++) await t.pms.getReservation('demo', 'X').catch(() => undefined);
      expect(t.breakers.isOpen('demo')).toBe(false);
      expect(await t.count(t.requests, { outcome: 'rejected' })).toBe(10);
    });

    it('serves stale availability while open', async () => {
      t = build({ PMS_RETRIES: '0' });
      t.adapter.will(ok(), down());
      await t.pms.checkAvailability(query);
      t.clock.offsetMs = 61_000;
      for (let i = 0; i < 4; i++) await t.pms.getRoomTypes('demo').catch(() => undefined);
      expect(t.breakers.isOpen('demo')).toBe(true);
      const calls = t.adapter.calls.length;
      expect((await t.pms.checkAvailability(query)).stale).toBe(true);
      expect(t.adapter.calls).toHaveLength(calls);
    });
  });

  describe('timeouts', () => {
    it('aborts the call (its signal fires) after PMS_TIMEOUT_MS and answers PmsUnavailableError', async () => {
      t = build({ PMS_RETRIES: '0' });
      t.adapter.will(hangsRespectingAbort());
      await expect(t.pms.getRoomTypes('demo')).rejects.toThrow(/within 150 ms/);
      expect(t.adapter.signals[0].aborted).toBe(true);
      expect(await t.count(t.requests, { outcome: 'timeout' })).toBe(1);
    });

    it('times out even a call that ignores its signal', async () => {
      t = build({ PMS_RETRIES: '0' });
      t.adapter.will(hangsForever());
      await expect(t.pms.createReservation(request)).rejects.toBeInstanceOf(PmsUnavailableError);
    });

    it('passes the caller’s cancellation through without counting it against the PMS', async () => {
      t = build({ PMS_RETRIES: '0', PMS_BREAKER_VOLUME: '1' });
      t.adapter.will(hangsRespectingAbort());
      const caller = new AbortController();
      setTimeout(() => caller.abort(new Error('the guest budget ran out')), 20);
      await expect(t.pms.getRoomTypes('demo', caller.signal)).rejects.toThrow('the guest budget ran out');
      expect(t.breakers.isOpen('demo')).toBe(false);
    });
  });

  it('turns an unexpected adapter error into PmsUnavailableError', async () => {
    t = build({ PMS_RETRIES: '0' });
    t.adapter.will(async () => {
      throw new TypeError('cannot read property of undefined');
    });
    const error = await t.pms.getRoomTypes('demo').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PmsUnavailableError);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });
});

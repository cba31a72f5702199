import type { TestingModule } from '@nestjs/testing';
import { getToken } from '@willsoto/nestjs-prometheus';
import { getLoggerToken, type PinoLogger } from 'nestjs-pino';
import type { Counter, Gauge, Histogram } from 'prom-client';
import { Clock } from '../../src/common/clock';
import type { AppConfig } from '../../src/config/app-config';
import { AvailabilityCache } from '../../src/pms/availability-cache';
import { PmsCircuitBreakers } from '../../src/pms/circuit-breakers';
import { PmsAdapter } from '../../src/pms/pms-adapter.port';
import type { PmsDirectory } from '../../src/pms/pms-directory';
import { PmsUnavailableError } from '../../src/pms/pms.errors';
import {
  PMS_CACHE_TOTAL,
  PMS_CIRCUIT_STATE,
  PMS_REQUEST_DURATION,
  PMS_REQUESTS_TOTAL,
} from '../../src/pms/pms.metrics';
import type {
  Availability,
  AvailabilityQuery,
  Reservation,
  RoomOffer,
  RoomTypeInfo,
} from '../../src/pms/pms.types';
import { ResilientPms } from '../../src/pms/resilient-pms';
import { stayNights } from '../../src/pms/stay-validation';
import { Store } from '../../src/storage/store.port';
import type { Tenant } from '../../src/tenants/tenant';
import { TenantRegistry } from '../../src/tenants/tenant-registry';

/** The benches only ask for availability; any other call is a mistake in the bench. */
function notBenched<T>(operation: string): Promise<T> {
  return Promise.reject(new Error(`${operation} is not part of the bench`));
}

/**
 * What the local PMS would answer for the hotel with every room free, computed without a store: so
 * answers cached from this fake are the same JSON, of the same size, as the real ones.
 */
export function offersFor(tenant: Tenant, query: AvailabilityQuery): RoomOffer[] {
  const nights = stayNights(query).length;
  return tenant.roomTypes
    .filter((type) => type.maxGuests >= query.guests)
    .map((type) => ({
      roomTypeId: type.id,
      name: type.name,
      maxGuests: type.maxGuests,
      roomsLeft: type.rooms,
      nightlyRate: type.rate,
      total: Math.round(type.rate * nights * 100) / 100,
      currency: tenant.currency,
    }));
}

/** A healthy PMS that answers availability at once (the closed-breaker baseline). */
export class InstantPms extends PmsAdapter {
  calls = 0;

  constructor(private readonly tenant: Tenant) {
    super();
  }

  async checkAvailability(query: AvailabilityQuery): Promise<Availability> {
    this.calls += 1;
    return { offers: offersFor(this.tenant, query), checkedAt: new Date().toISOString(), stale: false };
  }
  getRoomTypes(): Promise<RoomTypeInfo[]> {
    return notBenched('getRoomTypes');
  }
  createReservation(): Promise<Reservation> {
    return notBenched('createReservation');
  }
  getReservation(): Promise<Reservation> {
    return notBenched('getReservation');
  }
  cancelReservation(): Promise<Reservation> {
    return notBenched('cancelReservation');
  }
}

/**
 * A PMS that is down: every call rejects at once with PmsUnavailableError (as a 503 would). While the
 * breaker is open it is never called, so how it fails only decides how fast the breaker opens.
 */
export class FailingPms extends PmsAdapter {
  calls = 0;

  checkAvailability(): Promise<Availability> {
    return this.fail();
  }
  getRoomTypes(): Promise<RoomTypeInfo[]> {
    return this.fail();
  }
  createReservation(): Promise<Reservation> {
    return this.fail();
  }
  getReservation(): Promise<Reservation> {
    return this.fail();
  }
  cancelReservation(): Promise<Reservation> {
    return this.fail();
  }

  private async fail<T>(): Promise<T> {
    this.calls += 1;
    throw new PmsUnavailableError('The PMS answered 503 (bench fake).');
  }
}

/** A ResilientPms built by hand over a fake, with the breakers and cache it owns. */
export interface HandBuiltPms {
  pms: ResilientPms;
  breakers: PmsCircuitBreakers;
  cache: AvailabilityCache;
}

/**
 * ResilientPms over `adapter` instead of the tenant's own, as resilient-pms.spec.ts builds it, but on
 * the parts of a compiled PmsModule graph: its Redis store, clock, tenants, metrics and logger. Only
 * the directory (which adapter) and the configuration (breaker, cache TTL) are the bench's own.
 */
export function resilientPmsOver(
  module: TestingModule,
  config: AppConfig,
  adapter: PmsAdapter,
): HandBuiltPms {
  const metric = <T>(name: string): T => module.get<string, T>(getToken(name), { strict: false });
  const logger = module.get<string, PinoLogger>(getLoggerToken('pms'), { strict: false });
  const clock = module.get(Clock, { strict: false });
  const breakers = new PmsCircuitBreakers(config, metric<Gauge<'tenant'>>(PMS_CIRCUIT_STATE), logger);
  const cache = new AvailabilityCache(module.get(Store, { strict: false }), config, clock, logger);
  const directory: PmsDirectory = { resolve: async () => ({ name: 'bench-fake', adapter }) };
  const pms = new ResilientPms(
    directory,
    breakers,
    cache,
    module.get(TenantRegistry, { strict: false }),
    config,
    clock,
    metric<Counter<'adapter' | 'operation' | 'outcome'>>(PMS_REQUESTS_TOTAL),
    metric<Histogram<'adapter' | 'operation'>>(PMS_REQUEST_DURATION),
    metric<Counter<'result'>>(PMS_CACHE_TOTAL),
    logger,
  );
  return { pms, breakers, cache };
}

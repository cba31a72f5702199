import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { Store } from '../storage/store.port';
import type { Availability, AvailabilityQuery } from './pms.types';

/**
 * How long an answer is kept to be served stale when the PMS cannot answer. Beyond it, an honest
 * "cannot check right now" is better than rooms from another day.
 */
const STALE_RETENTION_MS = 6 * 3600 * 1000;

export interface CachedAvailability {
  availability: Availability;
  /** Younger than PMS_CACHE_TTL_S: served without asking the PMS. */
  fresh: boolean;
}

/** Availability answers in the store, keyed by tenant and the normalised query. */
@Injectable()
export class AvailabilityCache {
  constructor(
    private readonly store: Store,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectPinoLogger('pms') private readonly logger: PinoLogger,
  ) {}

  /** The last answer for this query, or null (also when the store is unreachable: the PMS decides). */
  async read(query: AvailabilityQuery): Promise<CachedAvailability | null> {
    try {
      const raw = await this.store.get(cacheKey(query));
      if (!raw) return null;
      const availability = JSON.parse(raw) as Availability;
      const ageMs = this.clock.now() - Date.parse(availability.checkedAt);
      return { availability, fresh: ageMs < this.config.pms.cacheTtlS * 1000 };
    } catch (error) {
      this.logger.warn({ err: error, tenantId: query.tenantId }, 'pms.cache_read_failed');
      return null;
    }
  }

  async write(query: AvailabilityQuery, availability: Availability): Promise<void> {
    try {
      await this.store.set(cacheKey(query), JSON.stringify(availability), STALE_RETENTION_MS);
    } catch (error) {
      this.logger.warn({ err: error, tenantId: query.tenantId }, 'pms.cache_write_failed');
    }
  }
}

export function cacheKey(query: AvailabilityQuery): string {
  return `pms-cache:${query.tenantId}:${query.checkIn}:${query.checkOut}:${query.guests}:${query.roomTypeId ?? '*'}`;
}

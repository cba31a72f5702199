import { Injectable } from '@nestjs/common';
import type { LogFields } from '../common/logging/correlation-context';
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

  /**
   * The last answer for this query, or null (also when the store is unreachable: the PMS decides).
   * An answer older than the tenant's last booking or cancellation made here is never fresh: the
   * room just sold must not be offered again from the cache. One round trip for both keys. `log`:
   * the fields naming the request asking, for a failure's log line (as in the other methods).
   */
  async read(query: AvailabilityQuery, log: LogFields = {}): Promise<CachedAvailability | null> {
    try {
      const [raw, changedAt] = await this.store.getMany([cacheKey(query), changeKey(query.tenantId)]);
      if (!raw) return null;
      const availability = JSON.parse(raw) as Availability;
      const checkedAt = Date.parse(availability.checkedAt);
      const young = this.clock.now() - checkedAt < this.config.pms.cacheTtlS * 1000;
      return { availability, fresh: young && checkedAt > Number(changedAt ?? 0) };
    } catch (error) {
      this.logger.warn({ ...log, err: error, tenantId: query.tenantId }, 'pms.cache_read_failed');
      return null;
    }
  }

  async write(query: AvailabilityQuery, availability: Availability, log: LogFields = {}): Promise<void> {
    try {
      await this.store.set(cacheKey(query), JSON.stringify(availability), STALE_RETENTION_MS);
    } catch (error) {
      this.logger.warn({ ...log, err: error, tenantId: query.tenantId }, 'pms.cache_write_failed');
    }
  }

  /** Inventory changed (a booking or cancellation): cached answers of the tenant are no longer fresh. */
  async inventoryChanged(tenantId: string, log: LogFields = {}): Promise<void> {
    try {
      await this.store.set(changeKey(tenantId), String(this.clock.now()), STALE_RETENTION_MS);
    } catch (error) {
      this.logger.warn({ ...log, err: error, tenantId }, 'pms.cache_invalidation_failed');
    }
  }
}

function changeKey(tenantId: string): string {
  return `pms-cache-changed:${tenantId}`;
}

export function cacheKey(query: AvailabilityQuery): string {
  return `pms-cache:${query.tenantId}:${query.checkIn}:${query.checkOut}:${query.guests}:${query.roomTypeId ?? '*'}`;
}

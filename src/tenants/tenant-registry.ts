import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { LogThrottle } from '../common/logging/log-throttle';
import { AppConfig } from '../config/app-config';
import { DynamicTenants } from './dynamic-tenants';
import type { Tenant } from './tenant';
import { TenantNotFoundError } from './tenant.errors';
import { loadTenantFile } from './tenant-file';

const DYNAMIC_FAILURE_LOG_INTERVAL_MS = 10_000;

/**
 * The hotels this deployment serves: dynamic tenants (admin API, in the store) first, then the
 * static ones from TENANTS_FILE (validated at start-up). A store failure while looking up a dynamic
 * tenant is logged and the static file answers: a tenant is never lost to a Redis hiccup. Every
 * request and job looks tenants up, so a store outage is logged once per interval, as an event of
 * the process (no request's id), naming one tenant and how many other failures it stands for.
 */
@Injectable()
export class TenantRegistry {
  private readonly byId: Map<string, Tenant>;
  private readonly failures = new LogThrottle(DYNAMIC_FAILURE_LOG_INTERVAL_MS);

  constructor(
    config: AppConfig,
    private readonly dynamic: DynamicTenants,
    @InjectPinoLogger('tenants') private readonly logger: PinoLogger,
  ) {
    const tenants = loadTenantFile(config.tenants.file);
    this.byId = new Map(tenants.map((tenant) => [tenant.id, tenant]));
    logger.info({ file: config.tenants.file, tenants: tenants.map((t) => t.id) }, 'tenants.loaded');
    if (!this.byId.has(config.tenants.defaultTenantId)) {
      logger.warn({ defaultTenantId: config.tenants.defaultTenantId }, 'tenants.default_not_in_file');
    }
  }

  async get(tenantId: string): Promise<Tenant | null> {
    try {
      const dynamic = await this.dynamic.get(tenantId);
      if (dynamic) return dynamic;
    } catch (error) {
      const heldBack = this.failures.admit('store');
      if (heldBack !== undefined)
        this.logger.warn({ tenantId, err: error, heldBack }, 'tenants.dynamic_failed');
    }
    return this.byId.get(tenantId) ?? null;
  }

  async require(tenantId: string): Promise<Tenant> {
    const tenant = await this.get(tenantId);
    if (!tenant) throw new TenantNotFoundError(tenantId);
    return tenant;
  }

  staticTenant(tenantId: string): Tenant | null {
    return this.byId.get(tenantId) ?? null;
  }

  staticTenants(): Tenant[] {
    return [...this.byId.values()];
  }
}

import { Injectable } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import type { Tenant } from './tenant';
import { TenantNotFoundError } from './tenant.errors';
import { loadTenantFile } from './tenant-file';

/**
 * The hotels this deployment serves. Static tenants come from TENANTS_FILE, validated at start-up
 * (an invalid file stops the process with one line per problem).
 */
@Injectable()
export class TenantRegistry {
  private readonly byId: Map<string, Tenant>;

  constructor(config: AppConfig, @InjectPinoLogger('tenants') logger: PinoLogger) {
    const tenants = loadTenantFile(config.tenants.file);
    this.byId = new Map(tenants.map((tenant) => [tenant.id, tenant]));
    logger.info({ file: config.tenants.file, tenants: tenants.map((t) => t.id) }, 'tenants.loaded');
    if (!this.byId.has(config.tenants.defaultTenantId)) {
      logger.warn({ defaultTenantId: config.tenants.defaultTenantId }, 'tenants.default_not_in_file');
    }
  }

  async get(tenantId: string): Promise<Tenant | null> {
    return this.byId.get(tenantId) ?? null;
  }

  async require(tenantId: string): Promise<Tenant> {
    const tenant = await this.get(tenantId);
    if (!tenant) throw new TenantNotFoundError(tenantId);
    return tenant;
  }

  staticTenants(): Tenant[] {
    return [...this.byId.values()];
  }
}

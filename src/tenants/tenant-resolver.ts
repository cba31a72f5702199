import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Counter } from 'prom-client';
import { isLogLevelEnabled } from '../common/logging/log-level';
import { AppConfig } from '../config/app-config';
import { DynamicTenants } from './dynamic-tenants';
import type { Tenant } from './tenant';
import { TenantNotFoundError } from './tenant.errors';
import { TenantRegistry } from './tenant-registry';
import { TENANT_RESOLUTION_TOTAL } from './tenant.metrics';

export type ResolutionMethod = 'dynamic' | 'static' | 'default';

export interface Resolution {
  tenant: Tenant;
  method: ResolutionMethod;
}

/**
 * Finds the hotel an inbound message is for (design §5): the dynamic registry in the store, then
 * TENANTS_FILE, then DEFAULT_TENANT_ID with a warning. Each step is logged and counted; a store
 * failure in the dynamic step is counted as `dynamic_failed` and resolution goes on, so a message is
 * never dropped for it.
 */
/** The channel asked about, and the request asking (for the log lines). */
interface ResolutionRequest {
  channel: string;
  correlationId?: string;
}

@Injectable()
export class TenantResolver {
  private readonly staticByWhatsApp = new Map<string, Tenant>();
  private readonly staticByGmail = new Map<string, Tenant>();

  constructor(
    private readonly config: AppConfig,
    private readonly registry: TenantRegistry,
    private readonly dynamic: DynamicTenants,
    @InjectMetric(TENANT_RESOLUTION_TOTAL) private readonly resolutions: Counter<'method'>,
    @InjectPinoLogger('tenants') private readonly logger: PinoLogger,
  ) {
    for (const tenant of registry.staticTenants()) {
      for (const id of tenant.channels.whatsapp?.phoneNumberIds ?? []) this.staticByWhatsApp.set(id, tenant);
      if (tenant.channels.gmail) this.staticByGmail.set(tenant.channels.gmail.address.toLowerCase(), tenant);
    }
  }

  /** The tenant of a WhatsApp business number (metadata.phone_number_id). */
  byWhatsAppNumber(phoneNumberId: string, correlationId?: string): Promise<Resolution> {
    return this.resolve(
      { channel: 'whatsapp', correlationId },
      () => this.dynamic.byWhatsAppNumber(phoneNumberId),
      this.staticByWhatsApp.get(phoneNumberId),
    );
  }

  /** The tenant of a hotel mailbox. */
  byGmailAddress(address: string, correlationId?: string): Promise<Resolution> {
    return this.resolve(
      { channel: 'gmail', correlationId },
      () => this.dynamic.byGmailAddress(address),
      this.staticByGmail.get(address.toLowerCase()),
    );
  }

  private async resolve(
    request: ResolutionRequest,
    dynamic: () => Promise<Tenant | null>,
    fromFile: Tenant | undefined,
  ): Promise<Resolution> {
    try {
      const tenant = await dynamic();
      if (tenant) return this.found(request, tenant, 'dynamic');
    } catch (error) {
      this.resolutions.inc({ method: 'dynamic_failed' });
      this.logger.warn({ ...request, err: error }, 'tenant.resolution.dynamic_failed');
    }
    if (fromFile) return this.found(request, fromFile, 'static');
    const fallback = await this.registry.get(this.config.tenants.defaultTenantId);
    if (!fallback) throw new TenantNotFoundError(this.config.tenants.defaultTenantId);
    this.logger.warn({ ...request, tenantId: fallback.id }, 'tenant.resolution.default');
    return this.found(request, fallback, 'default');
  }

  private found(request: ResolutionRequest, tenant: Tenant, method: ResolutionMethod): Resolution {
    this.resolutions.inc({ method });
    if (method !== 'default' && isLogLevelEnabled('debug'))
      this.logger.debug({ ...request, tenantId: tenant.id, method }, 'tenant.resolution');
    return { tenant, method };
  }
}

import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { Store } from '../storage/store.port';
import type { Tenant } from '../tenants/tenant';
import { TenantRegistry } from '../tenants/tenant-registry';
import { LocalPmsAdapter } from './local/local-pms.adapter';
import { PmsDirectory, type ResolvedPms } from './pms-directory';
import { QloAppsAdapter } from './qloapps/qloapps.adapter';

/**
 * Picks each tenant's adapter from its `pms.type`: the shared local PMS, or a QloApps adapter of its
 * own, rebuilt when the tenant's PMS settings change (dynamic tenants can be edited at run time).
 */
@Injectable()
export class TenantPmsDirectory extends PmsDirectory {
  private readonly qloapps = new Map<string, { settings: string; adapter: QloAppsAdapter }>();

  constructor(
    private readonly tenants: TenantRegistry,
    private readonly local: LocalPmsAdapter,
    private readonly store: Store,
    private readonly clock: Clock,
  ) {
    super();
  }

  async resolve(tenantId: string): Promise<ResolvedPms> {
    const tenant = await this.tenants.require(tenantId);
    if (tenant.pms.type === 'local') return { name: 'local', adapter: this.local };
    return { name: 'qloapps', adapter: this.qloAppsFor(tenant) };
  }

  private qloAppsFor(tenant: Tenant): QloAppsAdapter {
    const settings = JSON.stringify([tenant.pms, tenant.currency, tenant.languages, tenant.roomTypes]);
    const cached = this.qloapps.get(tenant.id);
    if (cached?.settings === settings) return cached.adapter;
    const { baseUrl = '', apiKey = '', hotelId = 0 } = tenant.pms;
    const adapter = new QloAppsAdapter(
      {
        tenantId: tenant.id,
        baseUrl,
        apiKey,
        hotelId,
        currency: tenant.currency,
        languages: tenant.languages,
        roomTypes: tenant.roomTypes,
      },
      this.store,
      this.clock,
    );
    this.qloapps.set(tenant.id, { settings, adapter });
    return adapter;
  }
}

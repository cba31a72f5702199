import { Injectable } from '@nestjs/common';
import { TenantRegistry } from '../tenants/tenant-registry';
import { LocalPmsAdapter } from './local/local-pms.adapter';
import { PmsDirectory, type ResolvedPms } from './pms-directory';

/** Picks each tenant's adapter from its `pms.type`: the local PMS or its QloApps. */
@Injectable()
export class TenantPmsDirectory extends PmsDirectory {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly local: LocalPmsAdapter,
  ) {
    super();
  }

  async resolve(tenantId: string): Promise<ResolvedPms> {
    const tenant = await this.tenants.require(tenantId);
    if (tenant.pms.type === 'local') return { name: 'local', adapter: this.local };
    throw new Error(`PMS type ${tenant.pms.type} is not wired yet`);
  }
}

import { Module } from '@nestjs/common';
import { DynamicTenants } from './dynamic-tenants';
import { TenantRegistry } from './tenant-registry';
import { TenantResolver } from './tenant-resolver';
import { tenantMetricProviders } from './tenant.metrics';

/** The hotels: static (TENANTS_FILE), dynamic (admin API, in the store), and message resolution. */
@Module({
  providers: [TenantRegistry, DynamicTenants, TenantResolver, ...tenantMetricProviders],
  exports: [TenantRegistry, DynamicTenants, TenantResolver],
})
export class TenantsModule {}

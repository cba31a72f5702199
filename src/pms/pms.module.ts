import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module';
import { AvailabilityCache } from './availability-cache';
import { PmsCircuitBreakers } from './circuit-breakers';
import { LocalPmsAdapter } from './local/local-pms.adapter';
import { PmsAdapter } from './pms-adapter.port';
import { PmsDirectory } from './pms-directory';
import { pmsMetricProviders } from './pms.metrics';
import { ResilientPms } from './resilient-pms';
import { TenantPmsDirectory } from './tenant-pms-directory';

/** The PMS port for the rest of the app: every tenant's adapter behind the one resilience layer. */
@Module({
  imports: [TenantsModule],
  providers: [
    LocalPmsAdapter,
    AvailabilityCache,
    PmsCircuitBreakers,
    ...pmsMetricProviders,
    { provide: PmsDirectory, useClass: TenantPmsDirectory },
    { provide: PmsAdapter, useClass: ResilientPms },
  ],
  exports: [PmsAdapter],
})
export class PmsModule {}

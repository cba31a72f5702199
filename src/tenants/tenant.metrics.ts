import { makeCounterProvider } from '@willsoto/nestjs-prometheus';

export const TENANT_RESOLUTION_TOTAL = 'hotel_agent_tenant_resolution_total';

export const tenantMetricProviders = [
  makeCounterProvider({
    name: TENANT_RESOLUTION_TOTAL,
    help: 'How inbound messages found their tenant: dynamic, static, default, and dynamic_failed (store error, resolution went on)',
    labelNames: ['method'],
  }),
];

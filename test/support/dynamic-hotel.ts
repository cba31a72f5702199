import type { TestApp } from './app-harness';
import { DynamicTenants } from '../../src/tenants/dynamic-tenants';
import type { Tenant } from '../../src/tenants/tenant';
import { TenantRegistry } from '../../src/tenants/tenant-registry';

/** A copy of the demo hotel with its own WhatsApp number and a QloApps PMS at `baseUrl` (admin API's store). */
export async function qloAppsHotel(
  t: TestApp,
  id: string,
  phoneNumberId: string,
  baseUrl: string,
): Promise<void> {
  const demo = await t.app.get(TenantRegistry).require('demo');
  const hotel: Tenant = {
    ...demo,
    id,
    name: `Hotel ${id}`,
    channels: { whatsapp: { phoneNumberIds: [phoneNumberId] } },
    pms: { type: 'qloapps', baseUrl, apiKey: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ123456', hotelId: 1 },
  };
  await t.app.get(DynamicTenants).save(hotel);
}

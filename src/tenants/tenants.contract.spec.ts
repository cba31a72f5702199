import { readFileSync } from 'node:fs';
import type { TestingModule } from '@nestjs/testing';
import { register } from 'prom-client';
import { compileWithCore } from '../../test/support/core-module';
import { uniquePrefix } from '../../test/support/app-harness';
import { describeWithRedis, type RedisHandle, startRedis } from '../../test/support/redis-server';
import { BUNDLED_TENANTS_FILE } from '../config/app-config';
import type { RawEnvironment } from '../config/load-config';
import { Store } from '../storage/store.port';
import { DynamicTenants, TenantConflictError } from './dynamic-tenants';
import type { Tenant } from './tenant';
import { TenantRegistry } from './tenant-registry';
import { TenantResolver } from './tenant-resolver';
import { TenantsModule } from './tenants.module';

const demo = (): Tenant =>
  (JSON.parse(readFileSync(BUNDLED_TENANTS_FILE, 'utf8')) as { tenants: Tenant[] }).tenants[0];
const hotel = (id: string, number: string, address: string): Tenant => ({
  ...demo(),
  id,
  name: `Hotel ${id}`,
  channels: { whatsapp: { phoneNumberIds: [number] }, gmail: { address } },
});

async function resolutions(method: string): Promise<number> {
  const metric = await register.getSingleMetric('hotel_agent_tenant_resolution_total')?.get();
  return metric?.values.find((v) => v.labels.method === method)?.value ?? 0;
}

function tenantsContract(envFor: () => RawEnvironment): void {
  let module: TestingModule;
  let dynamic: DynamicTenants;
  let resolver: TenantResolver;
  let registry: TenantRegistry;

  beforeEach(async () => {
    module = await compileWithCore({ ...envFor(), KEY_PREFIX: uniquePrefix('tenants') }, [TenantsModule]);
    await module.init();
    dynamic = module.get(DynamicTenants);
    resolver = module.get(TenantResolver);
    registry = module.get(TenantRegistry);
  });
  afterEach(async () => module.close());

  it('stores a dynamic tenant and finds it by id, WhatsApp number and mailbox (any case)', async () => {
    await dynamic.save(hotel('sol', '200000000000001', 'Reservas@Hotelsol.example'));
    expect((await dynamic.get('sol'))?.name).toBe('Hotel sol');
    expect((await dynamic.byWhatsAppNumber('200000000000001'))?.id).toBe('sol');
    expect((await dynamic.byGmailAddress('RESERVAS@hotelsol.example'))?.id).toBe('sol');
    expect((await dynamic.list()).map((t) => t.id)).toEqual(['sol']);
  });

  it('answers one object for an unchanged tenant however it is found, and a new one once it changes', async () => {
    await dynamic.save(hotel('sol', '200000000000001', 'reservas@hotelsol.example'));
    const byId = await dynamic.get('sol');
    expect(await dynamic.byWhatsAppNumber('200000000000001')).toBe(byId);
    expect(await dynamic.byGmailAddress('reservas@hotelsol.example')).toBe(byId);
    await dynamic.save({ ...hotel('sol', '200000000000001', 'reservas@hotelsol.example'), name: 'Sol' });
    const changed = await dynamic.get('sol');
    expect(changed).not.toBe(byId);
    expect(changed?.name).toBe('Sol');
    expect(await dynamic.byWhatsAppNumber('200000000000001')).toBe(changed);
  });

  it('frees the old channel addresses when a tenant is replaced, and all of them when removed', async () => {
    await dynamic.save(hotel('sol', '200000000000001', 'a@hotelsol.example'));
    await dynamic.save(hotel('sol', '200000000000002', 'b@hotelsol.example'));
    expect(await dynamic.byWhatsAppNumber('200000000000001')).toBeNull();
    expect((await dynamic.byWhatsAppNumber('200000000000002'))?.id).toBe('sol');
    expect(await dynamic.remove('sol')).toBe(true);
    expect(await dynamic.byGmailAddress('b@hotelsol.example')).toBeNull();
    expect(await dynamic.remove('sol')).toBe(false);
  });

  it('refuses a WhatsApp number or mailbox another dynamic tenant already uses', async () => {
    await dynamic.save(hotel('sol', '200000000000001', 'a@hotelsol.example'));
    await expect(dynamic.save(hotel('luna', '200000000000001', 'x@luna.example'))).rejects.toBeInstanceOf(
      TenantConflictError,
    );
    await expect(dynamic.save(hotel('luna', '200000000000009', 'A@hotelsol.example'))).rejects.toBeInstanceOf(
      TenantConflictError,
    );
    expect(await dynamic.get('luna')).toBeNull();
  });

  it('resolves dynamic first, then the file, then the default tenant, counting each method', async () => {
    await dynamic.save(hotel('sol', '200000000000001', 'a@hotelsol.example'));
    const before = {
      dynamic: await resolutions('dynamic'),
      static: await resolutions('static'),
      default: await resolutions('default'),
    };
    expect(await resolver.byWhatsAppNumber('200000000000001')).toMatchObject({
      method: 'dynamic',
      tenant: { id: 'sol' },
    });
    expect(await resolver.byWhatsAppNumber('100000000000001')).toMatchObject({
      method: 'static',
      tenant: { id: 'demo' },
    });
    expect(await resolver.byGmailAddress('unknown@nowhere.example')).toMatchObject({
      method: 'default',
      tenant: { id: 'demo' },
    });
    expect(await resolutions('dynamic')).toBe(before.dynamic + 1);
    expect(await resolutions('static')).toBe(before.static + 1);
    expect(await resolutions('default')).toBe(before.default + 1);
  });

  it('lets a dynamic tenant override the static one with the same id', async () => {
    await dynamic.save({ ...demo(), name: 'Hotel Demo (edited)' });
    expect((await registry.get('demo'))?.name).toBe('Hotel Demo (edited)');
    await dynamic.remove('demo');
    expect((await registry.get('demo'))?.name).toBe('Hotel Demo');
  });
}

describe('tenants on the memory store', () => {
  tenantsContract(() => ({}));

  it('goes on resolving from the file when the store fails, counting dynamic_failed', async () => {
    const module = await compileWithCore({}, [TenantsModule]);
    await module.init();
    const store = module.get(Store);
    jest.spyOn(store, 'hashGet').mockRejectedValue(new Error('store down'));
    const before = await resolutions('dynamic_failed');
    await expect(module.get(TenantResolver).byWhatsAppNumber('100000000000001')).resolves.toMatchObject({
      method: 'static',
    });
    await expect(module.get(TenantRegistry).get('demo')).resolves.toMatchObject({ id: 'demo' });
    expect(await resolutions('dynamic_failed')).toBe(before + 1);
    await module.close();
  });
});

describeWithRedis('tenants on Redis', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  tenantsContract(() => ({ REDIS_URL: redis.url }));
  afterAll(async () => redis?.stop());
});

import { readFileSync } from 'node:fs';
import request from 'supertest';
import { hs256Token } from '../support/admin-tokens';
import { bootApp, type TestApp } from '../support/app-harness';
import { BUNDLED_TENANTS_FILE } from '../../src/config/app-config';
import type { Tenant } from '../../src/tenants/tenant';
import { TenantRegistry } from '../../src/tenants/tenant-registry';

const SECRET = 'admin-secret-for-the-tenant-api-tests-000000';
const demo = (): Tenant =>
  (JSON.parse(readFileSync(BUNDLED_TENANTS_FILE, 'utf8')) as { tenants: Tenant[] }).tenants[0];
const sol = (): Tenant => ({
  ...demo(),
  id: 'sol',
  name: 'Hotel Sol',
  channels: {
    whatsapp: { phoneNumberIds: ['300000000000001'], accessToken: 'EAAG-secret-token' },
    gmail: {
      address: 'reservas@hotelsol.example',
      clientId: 'cid',
      clientSecret: 'csecret',
      refreshToken: 'rtoken',
    },
  },
});

describe('admin tenants API', () => {
  let t: TestApp;
  let token: string;
  const http = () => request(t.app.getHttpServer());
  const as = (method: 'get' | 'put' | 'delete', path: string) =>
    http()[method](path).set('authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await bootApp({ ADMIN_JWT_SECRET: SECRET });
    token = await hs256Token(SECRET, { role: 'admin' });
  });
  afterAll(async () => t?.close());

  it('creates a dynamic tenant, answers it with credentials redacted, and serves it to the app', async () => {
    const created = await as('put', '/admin/tenants/sol').send(sol()).expect(200);
    expect(created.body.channels.whatsapp.accessToken).toBe('[redacted]');
    expect(created.body.channels.gmail).toMatchObject({
      clientSecret: '[redacted]',
      refreshToken: '[redacted]',
      clientId: 'cid',
    });
    const read = await as('get', '/admin/tenants/sol').expect(200);
    expect(read.body.name).toBe('Hotel Sol');
    expect(JSON.stringify(read.body)).not.toMatch(/secret-token|csecret|rtoken/);
    expect((await t.app.get(TenantRegistry).get('sol'))?.channels.gmail?.refreshToken).toBe('rtoken');
    const list = await as('get', '/admin/tenants').expect(200);
    expect(list.body).toEqual([
      { id: 'demo', name: 'Hotel Demo', source: 'static' },
      { id: 'sol', name: 'Hotel Sol', source: 'dynamic' },
    ]);
  });

  it('keeps a stored credential when an update sends back "[redacted]"', async () => {
    const read = await as('get', '/admin/tenants/sol').expect(200);
    await as('put', '/admin/tenants/sol')
      .send({ ...read.body, name: 'Hotel Sol y Mar' })
      .expect(200);
    const stored = await t.app.get(TenantRegistry).get('sol');
    expect(stored).toMatchObject({
      name: 'Hotel Sol y Mar',
      channels: { whatsapp: { accessToken: 'EAAG-secret-token' } },
    });
  });

  it('answers an invalid tenant with 400 naming each field', async () => {
    const broken = { ...sol(), timezone: 'Mars/Olympus', info: { ...sol().info, checkIn: '3pm' } };
    const res = await as('put', '/admin/tenants/sol').send(broken).expect(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'info.checkIn',
      'timezone',
    ]);
  });

  it('answers an id that differs from the path, a bad id and a non-object body with 400', async () => {
    await as('put', '/admin/tenants/other').send(sol()).expect(400);
    await as('put', '/admin/tenants/Bad%20Id').send(sol()).expect(400);
    await as('put', '/admin/tenants/sol').send([1, 2]).expect(400);
  });

  it('refuses with 409 a WhatsApp number that belongs to a hotel in TENANTS_FILE', async () => {
    const thief = { ...sol(), id: 'thief', channels: { whatsapp: { phoneNumberIds: ['100000000000001'] } } };
    const res = await as('put', '/admin/tenants/thief').send(thief).expect(409);
    expect(res.body.code).toBe('tenant-conflict');
  });

  it('deletes a dynamic tenant (204), then answers 404', async () => {
    await as('delete', '/admin/tenants/sol').expect(204);
    await as('delete', '/admin/tenants/sol').expect(404);
    await as('get', '/admin/tenants/sol').expect(404);
  });

  it('needs the admin token', async () => {
    await http().put('/admin/tenants/sol').send(sol()).expect(401);
  });
});

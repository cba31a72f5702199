import request from 'supertest';
import { hs256Token, JwksServer } from '../support/admin-tokens';
import { bootApp, type TestApp } from '../support/app-harness';

const SECRET = 'admin-secret-for-the-mixed-configuration-0123';

describe('admin API without admin configuration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({});
  });
  afterAll(async () => t?.close());

  it('answers 503 whatever the token, naming what to configure', async () => {
    const token = await hs256Token('whatever-secret-of-any-length-at-all', { role: 'admin' });
    for (const header of [undefined, `Bearer ${token}`]) {
      const req = request(t.app.getHttpServer()).get('/admin/dead-letters');
      const res = await (header ? req.set('authorization', header) : req);
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('admin-not-configured');
      expect(res.body.detail).toMatch(/ADMIN_JWT_SECRET or ADMIN_JWKS_URL/);
    }
  });
});

describe('admin API with a JWKS (RS256/ES256), issuer and audience', () => {
  let jwks: JwksServer;
  let t: TestApp;
  const claims = { sub: 'ops', role: 'admin' };
  const expected = { issuer: 'https://id.hotel.example', audience: 'agente-hotel-admin' };
  const get = (token: string) =>
    request(t.app.getHttpServer()).get('/admin/dead-letters').set('authorization', `Bearer ${token}`);

  beforeAll(async () => {
    jwks = await JwksServer.start();
    t = await bootApp({
      ADMIN_JWKS_URL: jwks.url,
      ADMIN_JWT_ISSUER: expected.issuer,
      ADMIN_JWT_AUDIENCE: expected.audience,
    });
  });
  afterAll(async () => {
    await t?.close();
    await jwks?.stop();
  });

  it.each(['RS256', 'ES256'] as const)(
    'accepts an admin token signed %s by a key of the JWKS',
    async (alg) => {
      await get(await jwks.token(alg, claims, expected)).expect(200);
    },
  );

  it('answers a token from another issuer or for another audience with 401', async () => {
    await get(await jwks.token('RS256', claims, { ...expected, issuer: 'https://evil.example' })).expect(401);
    await get(await jwks.token('RS256', claims, { ...expected, audience: 'someone-else' })).expect(401);
    await get(await jwks.token('RS256', claims, {})).expect(401);
  });

  it('refuses an HS256 token made with the public key as its secret (algorithm confusion)', async () => {
    const confused = await hs256Token(jwks.rsaPublicPem, claims, expected);
    const res = await get(confused).expect(401);
    expect(res.body.detail).toMatch(/HS256/);
  });

  it('answers a valid token without the admin role with 403', async () => {
    await get(await jwks.token('ES256', { sub: 'guest', role: 'viewer' }, expected)).expect(403);
  });

  it('answers 401 for a signature by a key that is not in the JWKS', async () => {
    const stranger = await JwksServer.start();
    try {
      await get(await stranger.token('RS256', claims, expected)).expect(401);
    } finally {
      await stranger.stop();
    }
  });
});

describe('admin API when the JWKS endpoint is down', () => {
  let t: TestApp;
  let jwks: JwksServer;
  beforeAll(async () => {
    jwks = await JwksServer.start();
    await jwks.stop();
    t = await bootApp({ ADMIN_JWKS_URL: jwks.url });
  });
  afterAll(async () => t?.close());

  it('answers 503 (keys unavailable) rather than 401 or 500', async () => {
    const token = await jwks.token('RS256', { role: 'admin' });
    const res = await request(t.app.getHttpServer())
      .get('/admin/dead-letters')
      .set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('admin-keys-unavailable');
  });
});

describe('admin API with both a secret and a JWKS', () => {
  let jwks: JwksServer;
  let t: TestApp;
  beforeAll(async () => {
    jwks = await JwksServer.start();
    t = await bootApp({ ADMIN_JWT_SECRET: SECRET, ADMIN_JWKS_URL: jwks.url });
  });
  afterAll(async () => {
    await t?.close();
    await jwks?.stop();
  });

  it('checks each token against the key of its own algorithm family only', async () => {
    const get = (token: string) =>
      request(t.app.getHttpServer()).get('/admin/dead-letters').set('authorization', `Bearer ${token}`);
    await get(await hs256Token(SECRET, { role: 'admin' })).expect(200);
    await get(await jwks.token('RS256', { role: 'admin' })).expect(200);
    await get(await hs256Token(jwks.rsaPublicPem, { role: 'admin' })).expect(401);
  });
});

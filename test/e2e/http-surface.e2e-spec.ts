import fc from 'fast-check';
import request from 'supertest';
import { hs256Token, noneToken } from '../support/admin-tokens';
import { bootApp, type TestApp, uniquePrefix } from '../support/app-harness';
import { describeWithRedis, type RedisHandle, startRedis } from '../support/redis-server';
import { probe, TestRoutesModule } from '../support/test-routes.module';
import { waitFor } from '../support/wait';
import type { RawEnvironment } from '../../src/config/load-config';
import { LockService } from '../../src/lock/lock.service';

const SECRET = 'e2e-admin-secret-that-is-long-enough-for-hs256';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function httpSurface(modeEnv: () => RawEnvironment): void {
  let t: TestApp;
  let adminToken: string;
  const http = () => request(t.app.getHttpServer());
  const admin = (method: 'get' | 'post', path: string) =>
    http()[method](path).set('authorization', `Bearer ${adminToken}`);

  beforeAll(async () => {
    t = await bootApp(
      {
        ...modeEnv(),
        ADMIN_JWT_SECRET: SECRET,
        MAX_BODY_BYTES: '2048',
        QUEUE_ATTEMPTS: '2',
        QUEUE_BACKOFF_MS: '10',
        WHATSAPP_APP_SECRET: 'whatsapp-secret',
        GMAIL_PUSH_AUDIENCE: 'https://hotel.example/webhooks/gmail',
        GMAIL_PUSH_SERVICE_ACCOUNT: 'push@project.iam.gserviceaccount.com',
      },
      [TestRoutesModule],
    );
    adminToken = await hs256Token(SECRET, { sub: 'ops@hotel', role: 'admin' });
    await waitFor(async () => (await http().get('/health/ready')).status === 200, 5000, 'readiness');
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('health', () => {
    it('answers liveness without touching dependencies', async () => {
      const res = await http().get('/health/live').expect(200);
      expect(res.body).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
    });

    it('answers readiness in the Terminus format with store, queue and shutdown up', async () => {
      const res = await http().get('/health/ready').expect(200);
      expect(res.body.status).toBe('ok');
      expect(Object.keys(res.body.info).sort()).toEqual(['queue', 'shutdown', 'store']);
    });
  });

  describe('correlation id', () => {
    it('echoes a well-formed X-Correlation-ID', async () => {
      const res = await http().get('/health/live').set('x-correlation-id', 'req.42:abc-DEF_9').expect(200);
      expect(res.headers['x-correlation-id']).toBe('req.42:abc-DEF_9');
    });

    it('accepts X-Request-ID too', async () => {
      const res = await http().get('/health/live').set('x-request-id', 'from-the-proxy').expect(200);
      expect(res.headers['x-correlation-id']).toBe('from-the-proxy');
    });

    it('replaces a malformed id with a fresh UUID v4, also on errors Fastify raises itself', async () => {
      const bad = await http().get('/nowhere').set('x-correlation-id', 'bad id with spaces').expect(404);
      expect(bad.headers['x-correlation-id']).toMatch(UUID_V4);
      expect(bad.body.correlationId).toBe(bad.headers['x-correlation-id']);
      const tooLong = await http().get('/health/live').set('x-correlation-id', 'a'.repeat(129));
      expect(tooLong.headers['x-correlation-id']).toMatch(UUID_V4);
    });
  });

  describe('errors are problem+json, never 500 for bad input', () => {
    const expectProblem = (res: request.Response, status: number): void => {
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        status,
        type: expect.any(String),
        title: expect.any(String),
        detail: expect.any(String),
      });
      expect(res.body.correlationId).toBe(res.headers['x-correlation-id']);
    };

    it('answers an unknown route with 404', async () => {
      const res = await http().get('/no/such/route').set('x-correlation-id', 'c-404');
      expectProblem(res, 404);
      expect(res.body.instance).toBe('/no/such/route');
    });

    it('answers malformed JSON with 400', async () => {
      const res = await http()
        .post('/test/echo')
        .set('content-type', 'application/json')
        .send('{"guestId": "a",');
      expectProblem(res, 400);
    });

    it('answers an empty JSON body with 400', async () => {
      expectProblem(await http().post('/test/echo').set('content-type', 'application/json').send(''), 400);
    });

    it('answers a body over MAX_BODY_BYTES with 413', async () => {
      const res = await http()
        .post('/test/echo')
        .set('content-type', 'application/json')
        .send(JSON.stringify({ guestId: 'g', count: 1, note: 'x'.repeat(4096) }));
      expectProblem(res, 413);
    });

    it('answers an unsupported content type with 415', async () => {
      const res = await http().post('/test/echo').set('content-type', 'application/xml').send('<a/>');
      expectProblem(res, 415);
    });

    it('lists every invalid field of a DTO with 400', async () => {
      const res = await http().post('/test/echo').send({ guestId: '', count: 99, extra: true });
      expectProblem(res, 400);
      expect(res.body.code).toBe('validation-error');
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'count',
        'extra',
        'guestId',
      ]);
    });

    it('accepts a valid DTO', async () => {
      const res = await http().post('/test/echo').send({ guestId: 'g-1', count: 2 }).expect(201);
      expect(res.body).toEqual({ guestId: 'g-1', count: 2 });
    });

    it('answers an unexpected exception with a 500 that hides its internals', async () => {
      const res = await http().get('/test/boom');
      expectProblem(res, 500);
      expect(JSON.stringify(res.body)).not.toContain('hunter2');
    });

    it('ends a request over its time budget with 503 and aborts the work it started', async () => {
      probe.slowAborted = false;
      const res = await http().get('/test/slow');
      expectProblem(res, 503);
      expect(res.body.code).toBe('request-timeout');
      await waitFor(() => probe.slowAborted, 1000, 'the handler to see the abort');
    });

    it('answers a malformed URL with 400 problem+json and a correlation id', async () => {
      const res = await http().get('/admin/dead-letters/%zz');
      expectProblem(res, 400);
    });

    it('answers oversized headers with 431 problem+json', async () => {
      const res = await http().get('/health/live').set('x-padding', 'a'.repeat(20_000));
      expect(res.status).toBe(431);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.status).toBe(431);
    });

    it('never echoes the query string (it may carry secrets) in a problem', async () => {
      const res = await http().get('/nowhere?hub.verify_token=SECRET123&phone=34600111222');
      expectProblem(res, 404);
      expect(JSON.stringify(res.body)).not.toMatch(/SECRET123|34600111222/);
    });

    it('never answers 5xx to random requests, and answers every 4xx with problem+json', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
          fc.constantFrom(
            '/test/echo',
            '/admin/dead-letters',
            '/admin/dead-letters/x/retry',
            '/health/ready',
            '/x',
            '/%',
            '/admin/dead-letters/%E0%A4%A',
          ),
          fc.constantFrom(
            'application/json',
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/octet-stream',
          ),
          fc.oneof(fc.json(), fc.string(), fc.constant('')),
          async (method, path, contentType, body) => {
            const res = await http()
              [method.toLowerCase() as 'get'](path)
              .set('content-type', contentType)
              .send(body);
            expect(res.status).toBeLessThan(500);
            if (res.status >= 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          },
        ),
        { numRuns: 60 },
      );
    });
  });

  it('sends security headers', async () => {
    const res = await http().get('/health/live');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toContain('max-age=');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  describe('metrics', () => {
    it('exposes Node process metrics and HTTP durations labelled by route pattern, never the raw URL', async () => {
      const id = '3f1c4c0e-8d6a-4f61-9d5e-2c2b0a1e9f10';
      await admin('get', `/admin/dead-letters/${id}`).expect(404);
      await http().get('/nowhere/at/all').expect(404);
      const res = await http().get('/metrics').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text).toContain('process_cpu_user_seconds_total');
      expect(res.text).toContain('nodejs_eventloop_lag_seconds');
      expect(res.text).toMatch(
        /hotel_agent_http_request_duration_seconds_count\{method="GET",route="\/admin\/dead-letters\/:id",status="404"\} \d+/,
      );
      expect(res.text).toMatch(/route="unmatched",status="404"/);
      expect(res.text).not.toContain(id);
      expect(res.text).not.toContain('/nowhere/at/all');
      expect(res.text).toMatch(/hotel_agent_queue_depth\{queue="inbound"\} \d+/);
      expect(res.text).toMatch(/hotel_agent_queue_depth\{queue="outbound"\} \d+/);
    });
  });

  describe('OpenAPI', () => {
    it('serves Swagger UI at /docs', async () => {
      const res = await http().get('/docs').expect(200);
      expect(res.text).toContain('swagger');
    });

    it('documents every route the application registers', async () => {
      const doc = (await http().get('/docs/json').expect(200)).body as {
        paths: Record<string, Record<string, unknown>>;
      };
      const missing = t.routes
        .filter((r) => !['HEAD', 'OPTIONS'].includes(r.method) && !r.url.startsWith('/docs'))
        .filter((r) => {
          const path = r.url.replace(/:(\w+)/g, '{$1}');
          return !doc.paths[path]?.[r.method.toLowerCase()];
        });
      expect(missing).toEqual([]);
      expect(doc.paths['/admin/dead-letters/{id}/retry']).toBeDefined();
    });
  });

  describe('admin authentication', () => {
    it('protects every /admin route the application registers (401 without a token)', async () => {
      const adminRoutes = t.routes.filter((r) => r.url.startsWith('/admin') && r.method !== 'HEAD');
      expect(adminRoutes.length).toBeGreaterThanOrEqual(3);
      for (const route of adminRoutes) {
        const path = route.url.replace(/:(\w+)/g, '3f1c4c0e-8d6a-4f61-9d5e-2c2b0a1e9f10');
        const res = await http()[route.method.toLowerCase() as 'get'](path);
        expect({ route: `${route.method} ${route.url}`, status: res.status }).toEqual({
          route: `${route.method} ${route.url}`,
          status: 401,
        });
      }
    });

    it('verifies a signature or token on every webhook delivery route the application registers', async () => {
      const deliveries = t.routes.filter((r) => r.url.startsWith('/webhooks') && r.method === 'POST');
      expect(deliveries.map((r) => r.url)).toEqual(expect.arrayContaining(['/webhooks/whatsapp']));
      for (const route of deliveries) {
        const res = await http().post(route.url).set('content-type', 'application/json').send('{}');
        expect({ route: route.url, status: res.status }).toEqual({ route: route.url, status: 401 });
      }
    });

    it('answers a missing token with 401 and a Bearer challenge', async () => {
      const res = await http().get('/admin/dead-letters').expect(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="admin"');
      expect(res.body.code).toBe('admin-unauthorized');
      const bad = await http().get('/admin/dead-letters').set('authorization', 'Bearer x.y.z').expect(401);
      expect(bad.headers['www-authenticate']).toBe('Bearer realm="admin", error="invalid_token"');
    });

    it.each([
      ['a Basic credential', 'Basic b3BzOnNlY3JldA=='],
      ['a malformed token', 'Bearer not.a.jwt'],
      ['garbage', 'Bearer %%%'],
    ])('answers %s with 401', async (_label, header) => {
      await http().get('/admin/dead-letters').set('authorization', header).expect(401);
    });

    it('answers a forged token (another secret) with 401', async () => {
      const forged = await hs256Token('another-secret-of-sufficient-length-1234', { role: 'admin' });
      await http().get('/admin/dead-letters').set('authorization', `Bearer ${forged}`).expect(401);
    });

    it('answers an expired token with 401', async () => {
      const expired = await hs256Token(
        SECRET,
        { role: 'admin' },
        { expiresIn: Math.floor(Date.now() / 1000) - 60 },
      );
      const res = await http()
        .get('/admin/dead-letters')
        .set('authorization', `Bearer ${expired}`)
        .expect(401);
      expect(res.body.detail).toMatch(/expired/);
    });

    it('answers a token without exp with 401', async () => {
      const forever = await hs256Token(SECRET, { role: 'admin' }, { withoutExp: true });
      await http().get('/admin/dead-letters').set('authorization', `Bearer ${forever}`).expect(401);
    });

    it('answers an unsigned alg:none token with 401', async () => {
      await http()
        .get('/admin/dead-letters')
        .set('authorization', `Bearer ${noneToken({ role: 'admin' })}`)
        .expect(401);
    });

    it('answers a valid token without the admin role with 403', async () => {
      const operator = await hs256Token(SECRET, { sub: 'viewer', role: 'viewer' });
      const res = await http()
        .get('/admin/dead-letters')
        .set('authorization', `Bearer ${operator}`)
        .expect(403);
      expect(res.body.code).toBe('admin-forbidden');
    });

    it('accepts the admin role given as a list', async () => {
      const token = await hs256Token(SECRET, { role: ['viewer', 'admin'] });
      await http().get('/admin/dead-letters').set('authorization', `Bearer ${token}`).expect(200);
    });
  });

  describe('locks', () => {
    it('shows the current holders and the audit trail to operators', async () => {
      const locks = t.app.get(LockService);
      const lock = await locks.acquire(['lock:demo:room-type:suite:2026-12-24'], { owner: 'e2e-holder' });
      await locks
        .acquire(['lock:demo:room-type:suite:2026-12-24'], { owner: 'e2e-waiter', waitMs: 20 })
        .catch(() => undefined);
      const holders = await admin('get', '/admin/locks').expect(200);
      expect(holders.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            resource: 'lock:demo:room-type:suite:2026-12-24',
            owner: 'e2e-holder',
            fencing: lock.fencing,
          }),
        ]),
      );
      const trail = await admin('get', '/admin/locks/audit?limit=10').expect(200);
      expect(trail.body.length).toBeLessThanOrEqual(10);
      expect(trail.body.map((e: { outcome: string; owner: string }) => `${e.outcome}:${e.owner}`)).toEqual(
        expect.arrayContaining(['acquired:e2e-holder', 'conflict:e2e-waiter', 'timeout:e2e-waiter']),
      );
      await locks.release(lock);
      const metrics = await http().get('/metrics').expect(200);
      expect(metrics.text).toMatch(
        /hotel_agent_lock_operations_total\{operation="acquire",outcome="timeout"\} [1-9]/,
      );
      expect(metrics.text).toMatch(/hotel_agent_lock_wait_seconds_count\{outcome="acquired"\} [1-9]/);
    });

    it('answers a bad audit limit with 400', async () => {
      await admin('get', '/admin/locks/audit?limit=0').expect(400);
      await admin('get', '/admin/locks?limit=abc').expect(400);
    });
  });

  describe('dead letters', () => {
    it('lists a job that exhausted its retries, shows it, replays it once and forgets it', async () => {
      const jobId = `e2e:${Date.now()}`;
      await http().post('/test/jobs').send({ id: jobId, outcome: 'fail' }).expect(201);
      const letter = await waitFor(
        async () => {
          const res = await admin('get', '/admin/dead-letters?limit=100').expect(200);
          return (res.body.items as Array<{ id: string; jobId: string }>).find((i) => i.jobId === jobId);
        },
        10_000,
        'the dead letter',
      );
      expect(letter).toMatchObject({
        queue: 'inbound',
        name: 'test-job',
        attempts: 2,
        correlationId: `job-${jobId}`,
      });

      const full = await admin('get', `/admin/dead-letters/${letter.id}`).expect(200);
      expect(full.body.data).toEqual({ id: jobId, outcome: 'fail' });

      probe.failJobs = false;
      const runsBefore = probe.jobRuns.filter((r) => r.id === jobId).length;
      const replay = await admin('post', `/admin/dead-letters/${letter.id}/retry`).expect(202);
      expect(replay.body).toMatchObject({ id: letter.id, jobId });
      await waitFor(
        () => probe.jobRuns.filter((r) => r.id === jobId).length === runsBefore + 1,
        5000,
        'the replay',
      );

      await admin('post', `/admin/dead-letters/${letter.id}/retry`).expect(404);
      const after = await admin('get', '/admin/dead-letters?limit=100').expect(200);
      expect(after.body.items.find((i: { id: string }) => i.id === letter.id)).toBeUndefined();
    });

    it('answers an id that is not a UUID with 400 and a bad page size with a field error', async () => {
      await admin('post', '/admin/dead-letters/not-a-uuid/retry').expect(400);
      const res = await admin('get', '/admin/dead-letters?limit=9999&offset=-1').expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'offset']);
    });

    it('counts dead letters in hotel_agent_dead_letters_total', async () => {
      const res = await http().get('/metrics').expect(200);
      expect(res.text).toMatch(/hotel_agent_dead_letters_total\{queue="inbound"\} [1-9]/);
    });
  });
}

describe('HTTP surface, embedded mode', () => {
  httpSurface(() => ({}));
});

describeWithRedis('HTTP surface, Redis mode', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  httpSurface(() => ({ REDIS_URL: redis.url, KEY_PREFIX: uniquePrefix('e2e') }));
  // After the suite's own afterAll (jest runs afterAll hooks in declaration order): app first, then Redis.
  afterAll(async () => {
    await redis?.stop();
  });
});

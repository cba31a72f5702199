import request from 'supertest';
import { bootApp, type TestApp } from '../support/app-harness';
import { LogCapture } from '../support/log-capture';
import { APP_SECRET, signWhatsApp, VERIFY_TOKEN, whatsappDelivery } from '../support/whatsapp-builders';

const LIMIT = 5;
const VERIFY = `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=42`;
const PROBES = ['/health/live', '/health/ready', '/metrics'];

describe('per-IP rate limit (RATE_LIMIT_IP_PER_MIN)', () => {
  describe('with a small limit', () => {
    const logs = new LogCapture();
    let t: TestApp;
    const http = () => request(t.app.getHttpServer());

    beforeAll(async () => {
      t = await bootApp(
        {
          LOG_LEVEL: 'info',
          RATE_LIMIT_IP_PER_MIN: String(LIMIT),
          WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
          WHATSAPP_APP_SECRET: APP_SECRET,
        },
        [],
        logs,
      );
    });
    afterAll(async () => t?.close());

    it('lets the limit through with the rate-limit headers, then answers 429 as problem+json with Retry-After', async () => {
      for (let i = 1; i <= LIMIT; i++) {
        const ok = await http().get(VERIFY).expect(200);
        expect(ok.headers['x-ratelimit-limit']).toBe(String(LIMIT));
        expect(ok.headers['x-ratelimit-remaining']).toBe(String(LIMIT - i));
      }
      const res = await http().get(VERIFY).set('x-correlation-id', 'flood-1').expect(429);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toEqual({
        type: 'https://agente-hotel.dev/problems/rate-limited',
        title: 'Too Many Requests',
        status: 429,
        detail: expect.stringMatching(/^Too many requests from this address; retry in \d+ s\.$/),
        code: 'rate-limited',
        instance: '/webhooks/whatsapp',
        correlationId: 'flood-1',
      });
      const retryAfterS = Number(res.headers['retry-after']);
      expect(retryAfterS).toBeGreaterThan(0);
      expect(retryAfterS).toBeLessThanOrEqual(60);
      expect(res.headers['x-ratelimit-limit']).toBe(String(LIMIT));
      expect(res.headers['x-ratelimit-remaining']).toBe('0');
      expect(res.headers['x-correlation-id']).toBe('flood-1');
      // The security headers are on refusals too.
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('refuses signed webhook deliveries and controller routes alike once the address is over', async () => {
      const body = JSON.stringify(whatsappDelivery([{ id: 'wamid.RATE1' }]));
      const delivery = await http()
        .post('/webhooks/whatsapp')
        .set('content-type', 'application/json')
        .set('x-hub-signature-256', signWhatsApp(body))
        .send(body)
        .expect(429);
      expect(delivery.body).toMatchObject({ status: 429, code: 'rate-limited' });
      const admin = await http().get('/admin/tenants').expect(429);
      expect(admin.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(admin.body).toMatchObject({ status: 429, code: 'rate-limited', instance: '/admin/tenants' });
      expect(admin.headers['retry-after']).toMatch(/^\d+$/);
    });

    it('never limits the probes and /metrics, even under a flood', async () => {
      await Promise.all(Array.from({ length: 50 }, () => http().get(VERIFY)));
      for (const path of PROBES) {
        const answers = await Promise.all(Array.from({ length: 3 * LIMIT }, () => http().get(path)));
        for (const res of answers) {
          expect({ path, status: res.status }).toEqual({ path, status: 200 });
          expect(res.headers['x-ratelimit-limit']).toBeUndefined();
        }
      }
    });

    it('counts refusals by route pattern in hotel_agent_http_rate_limited_total', async () => {
      await http().post('/admin/dead-letters/not-a-uuid/retry').expect(429);
      const metrics = (await http().get('/metrics').expect(200)).text;
      const count = (route: string): number =>
        Number(
          new RegExp(`^hotel_agent_http_rate_limited_total\\{route="${route}"\\} (\\d+)$`, 'm').exec(
            metrics,
          )?.[1] ?? 0,
        );
      expect(count('/webhooks/whatsapp')).toBeGreaterThanOrEqual(52);
      expect(count('/admin/tenants')).toBe(1);
      expect(count('/admin/dead-letters/:id/retry')).toBe(1);
      expect(metrics).not.toContain('not-a-uuid');
      expect(metrics).toMatch(
        /hotel_agent_http_request_duration_seconds_count\{[^}]*status="429"[^}]*\} \d+/,
      );
    });

    it('logs a refusal once per route and interval with what it held back, never as http.rejected', () => {
      const lines = logs.withMessage('http.rate_limited');
      expect(lines.filter((l) => l.route === '/webhooks/whatsapp')).toHaveLength(1);
      expect(lines.find((l) => l.route === '/webhooks/whatsapp')).toMatchObject({
        level: 40,
        limitPerMin: LIMIT,
        heldBack: 0,
        ip: expect.any(String),
      });
      expect(logs.withMessage('http.rejected').filter((l) => l.status === 429)).toEqual([]);
      // Refusals' request lines are at debug, below this app's level.
      const requestLines = logs.withMessage('http.request') as Array<{ res: { statusCode: number } }>;
      expect(requestLines.filter((l) => l.res.statusCode === 429)).toEqual([]);
    });
  });

  describe('switched off with 0', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootApp({ RATE_LIMIT_IP_PER_MIN: '0', WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN });
    });
    afterAll(async () => t?.close());

    it('answers every request and sends no rate-limit headers', async () => {
      const answers = await Promise.all(
        Array.from({ length: 200 }, () => request(t.app.getHttpServer()).get(VERIFY)),
      );
      expect(answers.map((res) => res.status)).toEqual(answers.map(() => 200));
      expect(answers[0].headers['x-ratelimit-limit']).toBeUndefined();
    });
  });

  describe('by default', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootApp({});
    });
    afterAll(async () => t?.close());

    it('allows 6000 requests a minute per address', async () => {
      const res = await request(t.app.getHttpServer()).get('/docs').redirects(1);
      expect(res.headers['x-ratelimit-limit']).toBe('6000');
    });
  });
});

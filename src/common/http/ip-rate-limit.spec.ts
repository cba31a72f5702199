import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { installIpRateLimit, isUnlimitedRoute } from './ip-rate-limit';

describe('installIpRateLimit', () => {
  let fastify: FastifyInstance;
  let clockMs: number;
  const warnings: Array<Record<string, unknown>> = [];
  const counted: string[] = [];
  const logger = { warn: (fields: Record<string, unknown>) => warnings.push(fields) } as unknown as Logger;

  async function build(perMinute: number): Promise<void> {
    fastify = Fastify();
    await installIpRateLimit(fastify, {
      perMinute,
      logger,
      countLimited: (route) => counted.push(route),
      now: () => clockMs,
    });
    fastify.get('/items/:id', async () => ({ ok: true }));
    fastify.get('/health/live', async () => ({ ok: true }));
    fastify.get('/metrics', async () => 'metrics');
    await fastify.ready();
  }

  beforeEach(() => {
    clockMs = 0;
    warnings.length = 0;
    counted.length = 0;
  });
  afterEach(async () => fastify.close());

  it('logs the first refusal per route, then one line per interval saying how many it held back', async () => {
    await build(1);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fastify.inject({ url: `/items/${i}` })).statusCode);
    expect(statuses).toEqual([200, 429, 429, 429]);
    expect(counted).toEqual(['/items/:id', '/items/:id', '/items/:id']);
    expect(warnings).toEqual([expect.objectContaining({ route: '/items/:id', heldBack: 0, limitPerMin: 1 })]);
    clockMs += 10_000;
    await fastify.inject({ url: '/items/9' });
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatchObject({ route: '/items/:id', heldBack: 2 });
  });

  it('never limits the probes and /metrics', async () => {
    await build(1);
    for (let i = 0; i < 5; i++) {
      expect((await fastify.inject({ url: '/health/live' })).statusCode).toBe(200);
      expect((await fastify.inject({ url: '/metrics' })).statusCode).toBe(200);
    }
    expect(counted).toEqual([]);
  });

  it('installs nothing when the limit is 0', async () => {
    await build(0);
    for (let i = 0; i < 5; i++) {
      const res = await fastify.inject({ url: '/items/1' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBeUndefined();
    }
  });

  it('exempts exactly the probe routes and the scrape', () => {
    expect(['/health/live', '/health/ready', '/metrics'].every(isUnlimitedRoute)).toBe(true);
    expect(
      ['/webhooks/whatsapp', '/admin/tenants', '/docs', '/metricsx', '/healthz'].some(isUnlimitedRoute),
    ).toBe(false);
  });
});

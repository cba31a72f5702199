import request from 'supertest';
import { bootApp, type TestApp, uniquePrefix } from '../support/app-harness';
import { describeWithRedis, itStoppingRedis, type RedisHandle, startRedis } from '../support/redis-server';
import { waitFor } from '../support/wait';

jest.setTimeout(180_000);

describeWithRedis('Redis going away and coming back', () => {
  let redis: RedisHandle;
  let t: TestApp;

  beforeAll(async () => {
    redis = await startRedis();
    t = await bootApp({ REDIS_URL: redis.url, KEY_PREFIX: uniquePrefix('outage') });
  });
  afterAll(async () => {
    await t?.close();
    await redis?.stop();
  });

  itStoppingRedis('fails readiness within seconds, keeps liveness 200, and recovers by itself', async () => {
    const http = () => request(t.app.getHttpServer());
    await waitFor(async () => (await http().get('/health/ready')).status === 200, 5000, 'initial readiness');

    await redis.kill();
    const notReady = await waitFor(
      async () => {
        const res = await http().get('/health/ready');
        return res.status === 503 ? res : null;
      },
      5000,
      'readiness to fail',
    );
    expect(notReady.body.status).toBe('error');
    expect(Object.keys(notReady.body.error)).toEqual(expect.arrayContaining(['store', 'queue']));
    expect((await http().get('/health/live')).status).toBe(200);
    expect((await http().get('/metrics')).status).toBe(200);

    await redis.restart();
    await waitFor(
      async () => (await http().get('/health/ready')).status === 200,
      15_000,
      'readiness to recover',
    );
    expect((await http().get('/health/live')).status).toBe(200);
  });
});

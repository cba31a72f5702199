import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, describeWithRedis, type RedisHandle, startRedis } from '../support/redis-server';
import { ServiceProcess } from '../support/service-process';
import { uniquePrefix } from '../support/app-harness';
import { waitFor } from '../support/wait';

jest.setTimeout(300_000);

describe('start-up with an invalid configuration', () => {
  it('stops with exit code 1 and one line per problem naming the variable', async () => {
    const service = ServiceProcess.start('src/main.ts', {
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      REDIS_URL: 'http://wrong-scheme',
      PMS_BREAKER_ERROR_PCT: '101',
    });
    expect(await service.waitForExit()).toBe(1);
    const problems = service.stderr.trim().split('\n');
    expect(problems).toHaveLength(4);
    for (const name of ['PORT', 'LOG_LEVEL', 'REDIS_URL', 'PMS_BREAKER_ERROR_PCT']) {
      expect(problems.some((line) => line.startsWith(`config error: ${name}`))).toBe(true);
    }
  });
});

describe('start-up with an invalid tenants file', () => {
  it('stops with exit code 1 and lines naming the tenant and the field', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tenants-')), 'tenants.json');
    writeFileSync(
      file,
      JSON.stringify({ tenants: [{ id: 'broken', name: 'Broken Hotel', timezone: 'Nowhere/Else' }] }),
    );
    const service = ServiceProcess.start('src/main.ts', { TENANTS_FILE: file });
    expect(await service.waitForExit()).toBe(1);
    const lines = service.stderr.trim().split('\n');
    expect(lines.every((line) => line.startsWith(`tenants error: ${file}: tenant broken: `))).toBe(true);
    expect(lines.some((line) => line.includes('timezone'))).toBe(true);
  });
});

function gracefulShutdown(modeEnv: () => Record<string, string>, lateJobStatus: number): void {
  let service: ServiceProcess | undefined;
  afterEach(async () => {
    await service?.stop();
  });

  it('on SIGTERM turns readiness 503, takes no new job, finishes the running one and exits 0', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    service = ServiceProcess.start('test/support/serve.ts', {
      ...modeEnv(),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: '8000',
    });
    // Under ts-node on two busy cores, start-up (the app compiled on the fly) can take half a minute.
    await service.waitForLog('http.listening', 150_000);
    await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, 30_000, 'readiness');
    const post = (id: string) =>
      fetch(`${base}/test/slow-job`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id, ms: 3000 }),
      });
    expect((await post('first')).status).toBe(201);
    await service.waitForLog('slow_job.started');

    service.signal('SIGTERM');
    const ready = await waitFor(
      async () => {
        const res = await fetch(`${base}/health/ready`);
        return res.status === 503 ? ((await res.json()) as { error: Record<string, unknown> }) : null;
      },
      2500,
      'readiness to turn 503',
    );
    expect(Object.keys(ready.error)).toContain('shutdown');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const late = await post('second');

    expect(await service.waitForExit()).toBe(0);
    const started = service.lines.filter((l) => l.msg === 'slow_job.started').map((l) => l.id);
    expect(started).toEqual(['first']);
    expect(service.indexOf('slow_job.finished')).toBeGreaterThan(-1);
    expect(service.indexOf('slow_job.finished')).toBeLessThan(service.indexOf('shutdown.complete'));
    expect(late.status).toBe(lateJobStatus);
  });
}

describe('graceful shutdown, embedded mode', () => {
  // Embedded mode has nowhere to keep a job past exit, so it refuses new ones while draining.
  gracefulShutdown(() => ({}), 503);
});

describeWithRedis('graceful shutdown, Redis mode', () => {
  let redis: RedisHandle;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  // Redis mode queues a new job for another worker; this one no longer takes it.
  gracefulShutdown(() => ({ REDIS_URL: redis.url, KEY_PREFIX: uniquePrefix('shutdown') }), 201);
});

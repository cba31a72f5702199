import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { bootApp, type TestApp } from '../support/app-harness';
import { LogCapture } from '../support/log-capture';
import { TestRoutesModule } from '../support/test-routes.module';
import { waitFor } from '../support/wait';

describe('request logging', () => {
  const logs = new LogCapture();
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await bootApp({ LOG_LEVEL: 'info' }, [TestRoutesModule], logs);
  });
  afterAll(async () => t?.close());

  it("gives a handler the request's correlation id for its log lines, also after the body was parsed", async () => {
    await http()
      .post('/test/echo')
      .set('x-correlation-id', 'log-test-1')
      .send({ guestId: 'g', count: 3 })
      .expect(201);
    const line = await waitFor(() =>
      logs.withMessage('test.echo_handled').find((l) => l.correlationId === 'log-test-1'),
    );
    expect(line).toMatchObject({ guestCount: 3 });
  });

  it('keeps the correlation id when the body arrives in pieces', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path: '/test/echo',
          headers: { 'content-type': 'application/json', 'x-correlation-id': 'log-slow' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{"guestId":"g",');
      setTimeout(() => req.end('"count":4}'), 50);
    });
    expect(status).toBe(201);
    const line = await waitFor(() =>
      logs.withMessage('test.echo_handled').find((l) => l.correlationId === 'log-slow'),
    );
    expect(line).toMatchObject({ guestCount: 4 });
  });

  it('ends every request with one http.request line, without the query string', async () => {
    await http().get('/nowhere?hub.verify_token=SECRET').set('x-correlation-id', 'log-test-2').expect(404);
    const line = await waitFor(() =>
      logs.withMessage('http.request').find((l) => l.correlationId === 'log-test-2'),
    );
    expect(line).toMatchObject({ req: { method: 'GET', path: '/nowhere' }, res: { statusCode: 404 } });
    expect(JSON.stringify(logs.lines)).not.toContain('SECRET');
    const rejected = logs.withMessage('http.rejected').find((l) => l.correlationId === 'log-test-2');
    expect(rejected).toMatchObject({ level: 40, status: 404 });
  });

  it('keeps concurrent requests apart', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        http()
          .post('/test/echo')
          .set('x-correlation-id', `par-${i}`)
          .send({ guestId: 'g', count: i % 10 })
          .expect(201),
      ),
    );
    for (let i = 0; i < 20; i++) {
      const line = logs.withMessage('test.echo_handled').find((l) => l.correlationId === `par-${i}`);
      expect(line?.guestCount).toBe(i % 10);
    }
  });

  it('does not log probes and scrapes', async () => {
    await http().get('/health/live').set('x-correlation-id', 'probe-1').expect(200);
    await http().get('/metrics').set('x-correlation-id', 'probe-2').expect(200);
    expect(logs.lines.some((l) => l.correlationId === 'probe-1' || l.correlationId === 'probe-2')).toBe(
      false,
    );
  });
});

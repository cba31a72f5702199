import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { LogCapture } from '../../../test/support/log-capture';
import { SERVER_TO_SERVER } from '../http/security-headers';
import { installRequestLogging } from './request-logging';

const LEVELS = { debug: 20, info: 30, error: 50 } as const;

/** A bare Fastify with the request logging, whose routes answer the status named in `?status=`. */
async function serverLoggingAt(level: 'info' | 'debug'): Promise<{ app: FastifyInstance; logs: LogCapture }> {
  const logs = new LogCapture();
  const app = Fastify();
  installRequestLogging(app, pino({ level }, logs));
  const answer = async (request: { query: unknown }, reply: { code(status: number): unknown }) => {
    reply.code(Number((request.query as { status?: string }).status ?? 200));
    return { ok: true };
  };
  // Flagged as the gateway flags its delivery routes.
  app.post('/webhooks/whatsapp', { config: { [SERVER_TO_SERVER]: true } }, answer);
  app.get('/webhooks/whatsapp', answer);
  app.post('/admin/tenants', answer);
  await app.ready();
  return { app, logs };
}

/** The level of the one `http.request` line of a request, or undefined when there is none. */
async function requestLineLevel(
  server: { app: FastifyInstance; logs: LogCapture },
  method: 'GET' | 'POST',
  url: string,
): Promise<number | undefined> {
  const before = server.logs.lines.length;
  await server.app.inject({ method, url, payload: method === 'POST' ? {} : undefined });
  await new Promise((resolve) => setImmediate(resolve));
  const lines = server.logs.lines.slice(before).filter((line) => line.msg === 'http.request');
  expect(lines.length).toBeLessThanOrEqual(1);
  return lines[0]?.level as number | undefined;
}

describe('installRequestLogging', () => {
  let info: { app: FastifyInstance; logs: LogCapture };
  let debug: { app: FastifyInstance; logs: LogCapture };

  beforeAll(async () => {
    [info, debug] = await Promise.all([serverLoggingAt('info'), serverLoggingAt('debug')]);
  });
  afterAll(async () => {
    await Promise.all([info.app.close(), debug.app.close()]);
  });

  it.each<['GET' | 'POST', string, number | undefined]>([
    ['POST', '/webhooks/whatsapp?status=200', undefined],
    ['POST', '/webhooks/whatsapp?status=204', undefined],
    ['POST', '/webhooks/whatsapp?status=400', LEVELS.info],
    ['POST', '/webhooks/whatsapp?status=401', LEVELS.info],
    ['POST', '/webhooks/whatsapp?status=503', LEVELS.error],
    ['GET', '/webhooks/whatsapp?status=200', LEVELS.info],
    ['GET', '/webhooks/whatsapp?status=403', LEVELS.info],
    ['POST', '/admin/tenants?status=201', LEVELS.info],
    ['POST', '/admin/tenants?status=500', LEVELS.error],
    ['GET', '/nowhere', LEVELS.info],
  ])('at info, logs %s %s at level %p', async (method, url, level) => {
    expect(await requestLineLevel(info, method, url)).toBe(level);
  });

  it('logs an accepted webhook delivery at debug, with its route and status', async () => {
    const before = debug.logs.lines.length;
    expect(await requestLineLevel(debug, 'POST', '/webhooks/whatsapp?status=200')).toBe(LEVELS.debug);
    expect(debug.logs.lines.slice(before).find((line) => line.msg === 'http.request')).toMatchObject({
      req: { method: 'POST', path: '/webhooks/whatsapp', route: '/webhooks/whatsapp' },
      res: { statusCode: 200 },
    });
  });
});

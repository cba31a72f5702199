import helmet from '@fastify/helmet';
import Fastify from 'fastify';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HELMET_OPTIONS, renderHelmetHeaders } from '../../src/app.factory';
import { bootApp, type TestApp } from '../support/app-harness';
import { APP_SECRET, signWhatsApp, VERIFY_TOKEN, whatsappDelivery } from '../support/whatsapp-builders';

/** Headers every response has anyway, whoever answers it. */
const TRANSPORT_HEADERS = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

interface Answer {
  status: number;
  /** Name (as sent, case kept) and value of each header line, in order. */
  headers: Array<[string, string]>;
}

function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, host: '127.0.0.1', method, path, headers, agent: false }, (res) => {
      res.resume();
      const pairs: Array<[string, string]> = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2)
        pairs.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: pairs }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** What @fastify/helmet itself sends with our options, the plugin running on every request. */
async function headersOfThePlugin(): Promise<Array<[string, string]>> {
  const reference = Fastify();
  await reference.register(helmet, HELMET_OPTIONS);
  reference.get('/', async () => ({ ok: true }));
  await reference.listen({ port: 0, host: '127.0.0.1' });
  try {
    const { headers } = await send((reference.server.address() as AddressInfo).port, 'GET', '/');
    return headers.filter(([name]) => !TRANSPORT_HEADERS.has(name.toLowerCase()));
  } finally {
    await reference.close();
  }
}

describe('security headers', () => {
  let t: TestApp;
  let port: number;
  let expected: Array<[string, string]>;

  beforeAll(async () => {
    t = await bootApp({ WHATSAPP_APP_SECRET: APP_SECRET, WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    expected = await headersOfThePlugin();
  });
  afterAll(async () => t?.close());

  /** The response carries each of the plugin's headers exactly once, same name, same value. */
  function expectPluginHeaders(answer: Answer, label: string): void {
    for (const [name, value] of expected) {
      const lines = answer.headers.filter(([sent]) => sent.toLowerCase() === name.toLowerCase());
      expect({ label, lines }).toEqual({ label, lines: [[name, value]] });
    }
  }

  it('renders at start-up exactly the headers the plugin sends', async () => {
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(expected.map(([name]) => name)).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'Strict-Transport-Security', 'X-Frame-Options']),
    );
    expect(await renderHelmetHeaders(HELMET_OPTIONS)).toEqual(expected);
  });

  it('sends them on every route the app registers, whatever the answer', async () => {
    const routes = t.routes.filter((route) => route.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      const path = route.url.replace(/:[^/]+/g, 'x').replace('*', 'swagger-ui.css');
      const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
      const answer = hasBody
        ? await send(port, route.method, path, { 'content-type': 'application/json' }, '{}')
        : await send(port, route.method, path);
      expectPluginHeaders(answer, `${route.method} ${path} (${answer.status})`);
    }
  });

  it('sends them on an accepted WhatsApp delivery, a rejected one, a malformed one and a 404', async () => {
    const body = JSON.stringify(whatsappDelivery([{ id: `wamid.headers${process.pid}` }]));
    const signed = { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsApp(body) };
    const answers = [
      await send(port, 'POST', '/webhooks/whatsapp', signed, body),
      await send(port, 'POST', '/webhooks/whatsapp', { 'content-type': 'application/json' }, body),
      await send(
        port,
        'POST',
        '/webhooks/whatsapp',
        { ...signed, 'x-hub-signature-256': signWhatsApp('{}') },
        '{}',
      ),
      await send(port, 'GET', '/nowhere'),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 400, 404]);
    answers.forEach((answer) => expectPluginHeaders(answer, String(answer.status)));
  });
});

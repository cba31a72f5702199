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

  /** Of the plugin's headers, only X-Content-Type-Options, once. */
  function expectServerToServerHeaders(answer: Answer, label: string): void {
    for (const [name, value] of expected) {
      const lines = answer.headers.filter(([sent]) => sent.toLowerCase() === name.toLowerCase());
      const want = name.toLowerCase() === 'x-content-type-options' ? [[name, value]] : [];
      expect({ label, lines }).toEqual({ label, lines: want });
    }
  }

  const isDelivery = (method: string, url: string): boolean =>
    method === 'POST' && url.startsWith('/webhooks/');

  it('sends them on every route the app registers, whatever the answer, webhook deliveries aside', async () => {
    const routes = t.routes.filter((route) => route.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => isDelivery(route.method, route.url))).toHaveLength(2);
    for (const route of routes) {
      const path = route.url.replace(/:[^/]+/g, 'x').replace('*', 'swagger-ui.css');
      const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
      const answer = hasBody
        ? await send(port, route.method, path, { 'content-type': 'application/json' }, '{}')
        : await send(port, route.method, path);
      const label = `${route.method} ${path} (${answer.status})`;
      if (isDelivery(route.method, route.url)) expectServerToServerHeaders(answer, label);
      else expectPluginHeaders(answer, label);
    }
  });

  it('answers WhatsApp deliveries, accepted, rejected or malformed, with X-Content-Type-Options only', async () => {
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
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 400]);
    answers.forEach((answer) => expectServerToServerHeaders(answer, String(answer.status)));
  });

  it('sends them all on the verification handshake, which echoes a query value, and on a 404', async () => {
    const handshake = await send(
      port,
      'GET',
      `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=12345`,
    );
    const missing = await send(port, 'GET', '/nowhere');
    const wrongMethod = await send(port, 'DELETE', '/webhooks/whatsapp');
    expect([handshake.status, missing.status, wrongMethod.status]).toEqual([200, 404, 404]);
    expectPluginHeaders(handshake, 'handshake');
    expectPluginHeaders(missing, '404');
    expectPluginHeaders(wrongMethod, 'DELETE on a webhook path');
  });
});

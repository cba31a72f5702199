import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { GraphHttp } from './graph-http';
import { listenOnLoopback } from '../../../test/support/loopback';

describe('GraphHttp', () => {
  let server: Server;
  let url: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        response.writeHead(request.url === '/missing' ? 404 : 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ method: request.method, body }));
      });
    });
    server.on('connection', (socket: Socket) => sockets.push(socket));
    url = await listenOnLoopback(server);
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends the body and reads the whole answer with its status, reusing one kept-alive connection', async () => {
    const http = new GraphHttp();
    const signal = new AbortController().signal;
    const before = sockets.length;
    const first = await http.call(`${url}/messages`, 'POST', {}, '{"a":1}', signal);
    const second = await http.call(`${url}/missing`, 'GET', {}, undefined, signal);
    expect(first).toEqual({ status: 200, text: JSON.stringify({ method: 'POST', body: '{"a":1}' }) });
    expect(second.status).toBe(404);
    expect(sockets.length - before).toBe(1);
    http.close();
  });

  it('closes its kept-alive connections on close(), so they do not hold a stopping process', async () => {
    const http = new GraphHttp();
    await http.call(`${url}/messages`, 'GET', {}, undefined, new AbortController().signal);
    const socket = sockets[sockets.length - 1];
    const closed = new Promise<string>((resolve) => socket.once('close', () => resolve('closed')));
    // Without close() the agent would drop the idle connection only after its 4 s idle timeout.
    const idleTimeout = new Promise<string>((resolve) =>
      setTimeout(() => resolve('still open'), 2000).unref(),
    );
    http.close();
    expect(await Promise.race([closed, idleTimeout])).toBe('closed');
  });

  it('rejects when its signal aborts', async () => {
    const http = new GraphHttp();
    const controller = new AbortController();
    controller.abort(new Error('budget spent'));
    await expect(http.call(`${url}/messages`, 'GET', {}, undefined, controller.signal)).rejects.toThrow();
    http.close();
  });
});

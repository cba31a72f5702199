import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { exportJWK, exportSPKI, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import type { AppConfig } from '../../src/config/app-config';
import { buildGmailMessage, parseRawMessage, type SeedMessage } from './gmail-payloads';
import { listenOnLoopback } from './loopback';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
export type FakeGoogleRoute = 'jwks' | 'token' | 'history' | 'list' | 'get' | 'send';

export interface FakeMailboxAccount {
  address: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

/**
 * Answer the next `times` (default 1) requests of a route with `status` and `body` (JSON, or a
 * string sent as it is), after `delayMs`; with only `delayMs`, answer normally but late.
 */
export interface FakeFault {
  status?: number;
  body?: unknown;
  delayMs?: number;
  times?: number;
}

export interface PushTokenOptions {
  claims?: JWTPayload;
  omit?: string[];
  alg?: 'RS256' | 'HS256' | 'none';
  /** `foreign`: a key pair that is not in the JWKS. */
  key?: 'jwks' | 'foreign';
  kid?: string;
  expiresInS?: number;
}

export interface RecordedRequest {
  route: FakeGoogleRoute | 'unknown';
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body: string;
}

export interface SentMail {
  mailbox: string;
  threadId: string;
  raw: string;
  /** Header names lowercased, folded lines joined. */
  headers: Record<string, string>;
  /** The decoded text body. */
  text: string;
}

interface Mailbox {
  account: FakeMailboxAccount;
  messages: Map<string, Record<string, unknown>>;
  history: Array<{ id: number; messageId: string; threadId: string; labelIds: string[] }>;
  historyId: number;
  /** history.list from an id below this answers 404 (too old). */
  floor: number;
}

/** One loopback server imitating Google for tests: JWKS, OAuth token endpoint and the Gmail API. */
export class FakeGoogle {
  readonly requests: RecordedRequest[] = [];
  readonly sent: SentMail[] = [];
  readonly refreshes = new Map<string, number>();
  jwksFetches = 0;
  expiresInS = 3599;
  pageSize = 100;
  private readonly mailboxes = new Map<string, Mailbox>();
  private readonly accessTokens = new Map<string, string>();
  private readonly faults = new Map<FakeGoogleRoute, FakeFault[]>();
  private readonly jwks: Array<Record<string, unknown>> = [];
  private nextId = 1;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly signing: { pair: KeyPair; kid: string },
    private readonly foreign: KeyPair,
    private readonly audience: string,
    private readonly serviceAccount: string,
  ) {}

  static async start(options: { audience?: string; serviceAccount?: string } = {}): Promise<FakeGoogle> {
    const [pair, foreign] = await Promise.all([
      generateKeyPair('RS256', { extractable: true }),
      generateKeyPair('RS256', { extractable: true }),
    ]);
    const server = createServer();
    const origin = await listenOnLoopback(server);
    const fake = new FakeGoogle(
      server,
      origin,
      { pair, kid: 'google-1' },
      foreign,
      options.audience ?? 'https://hotel.example/webhooks/gmail',
      options.serviceAccount ?? 'gmail-push@hotel-demo.iam.gserviceaccount.com',
    );
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void fake.handle(req, res));
    fake.jwks.push({ ...(await exportJWK(pair.publicKey)), kid: 'google-1', alg: 'RS256', use: 'sig' });
    return fake;
  }

  /** AppConfig['gmail'] pointing at this fake. */
  get settings(): AppConfig['gmail'] {
    return {
      apiBaseUrl: this.url,
      tokenUrl: `${this.url}/token`,
      jwksUrl: `${this.url}/oauth2/v3/certs`,
      pushAudience: this.audience,
      pushServiceAccount: this.serviceAccount,
    };
  }

  addMailbox(account: FakeMailboxAccount, historyId = 1000): void {
    const address = account.address.toLowerCase();
    this.mailboxes.set(address, { account, messages: new Map(), history: [], historyId, floor: 0 });
  }

  /** Adds a message (and a messageAdded history record); returns its ids and the new historyId. */
  seed(
    address: string,
    seed: SeedMessage | Record<string, unknown>,
  ): { id: string; threadId: string; historyId: string } {
    const resource =
      'from' in seed && typeof seed.from === 'string'
        ? buildGmailMessage(address, seed as SeedMessage, this.nextId)
        : { ...seed };
    const id =
      typeof resource.id === 'string' ? resource.id : `m${(this.nextId++).toString(16).padStart(6, '0')}`;
    const threadId = typeof resource.threadId === 'string' ? resource.threadId : `t${id}`;
    const labelIds = Array.isArray(resource.labelIds) ? (resource.labelIds as string[]) : ['INBOX', 'UNREAD'];
    const box = this.mailbox(address);
    box.historyId += 1;
    box.messages.set(id, { ...resource, id, threadId, labelIds, historyId: String(box.historyId) });
    box.history.push({ id: box.historyId, messageId: id, threadId, labelIds });
    return { id, threadId, historyId: String(box.historyId) };
  }

  /** history.list from below `historyId` answers 404, as Gmail does for ids it no longer keeps. */
  expireHistoryBefore(address: string, historyId: number): void {
    this.mailbox(address).floor = historyId;
  }

  mailboxHistoryId(address: string): string {
    return String(this.mailbox(address).historyId);
  }

  fault(route: FakeGoogleRoute, fault: FakeFault): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), { times: 1, ...fault }]);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Back to a fresh server (same keys and port): no mailboxes, tokens, faults or records. */
  reset(): void {
    for (const list of [this.requests, this.sent]) list.length = 0;
    for (const map of [this.refreshes, this.mailboxes, this.accessTokens, this.faults]) map.clear();
    this.jwksFetches = 0;
    this.expiresInS = 3599;
    this.pageSize = 100;
  }

  /** Every access token issued so far stops working (401), as after a revocation. */
  revokeAccessTokens(): void {
    this.accessTokens.clear();
  }

  /** Adds a new signing key to the JWKS (a Google key rotation) and returns a signer for it. */
  async rotateKey(kid: string): Promise<(options?: PushTokenOptions) => Promise<string>> {
    const pair = await generateKeyPair('RS256', { extractable: true });
    this.jwks.push({ ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' });
    return (options = {}) => this.mintWith(pair, kid, options);
  }

  /** A push OIDC token as Google would send it, with the claims, alg, key and kid chosen. */
  async mintPushToken(options: PushTokenOptions = {}): Promise<string> {
    const pair = options.key === 'foreign' ? this.foreign : this.signing.pair;
    return this.mintWith(pair, options.kid ?? this.signing.kid, options);
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async mintWith(pair: KeyPair, kid: string, options: PushTokenOptions): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = {
      iss: 'https://accounts.google.com',
      aud: this.audience,
      sub: '112233445566778899',
      email: this.serviceAccount,
      email_verified: true,
      iat: now,
      exp: now + (options.expiresInS ?? 3600),
      ...options.claims,
    };
    for (const name of options.omit ?? []) delete claims[name];
    const alg = options.alg ?? 'RS256';
    if (alg === 'none') {
      const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${part({ alg: 'none', typ: 'JWT', kid })}.${part(claims)}.`;
    }
    // HS256 keyed with the public key: the algorithm-confusion forgery a verifier must refuse.
    const key =
      alg === 'HS256' ? new TextEncoder().encode(await exportSPKI(pair.publicKey)) : pair.privateKey;
    return new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT', kid }).sign(key);
  }

  private mailbox(address: string): Mailbox {
    const box = this.mailboxes.get(address.toLowerCase());
    if (!box) throw new Error(`fake-google: no mailbox ${address}`);
    return box;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const match = /^\/gmail\/v1\/users\/([^/]+)\/(history|messages)(?:\/([^/]+))?$/.exec(url.pathname);
    const route = routeOf(req.method ?? 'GET', url.pathname, match);
    const body = Buffer.concat(chunks).toString('utf8');
    const query = Object.fromEntries(url.searchParams);
    this.requests.push({
      route,
      method: req.method ?? '',
      path: url.pathname,
      query,
      authorization: req.headers.authorization,
      body,
    });
    const reply = (status: number, json: unknown): void => {
      // A string body goes out as it is: the way to send something that is not JSON.
      const text = typeof json === 'string' ? json : JSON.stringify(json);
      res.writeHead(status, { 'content-type': 'application/json' }).end(text);
    };
    if (route === 'unknown') return reply(404, { error: 'not found' });
    const fault = this.takeFault(route);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs).unref());
    if (fault?.status) return reply(fault.status, fault.body ?? googleError(fault.status));
    if (route === 'jwks') {
      this.jwksFetches += 1;
      return reply(200, { keys: this.jwks });
    }
    if (route === 'token') return this.token(new URLSearchParams(body), reply);
    const box = this.mailboxes.get(decodeURIComponent(match?.[1] ?? '').toLowerCase());
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!box || this.accessTokens.get(token) !== box.account.address.toLowerCase())
      return reply(401, googleError(401));
    if (route === 'history') return this.history(box, query, reply);
    if (route === 'list') return this.list(box, query, reply);
    if (route === 'send') return this.send(box, body, reply);
    const message = box.messages.get(decodeURIComponent(match?.[3] ?? ''));
    return message ? reply(200, message) : reply(404, googleError(404));
  }

  private takeFault(route: FakeGoogleRoute): FakeFault | undefined {
    const queue = this.faults.get(route) ?? [];
    const fault = queue[0];
    if (fault && (fault.times = (fault.times ?? 1) - 1) <= 0) queue.shift();
    return fault;
  }

  private token(form: URLSearchParams, reply: (status: number, json: unknown) => void): void {
    const box = [...this.mailboxes.values()].find(
      (m) => m.account.refreshToken === form.get('refresh_token'),
    );
    if (form.get('grant_type') !== 'refresh_token' || !box) return reply(400, { error: 'invalid_grant' });
    const { clientId, clientSecret, address } = box.account;
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      return reply(401, { error: 'invalid_client' });
    }
    const count = (this.refreshes.get(address) ?? 0) + 1;
    this.refreshes.set(address, count);
    const accessToken = `ya29.fake-${address}-${count}`;
    this.accessTokens.set(accessToken, address.toLowerCase());
    reply(200, { access_token: accessToken, expires_in: this.expiresInS, token_type: 'Bearer' });
  }

  private history(box: Mailbox, query: Record<string, string>, reply: (s: number, j: unknown) => void): void {
    const start = Number(query.startHistoryId);
    if (!Number.isFinite(start) || start < box.floor) return reply(404, googleError(404));
    const records = box.history.filter(
      (r) => r.id > start && (!query.labelId || r.labelIds.includes(query.labelId)),
    );
    const { page, nextPageToken } = paginate(records, query.pageToken, this.pageSize);
    const history = page.map((r) => {
      const message = { id: r.messageId, threadId: r.threadId, labelIds: r.labelIds };
      return {
        id: String(r.id),
        messages: [{ id: r.messageId, threadId: r.threadId }],
        messagesAdded: [{ message }],
      };
    });
    reply(200, {
      ...(history.length ? { history } : {}),
      historyId: String(box.historyId),
      ...(nextPageToken ? { nextPageToken } : {}),
    });
  }

  private list(box: Mailbox, query: Record<string, string>, reply: (s: number, j: unknown) => void): void {
    const inbox = [...box.messages.values()]
      .filter((m) => (m.labelIds as string[]).includes('INBOX'))
      .reverse();
    const { page, nextPageToken } = paginate(inbox, query.pageToken, this.pageSize);
    const messages = page.map((m) => ({ id: m.id, threadId: m.threadId }));
    reply(200, { messages, resultSizeEstimate: inbox.length, ...(nextPageToken ? { nextPageToken } : {}) });
  }

  private send(box: Mailbox, body: string, reply: (s: number, j: unknown) => void): void {
    const { raw, threadId } = JSON.parse(body) as { raw: string; threadId: string };
    const { headers, text } = parseRawMessage(raw);
    const mailbox = box.account.address.toLowerCase();
    this.sent.push({ mailbox, threadId, raw, headers, text });
    const { id } = this.seed(mailbox, { id: `s${this.nextId++}`, threadId, labelIds: ['SENT'], payload: {} });
    reply(200, { id, threadId, labelIds: ['SENT'] });
  }
}

function routeOf(method: string, path: string, match: RegExpExecArray | null): FakeGoogleRoute | 'unknown' {
  if (method === 'GET' && path === '/oauth2/v3/certs') return 'jwks';
  if (method === 'POST' && path === '/token') return 'token';
  if (!match) return 'unknown';
  if (match[2] === 'history' && method === 'GET' && !match[3]) return 'history';
  if (match[2] !== 'messages') return 'unknown';
  if (method === 'POST') return match[3] === 'send' ? 'send' : 'unknown';
  return match[3] ? 'get' : 'list';
}

function paginate<T>(
  items: T[],
  pageToken: string | undefined,
  size: number,
): { page: T[]; nextPageToken?: string } {
  const offset = Number(pageToken ?? 0) || 0;
  const next = offset + size;
  return { page: items.slice(offset, next), nextPageToken: next < items.length ? String(next) : undefined };
}

function googleError(status: number): unknown {
  return { error: { code: status, message: `fake error ${status}`, errors: [{ reason: 'fake' }] } };
}

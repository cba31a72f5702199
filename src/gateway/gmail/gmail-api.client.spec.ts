import { FakeGoogle } from '../../../test/support/fake-google';
import { GmailApiClient, gmailCredentials } from './gmail-api.client';
import type { GmailCredentials } from './google-access-tokens';
import { GmailApiError } from './google-http';

const MAILBOX: GmailCredentials = {
  address: 'reservas@hoteldemo.example',
  clientId: 'client-1',
  clientSecret: 'secret-1',
  refreshToken: 'refresh-1',
};

class FakeClock {
  constructor(public ms = Date.now()) {}
  now(): number {
    return this.ms;
  }
}

async function failure(promise: Promise<unknown>): Promise<GmailApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GmailApiError)) throw new Error(`expected a GmailApiError, got ${String(error)}`);
  return error;
}

describe('GmailApiClient', () => {
  let google: FakeGoogle;
  let clock: FakeClock;
  let client: GmailApiClient;

  beforeAll(async () => {
    google = await FakeGoogle.start();
  });

  afterAll(() => google.stop());

  beforeEach(() => {
    google.reset();
    google.addMailbox(MAILBOX);
    clock = new FakeClock();
    client = new GmailApiClient(google.settings, { clock, timeoutMs: 2000 });
  });

  const refreshes = (): number => google.refreshes.get(MAILBOX.address) ?? 0;

  describe('access tokens', () => {
    it('reuses a token until a minute before it expires, then refreshes it', async () => {
      google.expiresInS = 3600;
      const first = await client.accessToken(MAILBOX);
      clock.ms += 3539_000;
      expect(await client.accessToken(MAILBOX)).toBe(first);
      expect(refreshes()).toBe(1);
      clock.ms += 2_000;
      expect(await client.accessToken(MAILBOX)).not.toBe(first);
      expect(refreshes()).toBe(2);
    });

    it('sends the refresh-token grant as a form', async () => {
      await client.accessToken(MAILBOX);
      const form = new URLSearchParams(google.requests.find((r) => r.route === 'token')?.body);
      expect(Object.fromEntries(form)).toEqual({
        grant_type: 'refresh_token',
        client_id: 'client-1',
        client_secret: 'secret-1',
        refresh_token: 'refresh-1',
      });
    });

    it('shares one refresh among concurrent callers', async () => {
      google.fault('token', { delayMs: 100 });
      const tokens = await Promise.all(Array.from({ length: 8 }, () => client.accessToken(MAILBOX)));
      expect(new Set(tokens).size).toBe(1);
      expect(refreshes()).toBe(1);
    });

    it('lets one caller give up without failing the others waiting on the same refresh', async () => {
      google.fault('token', { delayMs: 100 });
      const impatient = client.accessToken(MAILBOX, AbortSignal.timeout(10));
      const patient = client.accessToken(MAILBOX);
      await expect(impatient).rejects.toThrow();
      await expect(patient).resolves.toMatch(/^ya29\./);
    });

    it('does not cache a failed refresh', async () => {
      google.fault('token', { status: 500 });
      expect(await failure(client.accessToken(MAILBOX))).toMatchObject({
        outcome: 'http_5xx',
        isRetryable: true,
      });
      await expect(client.accessToken(MAILBOX)).resolves.toMatch(/^ya29\./);
    });

    it('calls a revoked refresh token and a wrong client secret permanent failures', async () => {
      const revoked = await failure(client.accessToken({ ...MAILBOX, refreshToken: 'gone' }));
      expect(revoked).toMatchObject({ outcome: 'invalid_grant', isRetryable: false });
      const badClient = await failure(client.accessToken({ ...MAILBOX, clientSecret: 'wrong' }));
      expect(badClient).toMatchObject({ outcome: 'http_401', isRetryable: false });
    });

    it('renews a token Gmail no longer accepts, once, and carries on', async () => {
      const { id } = google.seed(MAILBOX.address, { from: 'ana@example.com', text: 'Hola' });
      await client.getMessage(MAILBOX, id);
      google.revokeAccessTokens();
      await expect(client.getMessage(MAILBOX, id)).resolves.toMatchObject({ id });
      expect(refreshes()).toBe(2);
    });
  });

  describe('listNewMessages', () => {
    it('follows nextPageToken and returns INBOX additions oldest first with the next historyId', async () => {
      google.pageSize = 2;
      const start = google.mailboxHistoryId(MAILBOX.address);
      const ids = Array.from(
        { length: 5 },
        (_, i) => google.seed(MAILBOX.address, { from: 'a@b.c', text: `m${i}` }).id,
      );
      google.seed(MAILBOX.address, { from: MAILBOX.address, text: 'sent', labels: ['SENT'] });

      const listing = await client.listNewMessages(MAILBOX, start);
      expect(listing).toEqual({
        source: 'history',
        messages: ids.map((id) => ({ id, threadId: `t${id}`, labelIds: ['INBOX', 'UNREAD'] })),
        historyId: google.mailboxHistoryId(MAILBOX.address),
      });
      const calls = google.requests.filter((r) => r.route === 'history');
      expect(calls).toHaveLength(3);
      expect(calls[0].query).toEqual({
        startHistoryId: start,
        historyTypes: 'messageAdded',
        labelId: 'INBOX',
      });
      expect(calls[2].query.pageToken).toBe('4');
    });

    it('resumes after the last record read when the page limit cuts a listing short', async () => {
      google.pageSize = 2;
      const limited = new GmailApiClient(google.settings, { maxPages: 2 });
      const start = google.mailboxHistoryId(MAILBOX.address);
      const seeded = Array.from({ length: 5 }, () =>
        google.seed(MAILBOX.address, { from: 'a@b.c', text: 'x' }),
      );
      const listing = await limited.listNewMessages(MAILBOX, start);
      expect(listing.messages).toHaveLength(4);
      expect(listing).toMatchObject({ historyId: seeded[3].historyId });
    });

    it('falls back to the last day of INBOX when the start id is too old (404)', async () => {
      const older = google.seed(MAILBOX.address, { from: 'a@b.c', text: 'older' });
      const newer = google.seed(MAILBOX.address, { from: 'a@b.c', text: 'newer' });
      google.expireHistoryBefore(MAILBOX.address, 2000);
      const listing = await client.listNewMessages(MAILBOX, '1000');
      expect(listing).toEqual({
        source: 'recent',
        messages: [older, newer].map(({ id, threadId }) => ({ id, threadId, labelIds: [] })),
      });
      expect(google.requests.find((r) => r.route === 'list')?.query).toEqual({ q: 'in:inbox newer_than:1d' });
    });

    it('refuses a start that is not a historyId before calling anyone', async () => {
      await expect(client.listNewMessages(MAILBOX, '12; DROP')).rejects.toThrow(RangeError);
      expect(google.requests).toHaveLength(0);
    });
  });

  describe('errors', () => {
    it('returns the full message and calls an unknown id http_404', async () => {
      const { id } = google.seed(MAILBOX.address, { from: 'a@b.c', text: 'hola' });
      await expect(client.getMessage(MAILBOX, id)).resolves.toMatchObject({
        id,
        payload: { mimeType: 'text/plain' },
      });
      expect(google.requests.at(-1)?.query).toEqual({ format: 'full' });
      expect(await failure(client.getMessage(MAILBOX, 'nope'))).toMatchObject({
        outcome: 'http_404',
        isRetryable: false,
      });
    });

    it.each([
      ['429', { status: 429 }, 'rate_limited', true],
      [
        '403 with a rate-limit reason',
        { status: 403, body: { error: { errors: [{ reason: 'userRateLimitExceeded' }] } } },
        'rate_limited',
        true,
      ],
      ['403 otherwise', { status: 403 }, 'http_403', false],
      ['401 twice (a fresh token refused too)', { status: 401, times: 2 }, 'http_401', false],
      ['400', { status: 400 }, 'http_400', false],
      ['409', { status: 409 }, 'http_4xx', false],
      ['500', { status: 500 }, 'http_5xx', true],
      ['503', { status: 503 }, 'http_5xx', true],
      ['200 with a body that is not JSON', { status: 200, body: 'oops' }, 'bad_response', true],
    ])('maps %s to %s', async (_case, fault, outcome, isRetryable) => {
      await client.accessToken(MAILBOX);
      google.fault('get', fault);
      expect(await failure(client.getMessage(MAILBOX, 'm1'))).toMatchObject({ outcome, isRetryable });
    });

    it('calls a slow answer a retryable timeout, and an unreachable server a network failure', async () => {
      const impatient = new GmailApiClient(google.settings, { timeoutMs: 50 });
      google.fault('token', { delayMs: 300 });
      expect(await failure(impatient.accessToken(MAILBOX))).toMatchObject({
        outcome: 'timeout',
        isRetryable: true,
      });
      const nowhere = new GmailApiClient({ ...google.settings, tokenUrl: 'http://127.0.0.1:1/token' });
      expect(await failure(nowhere.accessToken(MAILBOX))).toMatchObject({
        outcome: 'network',
        isRetryable: true,
      });
    });

    it("passes the caller's abort through instead of calling it a Gmail failure", async () => {
      await client.accessToken(MAILBOX);
      google.fault('get', { delayMs: 300 });
      const controller = new AbortController();
      const pending = client.getMessage(MAILBOX, 'm1', controller.signal);
      setTimeout(() => controller.abort(new Error('job cancelled')), 20);
      await expect(pending).rejects.toThrow('job cancelled');
    });
  });

  describe('gmailCredentials', () => {
    it('needs every part of the OAuth set-up', () => {
      expect(gmailCredentials({ ...MAILBOX, address: 'Reservas@HotelDemo.example' })).toEqual(MAILBOX);
      expect(
        gmailCredentials({ address: MAILBOX.address, clientId: 'c', clientSecret: 's' }),
      ).toBeUndefined();
      expect(gmailCredentials(undefined)).toBeUndefined();
    });
  });
});

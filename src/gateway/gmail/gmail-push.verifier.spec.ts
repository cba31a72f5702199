import { FakeGoogle } from '../../../test/support/fake-google';
import { sleep } from '../../../test/support/wait';
import {
  GmailPushKeysUnavailableError,
  GmailPushUnauthorizedError,
  GmailPushVerifier,
} from './gmail-push.verifier';

describe('GmailPushVerifier', () => {
  let google: FakeGoogle;
  let verifier: GmailPushVerifier;

  beforeAll(async () => {
    google = await FakeGoogle.start();
    verifier = new GmailPushVerifier(google.settings);
  });

  afterAll(() => google.stop());
  afterEach(() => google.clearFaults());

  const bearer = (token: string): string => `Bearer ${token}`;

  it('accepts a token Google signed for our audience and push service account', async () => {
    expect(await verifier.verify(bearer(await google.mintPushToken()))).toBe('valid');
  });

  it('accepts the issuer written without https://', async () => {
    const token = await google.mintPushToken({ claims: { iss: 'accounts.google.com' } });
    expect(await verifier.verify(bearer(token))).toBe('valid');
  });

  it.each([
    ['no header', undefined, 'missing_token'],
    ['an empty header', '', 'missing_token'],
    ['another scheme', 'Basic dXNlcjpwYXNz', 'missing_token'],
    ['a bearer that is not a JWT', 'Bearer not-a-jwt', 'malformed'],
    ['a bearer with three garbage parts', 'Bearer a.b.c', 'malformed'],
  ])('refuses %s', async (_case, header, verdict) => {
    expect(await verifier.verify(header)).toBe(verdict);
  });

  it.each([
    [
      'a token signed with a key that is not Google’s (same kid)',
      { key: 'foreign' as const },
      'bad_signature',
    ],
    ['an expired token', { expiresInS: -600 }, 'expired'],
    ['a token without exp', { omit: ['exp'] }, 'invalid_claims'],
    ['a token for another audience', { claims: { aud: 'https://evil.example/push' } }, 'wrong_audience'],
    ['a token from another issuer', { claims: { iss: 'https://evil.example' } }, 'wrong_issuer'],
    [
      'a token for another service account',
      { claims: { email: 'other@p.iam.gserviceaccount.com' } },
      'wrong_email',
    ],
    ['a token without email', { omit: ['email'] }, 'invalid_claims'],
    ['a token whose email is not verified', { claims: { email_verified: false } }, 'email_unverified'],
    ['a token without email_verified', { omit: ['email_verified'] }, 'email_unverified'],
    ['an unsigned token (alg none)', { alg: 'none' as const }, 'algorithm'],
    ['an HS256 token keyed with Google’s public key', { alg: 'HS256' as const }, 'algorithm'],
  ])('refuses %s', async (_case, options, verdict) => {
    expect(await verifier.verify(bearer(await google.mintPushToken(options)))).toBe(verdict);
  });

  it('throws a 401 error naming the reason from assertValid', async () => {
    const token = await google.mintPushToken({ expiresInS: -600 });
    const error = await verifier.assertValid(bearer(token)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GmailPushUnauthorizedError);
    expect(error).toMatchObject({ httpStatus: 401, reason: 'expired' });
    await expect(verifier.assertValid(bearer(await google.mintPushToken()))).resolves.toBeUndefined();
  });

  it.each([
    ['GMAIL_PUSH_AUDIENCE', { pushAudience: undefined }],
    ['GMAIL_PUSH_SERVICE_ACCOUNT', { pushServiceAccount: undefined }],
  ])('refuses every push while %s is not set, and says so', async (variable, missing) => {
    const unconfigured = new GmailPushVerifier({ ...google.settings, ...missing });
    const token = await google.mintPushToken();
    expect(await unconfigured.verify(bearer(token))).toBe('not_configured');
    expect(unconfigured.notConfiguredReason).toContain(variable);
    await expect(unconfigured.assertValid(bearer(token))).rejects.toThrow(variable);
    expect(verifier.notConfiguredReason).toBeUndefined();
  });

  it('fetches the key set again, once, for a kid it does not know (a key rotation)', async () => {
    const rotating = new GmailPushVerifier(google.settings, { cooldownMs: 50 });
    expect(await rotating.verify(bearer(await google.mintPushToken()))).toBe('valid');
    const fetchesBefore = google.jwksFetches;
    const signWithNewKey = await google.rotateKey('google-2');
    await sleep(80);

    expect(await rotating.verify(bearer(await signWithNewKey()))).toBe('valid');
    expect(google.jwksFetches).toBe(fetchesBefore + 1);
    expect(await rotating.verify(bearer(await signWithNewKey()))).toBe('valid');
    expect(google.jwksFetches).toBe(fetchesBefore + 1);
  });

  it('does not refetch within the cooldown however many unknown kids arrive', async () => {
    const guarded = new GmailPushVerifier(google.settings, { cooldownMs: 60_000 });
    expect(await guarded.verify(bearer(await google.mintPushToken()))).toBe('valid');
    const fetchesBefore = google.jwksFetches;
    for (let i = 0; i < 5; i += 1) {
      const token = await google.mintPushToken({ key: 'foreign', kid: `unknown-${i}` });
      expect(await guarded.verify(bearer(token))).toBe('unknown_key');
    }
    expect(google.jwksFetches).toBe(fetchesBefore);
  });

  it('answers unavailable (503) when the key set endpoint fails', async () => {
    const fresh = new GmailPushVerifier(google.settings);
    google.fault('jwks', { status: 500, times: 5 });
    const token = bearer(await google.mintPushToken());
    expect(await fresh.verify(token)).toBe('unavailable');
    await expect(fresh.assertValid(token)).rejects.toBeInstanceOf(GmailPushKeysUnavailableError);
    google.clearFaults();
    expect(await fresh.verify(token)).toBe('valid');
  });

  it('answers unavailable when the key set endpoint is too slow', async () => {
    const impatient = new GmailPushVerifier(google.settings, { timeoutMs: 50 });
    google.fault('jwks', { delayMs: 300 });
    expect(await impatient.verify(bearer(await google.mintPushToken()))).toBe('unavailable');
  });

  it('answers unavailable when the key set endpoint is unreachable or not a key set', async () => {
    const unreachable = new GmailPushVerifier({ ...google.settings, jwksUrl: 'http://127.0.0.1:1/certs' });
    const token = bearer(await google.mintPushToken());
    expect(await unreachable.verify(token)).toBe('unavailable');
    const garbled = new GmailPushVerifier(google.settings);
    google.fault('jwks', { status: 200, body: { keys: 'nope' } });
    expect(await garbled.verify(token)).toBe('unavailable');
  });
});

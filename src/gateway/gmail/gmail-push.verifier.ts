import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AppConfig } from '../../config/app-config';
import { AppError } from '../../common/errors/app-error';

export type GmailPushSettings = Pick<AppConfig['gmail'], 'jwksUrl' | 'pushAudience' | 'pushServiceAccount'>;

/** Why a push was refused; `unavailable` means Google's keys could not be read (answer 503, not 401). */
export type GmailPushRejection =
  | 'not_configured'
  | 'missing_token'
  | 'malformed'
  | 'algorithm'
  | 'unknown_key'
  | 'bad_signature'
  | 'expired'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'wrong_email'
  | 'email_unverified'
  | 'invalid_claims'
  | 'unavailable';

export type GmailPushVerdict = 'valid' | GmailPushRejection;

export interface GmailPushVerifierOptions {
  /** How long a fetched JWKS is used before it is fetched again. */
  cacheMaxAgeMs?: number;
  /** After a fetch, an unknown `kid` triggers no new fetch for this long (no refetch storms). */
  cooldownMs?: number;
  timeoutMs?: number;
}

/** Google signs Pub/Sub push tokens with RS256 only; pinning it rules out `none` and HS/RS confusion. */
const ALGORITHMS = ['RS256'];
const ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];
const CLOCK_TOLERANCE_S = 10;

export enum GmailPushErrorCode {
  Unauthorized = 'gmail-push-unauthorized',
  KeysUnavailable = 'gmail-push-keys-unavailable',
}

/** A push whose token is missing, forged, expired or not ours: 401 (Pub/Sub redelivers). */
export class GmailPushUnauthorizedError extends AppError {
  readonly code = GmailPushErrorCode.Unauthorized;
  readonly httpStatus = 401;
  override readonly headers = { 'www-authenticate': 'Bearer realm="gmail-push", error="invalid_token"' };

  constructor(
    readonly reason: GmailPushRejection,
    detail: string,
  ) {
    super(detail);
  }
}

/** Google's signing keys cannot be fetched right now: 503, so Pub/Sub retries later. */
export class GmailPushKeysUnavailableError extends AppError {
  readonly code = GmailPushErrorCode.KeysUnavailable;
  readonly httpStatus = 503;

  constructor() {
    super("Google's signing keys cannot be fetched right now; the push will be retried.");
  }
}

/**
 * Verifies the `Authorization: Bearer <Google OIDC JWT>` of a Gmail Pub/Sub push: RS256 against
 * GOOGLE_JWKS_URL (cached by jose, refetched on an unknown kid after a cooldown), Google's issuer,
 * GMAIL_PUSH_AUDIENCE, and GMAIL_PUSH_SERVICE_ACCOUNT as a verified `email`.
 */
export class GmailPushVerifier {
  private readonly jwks: JWTVerifyGetKey;

  constructor(
    private readonly settings: GmailPushSettings,
    options: GmailPushVerifierOptions = {},
  ) {
    this.jwks = createRemoteJWKSet(new URL(settings.jwksUrl), {
      timeoutDuration: options.timeoutMs ?? 3000,
      cooldownDuration: options.cooldownMs ?? 30_000,
      cacheMaxAge: options.cacheMaxAgeMs ?? 10 * 60_000,
    });
  }

  /** Without an audience and a service account any Google-signed token would pass: refuse all. */
  get notConfiguredReason(): string | undefined {
    const missing = [
      this.settings.pushAudience ? undefined : 'GMAIL_PUSH_AUDIENCE',
      this.settings.pushServiceAccount ? undefined : 'GMAIL_PUSH_SERVICE_ACCOUNT',
    ].filter((name): name is string => name !== undefined);
    return missing.length ? `Gmail push is disabled: ${missing.join(' and ')} not set.` : undefined;
  }

  /** `valid`, or why not; never throws. */
  async verify(authorization: string | undefined): Promise<GmailPushVerdict> {
    const { pushAudience, pushServiceAccount } = this.settings;
    if (!pushAudience || !pushServiceAccount) return 'not_configured';
    const token = readBearer(authorization);
    if (!token) return 'missing_token';
    const alg = readAlgorithm(token);
    if (!alg) return 'malformed';
    if (!ALGORITHMS.includes(alg)) return 'algorithm';
    try {
      const { payload } = await jwtVerify(token, this.jwks, {
        algorithms: ALGORITHMS,
        issuer: ISSUERS,
        audience: pushAudience,
        requiredClaims: ['exp', 'email'],
        clockTolerance: CLOCK_TOLERANCE_S,
      });
      if (
        typeof payload.email !== 'string' ||
        payload.email.toLowerCase() !== pushServiceAccount.toLowerCase()
      ) {
        return 'wrong_email';
      }
      return payload.email_verified === true ? 'valid' : 'email_unverified';
    } catch (error) {
      return classify(error);
    }
  }

  /** Like verify, but throws the error the HTTP layer answers with (401, or 503 for `unavailable`). */
  async assertValid(authorization: string | undefined): Promise<void> {
    const verdict = await this.verify(authorization);
    if (verdict === 'valid') return;
    if (verdict === 'unavailable') throw new GmailPushKeysUnavailableError();
    throw new GmailPushUnauthorizedError(verdict, this.describe(verdict));
  }

  private describe(rejection: Exclude<GmailPushRejection, 'unavailable'>): string {
    if (rejection === 'not_configured') return this.notConfiguredReason ?? 'Gmail push is disabled.';
    if (rejection === 'missing_token') return 'A Bearer token from Google is required.';
    return `The push token was refused (${rejection}).`;
  }
}

function readBearer(authorization: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]+)[ \t]*$/i.exec(authorization ?? '');
  return match?.[1];
}

function readAlgorithm(token: string): string | undefined {
  try {
    const { alg } = decodeProtectedHeader(token);
    return typeof alg === 'string' ? alg : undefined;
  } catch {
    return undefined;
  }
}

function classify(error: unknown): GmailPushRejection {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'wrong_issuer';
    if (error.claim === 'aud') return 'wrong_audience';
    return 'invalid_claims';
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return 'unknown_key';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad_signature';
  if (isKeySetFailure(error)) return 'unavailable';
  return 'malformed';
}

/**
 * A failure to get the key set, not a fault of the token: a timeout, a non-200 answer (jose throws
 * a bare JOSEError), an unusable JWKS document, or a network failure (not a JOSE error at all).
 */
function isKeySetFailure(error: unknown): boolean {
  if (!(error instanceof errors.JOSEError)) return true;
  return (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    error.code === errors.JOSEError.code
  );
}

import { Injectable } from '@nestjs/common';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
} from 'jose';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import {
  AdminKeysUnavailableError,
  AdminNotConfiguredError,
  AdminUnauthorizedError,
} from './admin-auth.errors';

/** Algorithms are pinned per key kind, so an HS256 token is never checked against a public key. */
const SYMMETRIC_ALGORITHMS = ['HS256'];
const ASYMMETRIC_ALGORITHMS = ['RS256', 'ES256'];
const CLOCK_TOLERANCE_S = 5;
const MIN_SECRET_LENGTH = 32;

/** Verifies operator JWTs: HS256 with ADMIN_JWT_SECRET and/or RS256/ES256 from ADMIN_JWKS_URL. */
@Injectable()
export class AdminTokenVerifier {
  private readonly secret?: Uint8Array;
  private readonly jwks?: JWTVerifyGetKey;
  private readonly claims: Pick<JWTVerifyOptions, 'issuer' | 'audience'>;

  constructor(config: AppConfig, @InjectPinoLogger('admin') logger: PinoLogger) {
    const { jwtSecret, jwksUrl, issuer, audience } = config.admin;
    if (jwtSecret) this.secret = new TextEncoder().encode(jwtSecret);
    if (jwtSecret && (jwtSecret.length < MIN_SECRET_LENGTH || /change.?me/i.test(jwtSecret))) {
      // Accepted so a test set-up keeps working, but an operator must see it.
      logger.warn(
        { length: jwtSecret.length },
        'admin.weak_jwt_secret: use 32+ random characters for ADMIN_JWT_SECRET',
      );
    }
    if (jwksUrl) {
      this.jwks = createRemoteJWKSet(new URL(jwksUrl), {
        timeoutDuration: 3000,
        cooldownDuration: 30_000,
        cacheMaxAge: 10 * 60_000,
      });
    }
    this.claims = { issuer, audience };
  }

  get isConfigured(): boolean {
    return Boolean(this.secret || this.jwks);
  }

  /** The verified claims; throws AdminUnauthorizedError (401) or a 503 error, never a 500. */
  async verify(token: string): Promise<JWTPayload> {
    if (!this.isConfigured) throw new AdminNotConfiguredError();
    const alg = readAlgorithm(token);
    const options: JWTVerifyOptions = {
      ...this.claims,
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_TOLERANCE_S,
    };
    if (SYMMETRIC_ALGORITHMS.includes(alg) && this.secret) {
      return this.check(() =>
        jwtVerify(token, this.secret as Uint8Array, { ...options, algorithms: SYMMETRIC_ALGORITHMS }),
      );
    }
    if (ASYMMETRIC_ALGORITHMS.includes(alg) && this.jwks) {
      return this.check(() =>
        jwtVerify(token, this.jwks as JWTVerifyGetKey, { ...options, algorithms: ASYMMETRIC_ALGORITHMS }),
      );
    }
    throw new AdminUnauthorizedError(`Tokens signed with ${alg} are not accepted.`);
  }

  private async check(verify: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
    try {
      return (await verify()).payload;
    } catch (error) {
      throw toAuthError(error);
    }
  }
}

function readAlgorithm(token: string): string {
  try {
    const { alg } = decodeProtectedHeader(token);
    if (typeof alg === 'string') return alg;
  } catch {
    // fall through: not a JWS at all
  }
  throw new AdminUnauthorizedError('The bearer token is not a well-formed JWT.');
}

function toAuthError(error: unknown): Error {
  if (error instanceof errors.JWKSTimeout) return new AdminKeysUnavailableError(error);
  if (error instanceof errors.JWTExpired) return new AdminUnauthorizedError('The token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new AdminUnauthorizedError(`The token's "${error.claim}" claim is not acceptable.`);
  }
  if (error instanceof errors.JOSEError)
    return new AdminUnauthorizedError('The token could not be verified.');
  // Not a JOSE error: the JWKS endpoint failed (network, bad JSON).
  return new AdminKeysUnavailableError(error);
}

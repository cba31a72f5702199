import { AppError } from '../common/errors/app-error';

export enum AdminAuthErrorCode {
  Unauthorized = 'admin-unauthorized',
  Forbidden = 'admin-forbidden',
  NotConfigured = 'admin-not-configured',
  KeysUnavailable = 'admin-keys-unavailable',
}

/** Missing, malformed, forged or expired token: 401 with a Bearer challenge (RFC 6750 §3). */
export class AdminUnauthorizedError extends AppError {
  readonly code = AdminAuthErrorCode.Unauthorized;
  readonly httpStatus = 401;
  override readonly headers: Record<string, string>;

  constructor(message: string, tokenSent = true) {
    super(message);
    // Without a token the challenge carries no error code; with a bad one it says invalid_token.
    this.headers = {
      'www-authenticate': tokenSent ? 'Bearer realm="admin", error="invalid_token"' : 'Bearer realm="admin"',
    };
  }
}

/** A valid token without the admin role. */
export class AdminForbiddenError extends AppError {
  readonly code = AdminAuthErrorCode.Forbidden;
  readonly httpStatus = 403;

  constructor() {
    super('The token is valid but does not carry the role "admin".');
  }
}

/** Neither ADMIN_JWT_SECRET nor ADMIN_JWKS_URL is set, so nobody can be authenticated. */
export class AdminNotConfiguredError extends AppError {
  readonly code = AdminAuthErrorCode.NotConfigured;
  readonly httpStatus = 503;

  constructor() {
    super('The admin API is disabled: set ADMIN_JWT_SECRET or ADMIN_JWKS_URL.');
  }
}

/** The JWKS endpoint could not be read, so the token cannot be checked right now. */
export class AdminKeysUnavailableError extends AppError {
  readonly code = AdminAuthErrorCode.KeysUnavailable;
  readonly httpStatus = 503;

  constructor(cause: unknown) {
    super('The admin signing keys cannot be fetched right now; try again shortly.', { cause });
  }
}

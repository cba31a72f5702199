import { AppError } from '../common/errors/app-error';

export enum AdminAuthErrorCode {
  Unauthorized = 'admin-unauthorized',
  Forbidden = 'admin-forbidden',
  NotConfigured = 'admin-not-configured',
  KeysUnavailable = 'admin-keys-unavailable',
}

/** Missing, malformed, forged or expired token: 401 with a Bearer challenge. */
export class AdminUnauthorizedError extends AppError {
  readonly code = AdminAuthErrorCode.Unauthorized;
  readonly httpStatus = 401;
  override readonly headers = { 'www-authenticate': 'Bearer realm="admin", error="invalid_token"' };
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

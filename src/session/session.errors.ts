import { AppError } from '../common/errors/app-error';

export enum SessionErrorCode {
  Conflict = 'session-conflict',
  StoreUnavailable = 'session-store-unavailable',
}

/** Concurrent writers kept changing the session; the update gave up after its bounded retries. */
export class SessionConflictError extends AppError {
  readonly code = SessionErrorCode.Conflict;
  readonly httpStatus = 409;
}

/** The store kept failing (after short bounded retries). */
export class SessionStoreUnavailableError extends AppError {
  readonly code = SessionErrorCode.StoreUnavailable;
  readonly httpStatus = 503;
}

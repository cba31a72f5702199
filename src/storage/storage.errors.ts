import { AppError } from '../common/errors/app-error';

/** The store could not be reached (connection lost, command timed out); the caller may answer 503. */
export class StoreUnavailableError extends AppError {
  readonly code = 'store-unavailable';
  readonly httpStatus = 503;
}

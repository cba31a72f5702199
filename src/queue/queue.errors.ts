import { AppError } from '../common/errors/app-error';

/** The queue cannot take the job right now (Redis unreachable); the caller should answer 503. */
export class QueueUnavailableError extends AppError {
  readonly code = 'queue-unavailable';
  readonly httpStatus = 503;
}

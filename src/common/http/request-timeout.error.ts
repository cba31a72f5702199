import { AppError } from '../errors/app-error';

export class RequestTimeoutError extends AppError {
  readonly code = 'request-timeout';
  readonly httpStatus = 503;

  constructor(readonly timeoutMs: number) {
    super(`The request took longer than ${timeoutMs} ms and was cancelled.`);
  }
}

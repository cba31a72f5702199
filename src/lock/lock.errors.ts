import { AppError } from '../common/errors/app-error';

export enum LockErrorCode {
  Timeout = 'lock-timeout',
  Lost = 'lock-lost',
}

/** The resources stayed held by someone else for longer than the caller would wait. */
export class LockTimeoutError extends AppError {
  readonly code = LockErrorCode.Timeout;
  readonly httpStatus = 503;

  constructor(
    readonly resources: string[],
    readonly holder: string | null,
    readonly waitedMs: number,
  ) {
    super(`Could not lock ${resources.join(', ')} within ${waitedMs} ms (held by ${holder ?? 'unknown'}).`);
  }
}

/** The lock expired or was taken over while its holder still worked under it. */
export class LockLostError extends AppError {
  readonly code = LockErrorCode.Lost;
  readonly httpStatus = 503;

  constructor(readonly resources: string[]) {
    super(`The lock on ${resources.join(', ')} was lost before the work finished.`);
  }
}

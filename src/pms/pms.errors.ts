import { AppError } from '../common/errors/app-error';

/** The PMS could not answer (timeout, 5xx, connection, open breaker): try later, say so honestly. */
export class PmsUnavailableError extends AppError {
  readonly code = 'pms-unavailable';
  readonly httpStatus = 503;
  /** Answered by the open circuit breaker, without asking the PMS. */
  readonly circuitOpen: boolean;

  constructor(message: string, options?: { cause?: unknown; circuitOpen?: boolean }) {
    super(message, options);
    this.circuitOpen = options?.circuitOpen ?? false;
  }
}

export type PmsRejection =
  'no_availability' | 'unknown_reference' | 'already_cancelled' | 'unknown_room_type' | 'rejected';

/** A business "no" from the PMS; it does not count as a PMS failure. */
export class PmsRejectedError extends AppError {
  readonly code = 'pms-rejected';
  readonly httpStatus: number;

  constructor(
    readonly reason: PmsRejection,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.httpStatus = reason === 'unknown_reference' || reason === 'unknown_room_type' ? 404 : 409;
  }
}

export type PmsInvalidReason =
  | 'invalid_date'
  | 'check_out_not_after_check_in'
  | 'check_in_in_past'
  | 'stay_too_long'
  | 'invalid_guests'
  | 'invalid_request';

/** The request cannot be valid for any PMS (dates, guests); checked before any call. */
export class PmsInvalidRequestError extends AppError {
  readonly code = 'pms-invalid-request';
  readonly httpStatus = 400;

  constructor(
    readonly reason: PmsInvalidReason,
    message: string,
  ) {
    super(message);
  }
}

import { AppError } from '../../common/errors/app-error';

/** A webhook whose signature or token does not verify: nothing is queued. */
export class WebhookUnauthorizedError extends AppError {
  readonly code = 'webhook-unauthorized';
  readonly httpStatus = 401;
}

/** The verification handshake failed (wrong mode or verify token). */
export class WebhookForbiddenError extends AppError {
  readonly code = 'webhook-forbidden';
  readonly httpStatus = 403;
}

/** The channel is not configured on this deployment (its secret is unset): the sender should retry later. */
export class WebhookNotConfiguredError extends AppError {
  readonly code = 'webhook-not-configured';
  readonly httpStatus = 503;
}

/** The body verified but is not what the channel sends. */
export class WebhookBadRequestError extends AppError {
  readonly code = 'webhook-bad-request';
  readonly httpStatus = 400;
}

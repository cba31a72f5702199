import { AppError } from '../errors/app-error';

/** A client over RATE_LIMIT_IP_PER_MIN: answered 429 (the limiter has set Retry-After and X-RateLimit-*). */
export class RateLimitedError extends AppError {
  readonly code = 'rate-limited';
  readonly httpStatus = 429;
  /** Read by Fastify's own error handler, should a route's scope not use the problem sender. */
  readonly statusCode = 429;

  constructor(readonly retryAfterS: number) {
    super(`Too many requests from this address; retry in ${retryAfterS} s.`);
  }
}

/**
 * Base of every domain error. `code` is stable (a per-module enum value) and names the problem type;
 * `httpStatus` is what the problem+json filter answers when such an error reaches HTTP.
 */
export abstract class AppError extends Error {
  abstract readonly code: string;
  abstract readonly httpStatus: number;
  /** Extra response headers when this error reaches HTTP (e.g. WWW-Authenticate on a 401). */
  readonly headers?: Record<string, string>;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

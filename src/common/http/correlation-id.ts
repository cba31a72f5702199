import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const CORRELATION_ID_HEADER = 'x-correlation-id';
export const REQUEST_ID_HEADER = 'x-request-id';

const VALID_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function isValidCorrelationId(value: unknown): value is string {
  return typeof value === 'string' && VALID_CORRELATION_ID.test(value);
}

/** The caller's X-Correlation-ID (or X-Request-ID) when well-formed, else a fresh UUID v4 (design §3). */
export function resolveCorrelationId(headers: IncomingHttpHeaders): string {
  const candidate = headers[CORRELATION_ID_HEADER] ?? headers[REQUEST_ID_HEADER];
  return isValidCorrelationId(candidate) ? candidate : randomUUID();
}

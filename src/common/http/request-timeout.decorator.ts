import { SetMetadata } from '@nestjs/common';

export const REQUEST_TIMEOUT_MS = 'agent:request-timeout-ms';

/** Overrides HTTP_TIMEOUT_MS for one route or controller. */
export const RequestTimeout = (timeoutMs: number): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUEST_TIMEOUT_MS, timeoutMs);

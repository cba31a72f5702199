import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The request's correlation id (Fastify's request id, set from X-Correlation-ID), for its log lines. */
export const RequestCorrelationId = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string =>
    String(context.switchToHttp().getRequest<FastifyRequest>().id),
);

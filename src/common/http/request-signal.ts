import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

const signals = new WeakMap<object, AbortSignal>();

export function attachRequestSignal(request: FastifyRequest, signal: AbortSignal): void {
  signals.set(request, signal);
}

/** The signal that aborts when the request times out or the client goes away. */
export function requestSignal(request: FastifyRequest): AbortSignal {
  return signals.get(request) ?? new AbortController().signal;
}

/** Injects the request's AbortSignal into a handler parameter: pass it down so a timeout cancels work. */
export const RequestSignal = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  requestSignal(ctx.switchToHttp().getRequest<FastifyRequest>()),
);

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RequestTimeoutError } from './request-timeout.error';
import { tagCorrelation } from '../logging/correlation-context';

const ROUTE_TIMEOUT_KEY = 'requestTimeoutMs';

/** Overrides HTTP_TIMEOUT_MS for one route (a method decorator; the value lands in Fastify's route config). */
export const RequestTimeout = (timeoutMs: number): MethodDecorator =>
  RouteConfig({ [ROUTE_TIMEOUT_KEY]: timeoutMs });

interface Deadline {
  timer?: NodeJS.Timeout;
  reply: FastifyReply;
  controller?: AbortController;
  reason?: Error;
}

const deadlines = new WeakMap<FastifyRequest, Deadline>();

export type TimeoutResponder = (
  request: FastifyRequest,
  reply: FastifyReply,
  error: RequestTimeoutError,
) => void;

/**
 * Gives every request a deadline (HTTP_TIMEOUT_MS, or the route's @RequestTimeout): past it the
 * request is answered 503 and its AbortSignal fires, so work handed the signal stops instead of
 * running on. Done in Fastify hooks rather than a Nest interceptor: it also covers requests that
 * never reach a handler, and costs a timer per request instead of an RxJS pipeline.
 */
export function installRequestDeadlines(
  fastify: FastifyInstance,
  defaultTimeoutMs: number,
  respond: TimeoutResponder,
): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const config = request.routeOptions.config as { [ROUTE_TIMEOUT_KEY]?: number };
    const timeoutMs = config[ROUTE_TIMEOUT_KEY] ?? defaultTimeoutMs;
    const deadline: Deadline = { reply };
    deadline.timer = setTimeout(() => {
      const error = new RequestTimeoutError(timeoutMs);
      abort(deadline, error);
      if (!reply.sent) respond(request, reply, error);
    }, timeoutMs).unref();
    deadlines.set(request, deadline);
    done();
  });
  const settle = (request: FastifyRequest, _reply: unknown, done: () => void): void => {
    clearTimeout(deadlines.get(request)?.timer);
    done();
  };
  fastify.addHook('onResponse', settle);
  fastify.addHook('onRequestAbort', (request, done) => {
    const deadline = deadlines.get(request);
    clearTimeout(deadline?.timer);
    if (deadline) abort(deadline, new Error('the client closed the connection'));
    done();
  });
}

function abort(deadline: Deadline, reason: Error): void {
  deadline.reason ??= reason;
  deadline.controller?.abort(reason);
}

/** The request's AbortSignal, created on first use: aborts at the deadline or when the client goes away. */
export function requestSignal(request: FastifyRequest): AbortSignal {
  const deadline = deadlines.get(request);
  if (!deadline) return new AbortController().signal;
  if (!deadline.controller) {
    deadline.controller = new AbortController();
    // Code handed this signal (the PMS, a lock) logs the request's correlation id.
    tagCorrelation(deadline.controller.signal, String(request.id));
    if (deadline.reason) deadline.controller.abort(deadline.reason);
  }
  return deadline.controller.signal;
}

/** Injects the request's AbortSignal into a handler parameter: pass it down so a timeout cancels work. */
export const RequestSignal = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  requestSignal(ctx.switchToHttp().getRequest<FastifyRequest>()),
);

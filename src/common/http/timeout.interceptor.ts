import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { finalize, type Observable, throwError, timeout } from 'rxjs';
import { AppConfig } from '../../config/app-config';
import { REQUEST_TIMEOUT_MS } from './request-timeout.decorator';
import { RequestTimeoutError } from './request-timeout.error';
import { attachRequestSignal } from './request-signal';

/**
 * Ends a request that runs over its budget with 503 and aborts the request's AbortSignal, so work
 * that was handed the signal (@RequestSignal) stops too, instead of running on unobserved.
 */
@Injectable()
export class TimeoutInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const timeoutMs =
      this.reflector.getAllAndOverride<number | undefined>(REQUEST_TIMEOUT_MS, [
        context.getHandler(),
        context.getClass(),
      ]) ?? this.config.http.timeoutMs;
    const http = context.switchToHttp();
    const controller = new AbortController();
    attachRequestSignal(http.getRequest<FastifyRequest>(), controller.signal);
    const onClientGone = (): void => controller.abort(new Error('client closed the connection'));
    const raw = http.getResponse<FastifyReply>().raw;
    raw.once('close', onClientGone);

    return next.handle().pipe(
      timeout({
        first: timeoutMs,
        with: () => {
          const error = new RequestTimeoutError(timeoutMs);
          controller.abort(error);
          return throwError(() => error);
        },
      }),
      finalize(() => raw.off('close', onClientGone)),
    );
  }
}

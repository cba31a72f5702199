import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { AppError } from '../errors/app-error';
import { PROBLEM_CONTENT_TYPE, type ProblemDocument, problemType, statusTitle } from './problem-details';
import { RateLimitedError } from './rate-limited.error';
import { RequestValidationError } from './request-validation.error';

/**
 * Turns every error that reaches HTTP, including the ones Fastify raises itself (bad JSON, body too
 * large, wrong media type, unknown route), into an RFC 9457 application/problem+json answer.
 * Anything not recognised is a 500 whose detail never leaks internals.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(@InjectPinoLogger('http') private readonly logger: PinoLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    this.send(http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), exception);
  }

  /** Logs the error and answers it as problem+json (unless an answer already went out). */
  send(request: FastifyRequest, reply: FastifyReply, exception: unknown): void {
    const path = request.url.split('?', 1)[0];
    const problem: ProblemDocument = {
      ...toProblem(exception),
      instance: path,
      correlationId: String(request.id),
    };
    // Messages such as "Cannot GET /x?token=..." must not echo the query string (secrets, phone numbers).
    if (path !== request.url) problem.detail = problem.detail.split(request.url).join(path);
    this.log(problem, exception, request);
    if (reply.sent) return;
    if (exception instanceof AppError && exception.headers) void reply.headers(exception.headers);
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private log(problem: ProblemDocument, exception: unknown, request: FastifyRequest): void {
    // The rate limiter logs its refusals itself, throttled: a flood must not become a flood of lines.
    if (exception instanceof RateLimitedError) return;
    const fields = {
      correlationId: problem.correlationId,
      status: problem.status,
      code: problem.code,
      route: request.routeOptions?.url ?? 'unmatched',
    };
    if (problem.status >= 500) this.logger.error({ ...fields, err: exception }, 'http.error');
    else this.logger.warn({ ...fields, detail: problem.detail }, 'http.rejected');
  }
}

export function toProblem(exception: unknown): ProblemDocument {
  if (exception instanceof RequestValidationError) {
    return {
      type: problemType('validation-error'),
      title: 'Request validation failed',
      status: 400,
      detail: 'One or more fields are invalid.',
      code: 'validation-error',
      errors: exception.fields,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return { type: problemType(), title: statusTitle(status), status, detail: httpDetail(exception) };
  }
  if (isFastifyClientError(exception)) {
    const status = exception.statusCode;
    return { type: problemType(), title: statusTitle(status), status, detail: exception.message };
  }
  if (exception instanceof AppError) {
    return {
      type: problemType(exception.code),
      title: statusTitle(exception.httpStatus),
      status: exception.httpStatus,
      detail: exception.message,
      code: exception.code,
    };
  }
  return {
    type: problemType(),
    title: statusTitle(500),
    status: 500,
    detail: 'An unexpected error occurred; it has been logged.',
  };
}

/** An error Fastify raised for the request itself (bad URL, body, media type), with its 4xx status. */
function isFastifyClientError(exception: unknown): exception is Error & { statusCode: number } {
  if (!(exception instanceof Error)) return false;
  const { statusCode, code } = exception as { statusCode?: unknown; code?: unknown };
  return (
    typeof code === 'string' &&
    code.startsWith('FST_') &&
    typeof statusCode === 'number' &&
    statusCode >= 400 &&
    statusCode < 500
  );
}

function httpDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

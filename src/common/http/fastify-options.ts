import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/app-config';
import { CORRELATION_ID_HEADER, resolveCorrelationId } from './correlation-id';
import { PROBLEM_CONTENT_TYPE, type ProblemDocument, problemType, statusTitle } from './problem-details';

export interface ProblemSender {
  send(request: FastifyRequest, reply: FastifyReply, error: unknown): void;
}

/**
 * Fastify's server options: body limit, correlation ids as request ids, and problem+json for the
 * errors Fastify meets before any route runs (a malformed URL: `frameworkErrors`) or before a request
 * exists at all (an unparseable request line or oversized headers: `clientErrorHandler`).
 * `problems` is resolved lazily: the filter that formats problems only exists once Nest is up.
 */
export function fastifyOptions(config: AppConfig, problems: () => ProblemSender | undefined) {
  return {
    bodyLimit: config.http.maxBodyBytes,
    genReqId: (req: IncomingMessage) => resolveCorrelationId(req.headers),
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      void reply.header(CORRELATION_ID_HEADER, request.id);
      const sender = problems();
      if (sender) sender.send(request, reply, error);
      else
        void reply
          .status(error.statusCode ?? 400)
          .send({ status: error.statusCode ?? 400, detail: error.message });
    },
    clientErrorHandler: answerClientError,
  };
}

/** A request Node's HTTP parser rejected: answer problem+json on the raw socket and close it. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const correlationId = randomUUID();
  const problem: ProblemDocument = {
    type: problemType(),
    title: statusTitle(status),
    status,
    detail: status === 431 ? 'The request headers are too large.' : 'The request could not be parsed.',
    correlationId,
  };
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${status} ${statusTitle(status)}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n${CORRELATION_ID_HEADER}: ${correlationId}\r\nConnection: close\r\n\r\n${body}`,
  );
}

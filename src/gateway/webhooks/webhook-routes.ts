import { Injectable } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SERVER_TO_SERVER } from '../../common/http/security-headers';
import { AppConfig } from '../../config/app-config';
import { GmailWebhook } from './gmail.webhook';
import { WhatsAppWebhook } from './whatsapp.webhook';

/** Deliveries are POSTed by Meta's and Google's servers only: the browser security headers are left off. */
const SERVER_TO_SERVER_ROUTE = { config: { [SERVER_TO_SERVER]: true } };

export interface ProblemSender {
  send(request: FastifyRequest, reply: FastifyReply, error: unknown): void;
}

/**
 * The channel webhooks as plain Fastify routes, in their own scope whose only body parser keeps the
 * raw bytes: a signature is verified before anything is parsed (design §2 step 1), and the hot path
 * skips the controller machinery it does not need. The global hooks (correlation id, deadline,
 * security headers, metrics, request log) apply here as everywhere; the deliveries get only
 * X-Content-Type-Options of the security headers (see installSecurityHeaders).
 */
@Injectable()
export class WebhookRoutes {
  constructor(
    private readonly config: AppConfig,
    private readonly whatsapp: WhatsAppWebhook,
    private readonly gmail: GmailWebhook,
  ) {}

  register(fastify: FastifyInstance, problems: ProblemSender): void {
    void fastify.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser(
        '*',
        { parseAs: 'buffer', bodyLimit: this.config.http.maxBodyBytes },
        (_req, body, done) => done(null, body),
      );
      scope.setErrorHandler((error, request, reply) => problems.send(request, reply, error));

      scope.get('/webhooks/whatsapp', async (request, reply) => {
        const challenge = this.whatsapp.verify(request.query as Record<string, unknown>, String(request.id));
        return reply.type('text/plain; charset=utf-8').send(challenge);
      });

      scope.post('/webhooks/whatsapp', SERVER_TO_SERVER_ROUTE, async (request) => {
        const signature = request.headers['x-hub-signature-256'];
        return this.whatsapp.deliver(
          rawBodyOf(request),
          typeof signature === 'string' ? signature : undefined,
          String(request.id),
        );
      });

      scope.post('/webhooks/gmail', SERVER_TO_SERVER_ROUTE, async (request, reply) => {
        await this.gmail.deliver(rawBodyOf(request), request.headers.authorization, String(request.id));
        // Any 2xx acknowledges the push; 204 says there is nothing to read back.
        return reply.status(204).send();
      });
    });
  }
}

function rawBodyOf(request: FastifyRequest): Buffer {
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}

import type { OpenAPIObject } from '@nestjs/swagger';

/** OpenAPI for the webhook routes (plain Fastify routes, which Nest's scanner does not see). */
const problem = { $ref: '#/components/schemas/ProblemDto' };
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problem } },
});

export const WEBHOOK_OPENAPI_PATHS: OpenAPIObject['paths'] = {
  '/webhooks/whatsapp': {
    get: {
      tags: ['webhooks'],
      summary:
        "Meta's verification handshake: answers hub.challenge when hub.mode=subscribe and hub.verify_token match",
      parameters: ['hub.mode', 'hub.verify_token', 'hub.challenge'].map((name) => ({
        name,
        in: 'query' as const,
        required: true,
        schema: { type: 'string' },
      })),
      responses: {
        200: { description: 'The challenge, as text/plain' },
        403: problemResponse('Wrong mode or verify token'),
      },
    },
    post: {
      tags: ['webhooks'],
      summary: 'WhatsApp Cloud API deliveries: messages are queued once, status callbacks counted',
      parameters: [
        {
          name: 'X-Hub-Signature-256',
          in: 'header' as const,
          required: true,
          schema: { type: 'string', example: 'sha256=…' },
        },
      ],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
      responses: {
        200: {
          description: 'Accepted: how many messages were queued, dropped as duplicates, and statuses seen',
        },
        400: problemResponse('Not JSON, or not a WhatsApp envelope'),
        401: problemResponse('Signature missing, malformed or wrong; nothing queued'),
        413: problemResponse('Body over MAX_BODY_BYTES'),
        503: problemResponse('Not configured, or the queue is unavailable (Meta retries)'),
      },
    },
  },
  '/webhooks/gmail': {
    post: {
      tags: ['webhooks'],
      summary: 'Gmail push (Cloud Pub/Sub): queues a read of the mailbox it names, then acknowledges',
      parameters: [
        {
          name: 'Authorization',
          in: 'header' as const,
          required: true,
          schema: { type: 'string', example: 'Bearer <Google OIDC JWT>' },
        },
      ],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
      responses: {
        204: { description: 'Acknowledged: the mailbox read is queued' },
        400: problemResponse('Not a Pub/Sub push of a Gmail notification'),
        401: problemResponse('OIDC token missing, forged, expired, or for another audience or account'),
        503: problemResponse('Push not configured, Google keys or the queue unavailable (Pub/Sub retries)'),
      },
    },
  },
};

import helmet from '@fastify/helmet';
import type { Type } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { CORRELATION_ID_HEADER } from './common/http/correlation-id';
import { fastifyOptions } from './common/http/fastify-options';
import { ProblemDetailsFilter } from './common/http/problem-details.filter';
import { installRequestDeadlines } from './common/http/request-deadline';
import { installRequestLogging } from './common/logging/request-logging';
import type { AppConfig } from './config/app-config';
import { WebhookRoutes } from './gateway/webhooks/webhook-routes';
import { WEBHOOK_OPENAPI_PATHS } from './gateway/webhooks/webhooks.openapi';
import { setUpOpenApi } from './openapi';
import { HttpMetricsRecorder } from './metrics/http-metrics';

export interface CreateAppOptions {
  /** Modules added to the application (benchmarks and tests mount extra routes this way). */
  extraModules?: Type[];
  /** Where logs go instead of stdout (tests read them). */
  logDestination?: DestinationStream;
  /** Told of every route as it is registered (tests enumerate routes to check their protection). */
  onRoute?: (route: { method: string; url: string }) => void;
}

/**
 * Builds the fully configured application without listening: main.ts, the e2e tests and the
 * benchmarks all run this same wiring.
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  // The filter that formats problems exists only once Nest is up; Fastify's options need it earlier.
  const late: { problems?: ProblemDetailsFilter } = {};
  const adapter = new FastifyAdapter(fastifyOptions(config, () => late.problems));
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options.extraModules, options.logDestination),
    adapter,
    { rawBody: true, bufferLogs: true, abortOnError: false },
  );
  app.useLogger(app.get(Logger));
  app.flushLogs();
  const rootLogger = (await app.resolve(PinoLogger)).logger;

  const fastify = app.getHttpAdapter().getInstance();
  const observe = options.onRoute;
  if (observe) {
    fastify.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) observe({ method, url: route.url });
    });
  }
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(CORRELATION_ID_HEADER, request.id);
    done();
  });
  installRequestLogging(fastify, rootLogger);
  app.get(HttpMetricsRecorder).attach(fastify);
  const problems = app.get(ProblemDetailsFilter);
  late.problems = problems;
  installRequestDeadlines(fastify, config.http.timeoutMs, (request, reply, error) =>
    problems.send(request, reply, error),
  );
  if (config.servesApi) app.get(WebhookRoutes).register(fastify, problems);
  await app.register(helmet, {
    // Swagger UI at /docs needs its inline bootstrap script and styles.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
        // Served over plain HTTP behind TLS-terminating proxies too: do not force https sub-requests.
        upgradeInsecureRequests: null,
      },
    },
  });
  setUpOpenApi(app, config.servesApi ? WEBHOOK_OPENAPI_PATHS : {});
  return app;
}

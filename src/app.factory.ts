import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { Type } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { CORRELATION_ID_HEADER } from './common/http/correlation-id';
import { fastifyOptions } from './common/http/fastify-options';
import { installIpRateLimit } from './common/http/ip-rate-limit';
import { ProblemDetailsFilter } from './common/http/problem-details.filter';
import { installRequestDeadlines } from './common/http/request-deadline';
import { installSecurityHeaders } from './common/http/security-headers';
import { installRequestLogging } from './common/logging/request-logging';
import type { AppConfig } from './config/app-config';
import { WebhookRoutes } from './gateway/webhooks/webhook-routes';
import { WEBHOOK_OPENAPI_PATHS } from './gateway/webhooks/webhooks.openapi';
import { setUpOpenApi } from './openapi';
import { HttpMetricsRecorder } from './metrics/http-metrics';

/** The security headers of every response (@fastify/helmet's options). */
export const HELMET_OPTIONS: FastifyHelmetOptions = {
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
};

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
  const httpMetrics = app.get(HttpMetricsRecorder);
  httpMetrics.attach(fastify);
  const problems = app.get(ProblemDetailsFilter);
  late.problems = problems;
  installRequestDeadlines(fastify, config.http.timeoutMs, (request, reply, error) =>
    problems.send(request, reply, error),
  );
  // Before any route is registered (the webhooks here, the controllers at init): it limits the routes
  // registered after it. Its 429 goes through each route's error handler, i.e. the problem sender.
  await installIpRateLimit(fastify, {
    perMinute: config.rateLimit.ipPerMin,
    logger: rootLogger.child({ context: 'http' }),
    countLimited: (route) => httpMetrics.countRateLimited(route),
  });
  if (config.servesApi) app.get(WebhookRoutes).register(fastify, problems);
  installSecurityHeaders(fastify, await helmetHeaders());
  setUpOpenApi(app, config.servesApi ? WEBHOOK_OPENAPI_PATHS : {});
  return app;
}

let rendered: Promise<Array<[string, string]>> | undefined;

/** HELMET_OPTIONS never change: their headers are rendered once per process (and again after a failure). */
function helmetHeaders(): Promise<Array<[string, string]>> {
  rendered ??= renderHelmetHeaders(HELMET_OPTIONS).catch((error: unknown) => {
    rendered = undefined;
    throw error;
  });
  return rendered;
}

/**
 * The headers @fastify/helmet sets with these options, rendered once: the plugin builds helmet's
 * whole configuration (the CSP parsed and serialised) again on every request, though ours never
 * changes. A throw-away Fastify with the plugin answers one request at start-up, and the headers the
 * plugin sets on its raw response are recorded as it sets them (names in their case, in its order).
 */
export async function renderHelmetHeaders(options: FastifyHelmetOptions): Promise<Array<[string, string]>> {
  const headers: Array<[string, string]> = [];
  let recording = true;
  const probe = new FastifyAdapter().getInstance();
  try {
    // Added before the plugin's own hooks, so it runs first; the handler ends the recording.
    probe.addHook('onRequest', (_request, reply, done) => {
      const response = reply.raw;
      const setHeader = response.setHeader.bind(response);
      response.setHeader = (name, value) => {
        if (recording) headers.push([name, String(value)]);
        return setHeader(name, value);
      };
      done();
    });
    await probe.register(helmet, options);
    probe.get('/', async () => {
      recording = false;
      return {};
    });
    await probe.inject({ method: 'GET', url: '/' });
    return headers;
  } finally {
    await probe.close();
  }
}

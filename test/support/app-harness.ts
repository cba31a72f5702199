import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Type } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { createApp } from '../../src/app.factory';
import type { AppConfig } from '../../src/config/app-config';
import { loadConfig, type RawEnvironment } from '../../src/config/load-config';

export interface RegisteredRoute {
  method: string;
  url: string;
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** Every route the app registered, as Fastify saw it. */
  routes: RegisteredRoute[];
  close(): Promise<void>;
}

/** Boots the real application (same wiring as main.ts) on Fastify, initialised but not listening. */
export async function bootApp(
  env: RawEnvironment = {},
  extraModules: Type[] = [],
  logDestination?: DestinationStream,
): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const routes: RegisteredRoute[] = [];
  const app = await createApp(config, {
    extraModules,
    logDestination,
    onRoute: (route) => routes.push(route),
  });
  const fastify = app.getHttpAdapter().getInstance();
  await app.init();
  await fastify.ready();
  return { app, config, routes, close: () => app.close() };
}

/** A key prefix no other suite uses, so suites can share one Redis. */
export function uniquePrefix(label: string): string {
  return `test-${label}-${process.pid}-${Math.random().toString(36).slice(2, 8)}:`;
}

import type { DynamicModule, Provider, Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { LoggerModule } from 'nestjs-pino';
import type { Writable } from 'node:stream';
import { CommonModule } from '../../src/common/common.module';
import { ConfigModule } from '../../src/config/config.module';
import { loadConfig, type RawEnvironment } from '../../src/config/load-config';
import { MetricsModule } from '../../src/metrics/metrics.module';
import { StorageModule } from '../../src/storage/storage.module';

/**
 * The modules every feature stands on (config, logging, clock, metrics, storage in the mode the env
 * chooses) plus the given ones, compiled but not initialised: no HTTP server.
 */
export async function compileWithCore(
  env: RawEnvironment,
  imports: Array<Type | DynamicModule>,
  logs?: Writable,
  providers: Provider[] = [],
): Promise<TestingModule> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  return Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      LoggerModule.forRoot({ pinoHttp: logs ? [{ level: 'debug' }, logs] : { level: config.logLevel } }),
      CommonModule,
      MetricsModule,
      StorageModule.forRoot(config),
      ...imports,
    ],
    providers,
  }).compile();
}

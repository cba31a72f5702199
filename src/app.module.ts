import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AdminModule } from './admin/admin.module';
import { CommonModule } from './common/common.module';
import { ProblemDetailsFilter } from './common/http/problem-details.filter';
import { createValidationPipe } from './common/http/validation.pipe';
import { loggerParams } from './common/logging/logger.options';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { GatewayModule } from './gateway/gateway.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { OrchestratorModule } from './orchestrator/orchestrator.module';
import { QueueModule } from './queue/queue.module';
import { PmsModule } from './pms/pms.module';
import { StorageModule } from './storage/storage.module';
import { TenantsModule } from './tenants/tenants.module';

/**
 * The application, composed for one configuration: the storage and queue drivers follow the mode,
 * and the public API modules are left out of worker-only processes (APP_ROLE=worker), which still
 * serve /health and /metrics for their probes and scrapes.
 */
@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    extraModules: Type[] = [],
    logDestination?: DestinationStream,
  ): DynamicModule {
    const orchestrator = OrchestratorModule.register({ imports: [GatewayModule] });
    const apiModules = config.servesApi ? [AdminModule.register(orchestrator)] : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config, logDestination)),
        CommonModule,
        MetricsModule,
        StorageModule.forRoot(config),
        QueueModule.forRoot(config),
        HealthModule,
        TenantsModule,
        PmsModule,
        GatewayModule,
        orchestrator,
        ...apiModules,
        ...extraModules,
      ],
      providers: [
        ProblemDetailsFilter,
        { provide: APP_FILTER, useExisting: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}

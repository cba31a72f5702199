import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { RedisConnections } from '../storage/redis-connections';
import { BullMqWorkQueue, bullPrefix } from './bullmq.work-queue';
import { DeadLetterService } from './dead-letter.service';
import { DeadLetterStore } from './dead-letter.store';
import { InProcessWorkQueue } from './in-process.work-queue';
import { JobRunner } from './job-runner';
import { QUEUE_NAMES } from './queue.constants';
import { QueueDepthGauge, queueCounterProviders } from './queue.metrics';
import { WorkQueue } from './work-queue.port';

const shared: Provider[] = [
  JobRunner,
  DeadLetterStore,
  DeadLetterService,
  QueueDepthGauge,
  ...queueCounterProviders,
];

/** The work queue, on BullMQ in Redis mode and in process in embedded mode; plus dead letters. */
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (config.mode === 'embedded') {
      return {
        module: QueueModule,
        global: true,
        providers: [...shared, InProcessWorkQueue, { provide: WorkQueue, useExisting: InProcessWorkQueue }],
        exports: [WorkQueue, DeadLetterService],
      };
    }
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [RedisConnections, AppConfig],
          useFactory: (connections: RedisConnections, cfg: AppConfig) => ({
            connection: connections.createConnection('queue', 'fail-fast'),
            prefix: bullPrefix(cfg),
          }),
        }),
        BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
      ],
      providers: [...shared, BullMqWorkQueue, { provide: WorkQueue, useExisting: BullMqWorkQueue }],
      exports: [WorkQueue, DeadLetterService],
    };
  }
}

import { type DynamicModule, Global, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { MemoryKeyspace } from './memory-keyspace';
import { MemoryStore } from './memory.store';
import { RedisConnections } from './redis-connections';
import { RedisStore } from './redis.store';
import { Store } from './store.port';

/** Redis mode: the process's connections, closed last on shutdown (after workers and HTTP). */
@Injectable()
export class ManagedRedisConnections extends RedisConnections implements OnApplicationShutdown {
  constructor(config: AppConfig, @InjectPinoLogger('storage') logger: PinoLogger) {
    super(config.redisUrl ?? '', logger);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

@Injectable()
class ManagedMemoryStore extends MemoryStore implements OnApplicationShutdown {
  constructor(config: AppConfig, @InjectPinoLogger('storage') logger: PinoLogger) {
    let evictions = 0;
    const keyspace = new MemoryKeyspace({
      maxKeys: config.memoryStoreMaxKeys,
      onEvict: (key) => {
        evictions += 1;
        // Power-of-two sampling keeps a flood of evictions from flooding the log.
        if ((evictions & (evictions - 1)) === 0) {
          // Keys can hold a guest id (a phone number): log their namespace only.
          logger.warn(
            { keyspace: key.split(':').slice(0, 2).join(':'), evictions },
            'storage.memory_evicted',
          );
        }
      },
    });
    super(config.keyPrefix, keyspace);
    logger.warn(
      {
        mode: 'embedded',
        implication:
          'in-memory store and in-process queue: run a single process only; every session, booking, ' +
          'lock and queued job is lost on exit. Set REDIS_URL for durable state shared by replicas.',
      },
      'storage.mode',
    );
  }

  onApplicationShutdown(): void {
    this.close();
  }
}

/**
 * Chooses the store backend once, from the configuration: Redis when REDIS_URL is set, memory
 * otherwise. Exports the Store port (and, in Redis mode, the connections for BullMQ).
 */
@Global()
@Module({})
export class StorageModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (config.mode === 'embedded') {
      return {
        module: StorageModule,
        providers: [{ provide: Store, useClass: ManagedMemoryStore }],
        exports: [Store],
      };
    }
    return {
      module: StorageModule,
      providers: [
        ManagedRedisConnections,
        { provide: RedisConnections, useExisting: ManagedRedisConnections },
        {
          provide: Store,
          inject: [AppConfig, RedisConnections, PinoLogger],
          useFactory: (cfg: AppConfig, connections: RedisConnections, logger: PinoLogger) => {
            logger.info(
              {
                mode: 'redis',
                keyPrefix: cfg.keyPrefix,
                implication: 'state lives in Redis and is shared by every replica; queues run on BullMQ',
              },
              'storage.mode',
            );
            return new RedisStore(cfg.keyPrefix, connections.client);
          },
        },
      ],
      exports: [Store, RedisConnections],
    };
  }
}

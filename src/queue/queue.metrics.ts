import { Injectable, type OnModuleInit } from '@nestjs/common';
import { makeCounterProvider } from '@willsoto/nestjs-prometheus';
import { Gauge, register } from 'prom-client';
import { withTimeout } from '../common/async';
import { QUEUE_NAMES } from './queue.constants';
import { WorkQueue } from './work-queue.port';

export const DEAD_LETTERS_TOTAL = 'hotel_agent_dead_letters_total';
export const QUEUE_JOBS_TOTAL = 'hotel_agent_queue_jobs_total';
export const QUEUE_DEPTH = 'hotel_agent_queue_depth';

const DEPTH_QUERY_TIMEOUT_MS = 1000;

export const queueCounterProviders = [
  makeCounterProvider({
    name: DEAD_LETTERS_TOTAL,
    help: 'Jobs that exhausted their attempts and were moved to the dead letters',
    labelNames: ['queue'],
  }),
  makeCounterProvider({
    name: QUEUE_JOBS_TOTAL,
    help: 'Job runs by outcome (completed, retried, dead_lettered)',
    labelNames: ['queue', 'outcome'],
  }),
];

/**
 * hotel_agent_queue_depth{queue}, read from the queue when Prometheus scrapes. The gauge is created
 * per application (replacing an earlier one) so its collect callback reads this app's queue.
 */
@Injectable()
export class QueueDepthGauge implements OnModuleInit {
  constructor(private readonly queue: WorkQueue) {}

  onModuleInit(): void {
    register.removeSingleMetric(QUEUE_DEPTH);
    const queue = this.queue;
    new Gauge({
      name: QUEUE_DEPTH,
      help: 'Jobs waiting or scheduled for retry, per queue',
      labelNames: ['queue'],
      async collect() {
        await Promise.all(
          QUEUE_NAMES.map(async (name) => {
            const depth = await withTimeout(queue.depth(name), DEPTH_QUERY_TIMEOUT_MS).catch(() => null);
            if (depth === null) this.remove({ queue: name });
            else this.set({ queue: name }, depth);
          }),
        );
      },
    });
  }
}

import type { ModuleRef } from '@nestjs/core';
import { InboundWorker } from '../../src/orchestrator/pipeline/inbound.worker';
import type { JobContext } from '../../src/queue/work-queue.port';

/**
 * Lets a test module run the inbound queue's jobs instead of the orchestrator (a queue has one
 * handler, and the orchestrator registers it): the worker's run() is replaced by `handler`.
 */
export function takeOverInboundJobs<T>(
  moduleRef: ModuleRef,
  handler: (job: JobContext<T>) => Promise<void>,
): void {
  const worker = moduleRef.get(InboundWorker, { strict: false });
  worker.run = handler as unknown as InboundWorker['run'];
}

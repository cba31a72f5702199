import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import type { UnifiedMessage } from '../../src/messaging/unified-message';
import { WorkQueue } from '../../src/queue/work-queue.port';

/** What reached the inbound queue, as the orchestrator would see it. */
export const inbound: { messages: UnifiedMessage[] } = { messages: [] };

@Injectable()
class InboundRecorder implements OnModuleInit {
  constructor(private readonly queue: WorkQueue) {}

  onModuleInit(): void {
    this.queue.process<UnifiedMessage>('inbound', async (job) => void inbound.messages.push(job.data));
  }
}

/** Stands in for the orchestrator on the inbound queue in gateway tests. */
@Module({ providers: [InboundRecorder] })
export class InboundRecorderModule {}

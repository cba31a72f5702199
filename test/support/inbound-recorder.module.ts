import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { UnifiedMessage } from '../../src/messaging/unified-message';
import { takeOverInboundJobs } from './inbound-takeover';

/** What reached the inbound queue, as the orchestrator would see it. */
export const inbound: { messages: UnifiedMessage[] } = { messages: [] };

/**
 * Stands in for the orchestrator in gateway tests: every inbound job is recorded instead of being
 * answered, so the tests see exactly what the gateway queued (duplicates included) and the fakes
 * see only the replies the tests send themselves.
 */
@Injectable()
class InboundRecorder implements OnModuleInit {
  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    takeOverInboundJobs<UnifiedMessage>(this.moduleRef, async (job) => void inbound.messages.push(job.data));
  }
}

@Module({ providers: [InboundRecorder] })
export class InboundRecorderModule {}

import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Counter } from 'prom-client';
import type { Channel } from '../../messaging/unified-message';
import { guestRef } from '../../session/session-keys';
import { SessionManager } from '../../session/session-manager';
import { rememberedSlots } from '../dialogue/conversation-state';
import { HANDOFFS_TOTAL } from '../orchestrator.metrics';

export interface ReleaseResult {
  /** Whether the conversation was with a person (and the bot now answers again). */
  wasInHandoff: boolean;
}

/** Gives a conversation handed to a person back to the bot (an operator's call). */
@Injectable()
export class HandoffService {
  constructor(
    private readonly sessions: SessionManager,
    @InjectMetric(HANDOFFS_TOTAL) private readonly handoffs: Counter<'event'>,
    @InjectPinoLogger('orchestrator') private readonly logger: PinoLogger,
  ) {}

  async release(
    tenantId: string,
    channel: Channel,
    guestId: string,
    correlationId?: string,
  ): Promise<ReleaseResult> {
    const session = await this.sessions.getOrCreate(tenantId, channel, guestId, { correlationId });
    if (!session.handoff) return { wasInHandoff: false };
    await this.sessions.update(
      session,
      (draft) => {
        draft.handoff = false;
        draft.fallbackCount = 0;
        draft.dialogue = { flow: null, awaiting: null, slots: rememberedSlots(draft.dialogue.slots) };
      },
      undefined,
      { correlationId },
    );
    this.handoffs.inc({ event: 'released' });
    this.logger.info({ correlationId, tenantId, channel, guest: guestRef(guestId) }, 'handoff.released');
    return { wasInHandoff: true };
  }
}

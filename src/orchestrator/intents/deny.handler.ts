import { Injectable } from '@nestjs/common';
import type { IntentName } from '../../nlp/nlp.types';
import { endFlow } from '../dialogue/conversation-state';
import { IntentHandler } from '../dialogue/intent-handler';
import { IntentHandlerRegistry } from '../dialogue/intent-handler.registry';
import type { Turn } from '../dialogue/turn';

/** "No": goes to the flow that asked the question; otherwise drops the topic with an open "anything else?". */
@Injectable()
export class DenyHandler extends IntentHandler {
  readonly intent = 'deny';

  constructor(private readonly registry: IntentHandlerRegistry) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    const flow = turn.state.dialogue.flow as IntentName | null;
    const owner = flow ? this.registry.get(flow) : undefined;
    if (owner?.deny && turn.state.dialogue.awaiting === 'confirmation') return owner.deny(turn);
    endFlow(turn.state);
    turn.say('deny.nothing');
  }
}

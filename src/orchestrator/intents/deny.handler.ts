import { Injectable } from '@nestjs/common';
import { endFlow } from '../dialogue/conversation-state';
import { IntentHandler } from '../dialogue/intent-handler';
import { IntentHandlerRegistry } from '../dialogue/intent-handler.registry';
import { questionAsker } from '../dialogue/pending-question';
import type { Turn } from '../dialogue/turn';

/**
 * "No": goes to the flow that asked the question; otherwise drops the topic under way with an open
 * "anything else?", or says goodbye when nothing was under way.
 */
@Injectable()
export class DenyHandler extends IntentHandler {
  readonly intent = 'deny';

  constructor(private readonly registry: IntentHandlerRegistry) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    const answer = questionAsker(this.registry, turn, 'deny');
    if (answer) return answer(turn);
    // "No, that's all" with nothing under way answers "anything else?": a goodbye, not the question again.
    if (!turn.state.dialogue.flow) {
      turn.say('goodbye', { name: turn.nameOrNone });
      return;
    }
    endFlow(turn.state);
    turn.say('deny.nothing');
  }
}

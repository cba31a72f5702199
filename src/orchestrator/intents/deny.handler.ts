import { Injectable } from '@nestjs/common';
import { endFlow } from '../dialogue/conversation-state';
import { IntentHandler } from '../dialogue/intent-handler';
import { IntentHandlerRegistry } from '../dialogue/intent-handler.registry';
import { questionAsker } from '../dialogue/pending-question';
import type { Turn } from '../dialogue/turn';

/** "No": goes to the flow that asked the question; otherwise drops the topic with an open "anything else?". */
@Injectable()
export class DenyHandler extends IntentHandler {
  readonly intent = 'deny';

  constructor(private readonly registry: IntentHandlerRegistry) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    const answer = questionAsker(this.registry, turn, 'deny');
    if (answer) return answer(turn);
    endFlow(turn.state);
    turn.say('deny.nothing');
  }
}

import { Injectable } from '@nestjs/common';
import { IntentHandler } from '../dialogue/intent-handler';
import { IntentHandlerRegistry } from '../dialogue/intent-handler.registry';
import { questionAsker } from '../dialogue/pending-question';
import type { Turn } from '../dialogue/turn';

/** "Sí": goes to the flow that asked the question; a yes to nothing gets a friendly prompt. */
@Injectable()
export class ConfirmHandler extends IntentHandler {
  readonly intent = 'confirm';

  constructor(private readonly registry: IntentHandlerRegistry) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    const answer = questionAsker(this.registry, turn, 'confirm');
    if (answer) return answer(turn);
    turn.say('confirm.nothing');
  }
}

import { Injectable } from '@nestjs/common';
import type { IntentName } from '../../nlp/nlp.types';
import { IntentHandler } from '../dialogue/intent-handler';
import { IntentHandlerRegistry } from '../dialogue/intent-handler.registry';
import type { Turn } from '../dialogue/turn';

/** "Sí": goes to the flow that asked the question; a yes to nothing gets a friendly prompt. */
@Injectable()
export class ConfirmHandler extends IntentHandler {
  readonly intent = 'confirm';

  constructor(private readonly registry: IntentHandlerRegistry) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    const flow = turn.state.dialogue.flow as IntentName | null;
    const owner = flow ? this.registry.get(flow) : undefined;
    if (owner?.confirm && turn.state.dialogue.awaiting === 'confirmation') return owner.confirm(turn);
    turn.say('confirm.nothing');
  }
}

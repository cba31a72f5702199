import { Injectable } from '@nestjs/common';
import { endFlow } from '../dialogue/conversation-state';
import { IntentHandler } from '../dialogue/intent-handler';
import type { Turn } from '../dialogue/turn';

@Injectable()
export class GoodbyeHandler extends IntentHandler {
  readonly intent = 'goodbye';

  async handle(turn: Turn): Promise<void> {
    endFlow(turn.state);
    turn.say('goodbye', { name: turn.nameOrNone });
  }
}

import { Injectable } from '@nestjs/common';
import { IntentHandler } from '../dialogue/intent-handler';
import type { Turn } from '../dialogue/turn';

@Injectable()
export class GreetingHandler extends IntentHandler {
  readonly intent = 'greeting';

  async handle(turn: Turn): Promise<void> {
    turn.say('greeting', { name: turn.nameOrNone, hotel: turn.tenant.name });
  }
}

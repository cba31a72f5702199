import { Injectable } from '@nestjs/common';
import { IntentHandler } from '../dialogue/intent-handler';
import type { Turn } from '../dialogue/turn';

@Injectable()
export class ThanksHandler extends IntentHandler {
  readonly intent = 'thanks';

  async handle(turn: Turn): Promise<void> {
    turn.say('thanks');
  }
}

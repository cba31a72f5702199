import { Injectable } from '@nestjs/common';
import { IntentHandler } from '../dialogue/intent-handler';
import type { Turn } from '../dialogue/turn';
import { takeLeave } from './take-leave';

@Injectable()
export class GoodbyeHandler extends IntentHandler {
  readonly intent = 'goodbye';

  async handle(turn: Turn): Promise<void> {
    takeLeave(turn);
  }
}

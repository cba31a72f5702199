import { Injectable } from '@nestjs/common';
import { isCompliment } from '../dialogue/compliment';
import { isSideQuestion } from '../dialogue/conversation-state';
import { IntentHandler } from '../dialogue/intent-handler';
import { takesLeave } from '../dialogue/leave-taking';
import type { Turn } from '../dialogue/turn';
import { takeLeave } from './take-leave';

/** "Gracias": you're welcome and anything else?, or a goodbye when the guest is taking leave. */
@Injectable()
export class ThanksHandler extends IntentHandler {
  readonly intent = 'thanks';

  async handle(turn: Turn): Promise<void> {
    if (!takesLeave(turn.message.text ?? '')) {
      // With a booking waiting for its yes or a detail, that question follows, not "anything else?".
      if (isSideQuestion(turn.state, this.intent)) turn.say('thanks.aside');
      else turn.say(isCompliment(turn.message.text ?? '') ? 'thanks.compliment' : 'thanks');
      return;
    }
    takeLeave(turn);
  }
}

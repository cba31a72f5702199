import { Injectable } from '@nestjs/common';
import { foldText } from '../../common/fold-text';
import { isCompliment } from '../dialogue/compliment';
import { isSideQuestion } from '../dialogue/conversation-state';
import { IntentHandler } from '../dialogue/intent-handler';
import type { Turn } from '../dialogue/turn';
import { takeLeave } from './take-leave';

/** A thanks that takes leave ("muchas gracias por todo, adiós", "thanks, bye!"). */
const LEAVING =
  /\b(?:adios|chao|chau|hasta luego|hasta pronto|hasta manana|hasta la proxima|hasta otra|nos vemos|buenas noches|bye|goodbye|see you|take care|good night|have a good (?:day|night|one))\b/;

/** "Gracias": you're welcome and anything else?, or a goodbye when the guest is taking leave. */
@Injectable()
export class ThanksHandler extends IntentHandler {
  readonly intent = 'thanks';

  async handle(turn: Turn): Promise<void> {
    if (!LEAVING.test(foldText(turn.message.text ?? ''))) {
      // With a booking waiting for its yes or a detail, that question follows, not "anything else?".
      if (isSideQuestion(turn.state, this.intent)) turn.say('thanks.aside');
      else turn.say(isCompliment(turn.message.text ?? '') ? 'thanks.compliment' : 'thanks');
      return;
    }
    takeLeave(turn);
  }
}

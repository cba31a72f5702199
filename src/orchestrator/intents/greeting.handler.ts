import { Injectable } from '@nestjs/common';
import { foldText } from '../../common/fold-text';
import { isSideQuestion } from '../dialogue/conversation-state';
import { IntentHandler } from '../dialogue/intent-handler';
import { opensAMessage } from '../dialogue/openers';
import { wishesTheSeason } from '../dialogue/season-wishes';
import type { Turn } from '../dialogue/turn';

/** "¿Cómo estás?", "¿qué tal?", "how are you?": asked of the bot, answered in kind. */
const HOW_ARE_YOU =
  /\b(?:como (?:estas|esta|estais|va|andas)|que tal|how are (?:you|u)|how r u|how'?s it going)\b/;

@Injectable()
export class GreetingHandler extends IntentHandler {
  readonly intent = 'greeting';

  async handle(turn: Turn): Promise<void> {
    // "Una pregunta", "te escribo xq": the guest is typing the rest.
    if (opensAMessage(turn.message.text ?? '')) {
      turn.say('greeting.opener');
      return;
    }
    // "Hola?" while a booking waits for an answer: a short hello, and its question again (the pipeline's).
    if (isSideQuestion(turn.state, this.intent) && turn.nlu.entities.length === 0) {
      turn.say('greeting.aside');
      return;
    }
    // "¡Feliz Navidad!": wished the same.
    if (wishesTheSeason(turn.message.text ?? '', turn.nlu)) {
      turn.say('greeting.season');
      return;
    }
    // Answered in kind, with a short word of who is answering rather than the whole introduction.
    if (HOW_ARE_YOU.test(foldText(turn.message.text ?? ''))) {
      turn.say('greeting.how_are_you', { name: turn.nameOrNone, hotel: turn.tenant.name });
      return;
    }
    turn.say('greeting', { name: turn.nameOrNone, hotel: turn.tenant.name });
  }
}

import { Injectable } from '@nestjs/common';
import { setStayAside } from '../booking/stay-set-aside';
import { endFlow } from '../dialogue/conversation-state';
import { acknowledgesOnly } from '../dialogue/affirmation';
import { answerFallback, isFrustrated, offerHuman } from '../dialogue/fallback';
import { answersWithoutTheCode } from '../dialogue/code-answer-routes';
import { IntentHandler } from '../dialogue/intent-handler';
import { IntentHandlerRegistry } from '../dialogue/intent-handler.registry';
import { questionAsker } from '../dialogue/pending-question';
import { askSlotAgain, hasSlotQuestion } from '../dialogue/slot-questions';
import type { Turn } from '../dialogue/turn';
import { foldText } from '../../common/fold-text';

/** A "no" that closes the conversation: "no, gracias", "no, that's all". */
const CLOSING =
  /\b(?:gracias|thanks|thank you|thx|eso es todo|eso era todo|nada mas|that'?s all|thats it|nothing else|all good|estoy bien|i'?m good|i'?m fine|ya esta)\b/;

/** "No sé el código", "no lo tengo", "I don't have it", "lost it". */

/**
 * "No": goes to the flow that asked the question; otherwise drops the topic under way with an open
 * "anything else?", or says goodbye to "no, that's all" when nothing was under way.
 */
@Injectable()
export class DenyHandler extends IntentHandler {
  readonly intent = 'deny';

  constructor(private readonly registry: IntentHandlerRegistry) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    const answer = questionAsker(this.registry, turn, 'deny');
    if (answer) return answer(turn);
    // "Ok no worries" after "no discounts, sorry" at "for how many?" (QA 29, M3): the question again.
    if (acknowledgesOnly(turn.message.text) && hasSlotQuestion(turn)) {
      turn.say('deny.nothing_refused');
      askSlotAgain(turn);
      return;
    }
    // "No entiendes nada" reads as a no: it is a guest the bot is failing.
    if (isFrustrated(turn.message.text)) return answerFallback(turn);
    // "No sé el código", or a name typed, to "what is your booking code?": the staff can find it by name.
    // ("No" to "which of your bookings?" picks none: that one ends below.)
    const { awaiting, slots } = turn.state.dialogue;
    if (
      awaiting === 'reference' &&
      !Array.isArray(slots.options) &&
      answersWithoutTheCode(turn.message.text ?? '', turn.nlu)
    )
      return offerHuman(turn, turn.text('reference.offer_human'));
    // "No, that's all, thanks" with nothing under way answers "anything else?": a goodbye.
    if (!turn.state.dialogue.flow && CLOSING.test(foldText(turn.message.text ?? ''))) {
      turn.say('goodbye', { name: turn.nameOrNone });
      return;
    }
    // "Mejor no, déjalo" at the rooms listed (QA 28, S27): "al final sí la quiero" takes them up again.
    if (setStayAside(turn.state)) return turn.say('deny.stay_kept');
    endFlow(turn.state);
    turn.say('deny.nothing');
  }
}

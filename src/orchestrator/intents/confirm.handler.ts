import { Injectable } from '@nestjs/common';
import type { Awaiting } from '../dialogue/conversation-state';
import { IntentHandler } from '../dialogue/intent-handler';
import { IntentHandlerRegistry } from '../dialogue/intent-handler.registry';
import { helpWasOffered } from '../dialogue/help-offered';
import { questionAsker } from '../dialogue/pending-question';
import { askWhichBookingAgain } from '../dialogue/reservation-lookup';
import { askSlotAgain } from '../dialogue/slot-questions';
import type { Turn } from '../dialogue/turn';
import type { PhraseKey } from '../replies/phrasebook';
import { foldText } from '../../common/fold-text';

type SlotAwaited = Exclude<Awaiting, 'confirmation'>;

const ACKNOWLEDGEMENT =
  /\b(?:ok(?:ay|ey)?|oki|vale|perfecto|genial|entendido|de acuerdo|great|cool|got it|perfect|understood|fine)\b/;

const SLOT_QUESTIONS: Record<SlotAwaited, PhraseKey> = {
  dates: 'ask.dates',
  guests: 'ask.guests',
  room_type: 'ask.room_type',
  guest_name: 'ask.guest_name',
  reference: 'ask.reference',
};

/**
 * "Sí": goes to the flow that asked the question; a yes to a question that wants something else
 * asks it again; a yes to nothing gets a friendly prompt.
 */
@Injectable()
export class ConfirmHandler extends IntentHandler {
  readonly intent = 'confirm';

  constructor(private readonly registry: IntentHandlerRegistry) {
    super();
  }

  async handle(turn: Turn): Promise<void> {
    const answer = questionAsker(this.registry, turn, 'confirm');
    if (answer) return answer(turn);
    // "Yes please" to "which room?" or "for which dates?": the question asked still needs its answer
    // (a booking's as it stands: "ok" at "until when?" keeps the arrival and asks for the departure).
    const awaiting = turn.state.dialogue.awaiting;
    if (askWhichBookingAgain(turn)) return;
    if (awaiting && awaiting !== 'confirmation' && askSlotAgain(turn)) return;
    const question =
      awaiting && awaiting !== 'confirmation' ? SLOT_QUESTIONS[awaiting as SlotAwaited] : undefined;
    // "Ok", "vale, perfecto" after an answer acknowledge it; a bare "sí" takes up the help just offered
    // ("¿te ayudo con otra cosa?"), and out of the blue asks what for.
    const yes = helpWasOffered(turn.state) ? 'greeting.opener' : 'confirm.nothing';
    turn.say(question ?? (ACKNOWLEDGEMENT.test(foldText(turn.message.text ?? '')) ? 'confirm.ack' : yes));
  }
}

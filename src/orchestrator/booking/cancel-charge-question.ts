import { foldText } from '../../common/fold-text';
import type { ConversationState } from '../dialogue/conversation-state';
import type { Turn } from '../dialogue/turn';
import { readCharge } from '../intents/cancel-several';

/** Words of a charge: "will I be charged?", "¿me cobráis algo?", "is it free?", "¿hay penalización?". */
const A_CHARGE =
  /\b(?:charg\w*|fee|fees|penalt\w*|refund\w*|money back|pay anything|cost me|free|cobr\w*|penaliz\w*|reembols\w*|devolv\w*|devuelv\w*|gratis|pago algo|pagar algo|cuesta algo|me cuesta)\b/;
/** A question, with or without its mark: "me cobrais algo", "will i be charged". */
const ASKED =
  /[?¿]|^\W*(?:will|would|do|does|is|are|can|me|se|hay|tengo|tendre|tendria|habra|cuanto|how much)\b/;

/**
 * "Will I be charged?" at "do you confirm you want to cancel…?" (QA 30: en H4 heard as a goodbye,
 * the cancellation dropped; es M7 not understood): what cancelling costs.
 */
export function asksWhatCancellingCosts(text: string, state: ConversationState): boolean {
  const { flow, awaiting, slots } = state.dialogue;
  if (flow !== 'cancel_reservation' || awaiting !== 'confirmation' || typeof slots.reference !== 'string')
    return false;
  const folded = foldText(text);
  return A_CHARGE.test(folded) && ASKED.test(folded);
}

/** The charge of the booking waiting to be cancelled (the first night, or nothing), and its question again. */
export function answerCancellationCharge(turn: Turn): boolean {
  if (!asksWhatCancellingCosts(turn.message.text ?? '', turn.state)) return false;
  const reference = String(turn.state.dialogue.slots.reference);
  const charge = readCharge(turn.state.dialogue.slots.charge);
  turn.say(
    'cancel.charge_answer',
    charge ? { charged: 'yes', ...charge, reference } : { charged: 'no', reference },
  );
  turn.askToConfirm(turn.text('cancel.confirm_again', { reference }));
  return true;
}

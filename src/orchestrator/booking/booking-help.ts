import { isImpatient, needsTheQuestionExplained } from '../dialogue/confusion';
import type { PhraseKey } from '../replies/phrasebook';
import { helpKeyFor } from '../dialogue/repeated-question';
import { slotQuestion } from '../dialogue/slot-questions';
import type { Turn } from '../dialogue/turn';

function helpFor(turn: Turn): PhraseKey | null {
  const { awaiting, slots } = turn.state.dialogue;
  if (awaiting === 'confirmation')
    return slots.step === 'summary' || slots.step === 'offer' ? 'booking.help.confirmation' : null;
  const asked = slotQuestion(turn);
  return asked && helpKeyFor(asked);
}

/**
 * "No entiendo", "no sé qué poner", "me da igual" at one of the booking's questions: what it asks
 * for, plainly, and the question stands (never a no that drops the booking). False otherwise.
 */
export function helpWithTheQuestion(turn: Turn): boolean {
  // "Me da igual" at the room list picked the cheapest (the router's): it is answered.
  const text = turn.message.text ?? '';
  if (!needsTheQuestionExplained(text, turn.state.dialogue.awaiting) || turn.nlu.entities.length > 0)
    return false;
  const help = helpFor(turn);
  if (!help) return false;
  if (isImpatient(text)) turn.say('booking.hurry');
  turn.say(help);
  return true;
}

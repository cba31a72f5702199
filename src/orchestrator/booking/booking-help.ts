import { isImpatient, needsTheQuestionExplained } from '../dialogue/confusion';
import type { PhraseKey } from '../replies/phrasebook';
import { slotQuestion } from '../dialogue/slot-questions';
import type { Turn } from '../dialogue/turn';

/** Each detail's question, and what it asks for said plainly with an example. */
const HELP: Partial<Record<PhraseKey, PhraseKey>> = {
  'ask.dates': 'booking.help.dates',
  'ask.check_out': 'booking.help.check_out',
  'ask.guests': 'booking.help.guests',
  'ask.room_type': 'booking.help.room_type',
  'ask.guest_name': 'booking.help.guest_name',
};

function helpFor(turn: Turn): PhraseKey | null {
  const { awaiting, slots } = turn.state.dialogue;
  if (awaiting === 'confirmation')
    return slots.step === 'summary' || slots.step === 'offer' ? 'booking.help.confirmation' : null;
  const asked = slotQuestion(turn);
  return (asked && HELP[asked]) ?? null;
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

import { needsTheQuestionExplained } from '../dialogue/confusion';
import type { PhraseKey } from '../replies/phrasebook';
import type { Turn } from '../dialogue/turn';

/** What each question of the booking asks for, said plainly with an example. */
function helpFor(turn: Turn): PhraseKey | null {
  const { awaiting, slots } = turn.state.dialogue;
  switch (awaiting) {
    case 'dates':
      return slots.checkIn && !slots.checkOut ? 'booking.help.check_out' : 'booking.help.dates';
    case 'guests':
      return 'booking.help.guests';
    case 'room_type':
      return 'booking.help.room_type';
    case 'guest_name':
      return 'booking.help.guest_name';
    case 'confirmation':
      return slots.step === 'summary' || slots.step === 'offer' ? 'booking.help.confirmation' : null;
    default:
      return null;
  }
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
  turn.say(help);
  return true;
}

import type { PhraseKey } from '../replies/phrasebook';
import type { Turn } from './turn';

/** The question a booking waiting for one of its details asks; null when none waits. */
function slotQuestion(turn: Turn): PhraseKey | null {
  const { flow, awaiting, slots } = turn.state.dialogue;
  if (flow !== 'make_reservation' && flow !== 'check_availability') return null;
  switch (awaiting) {
    case 'dates':
      return slots.checkIn && !slots.checkOut ? 'ask.check_out' : 'ask.dates';
    case 'guests':
      return 'ask.guests';
    case 'room_type':
      return 'ask.room_type';
    case 'guest_name':
      return 'ask.guest_name';
    default:
      return null;
  }
}

/** Whether a booking waits for one of its details (dates, party, room, name). */
export function hasSlotQuestion(turn: Turn): boolean {
  return slotQuestion(turn) !== null;
}

/**
 * After an aside ("¿hay parking?" when asked whose name the booking goes under), the detail the
 * booking waits for is asked again, unless this turn asked it already. False when none waits.
 */
export function askSlotAgain(turn: Turn): boolean {
  const key = slotQuestion(turn);
  if (!key) return false;
  const question = turn.text(key);
  const asked = turn.replies.some((reply) => 'text' in reply && reply.text.includes(question));
  if (!asked) turn.say(key);
  return true;
}

import type { PhraseKey } from '../replies/phrasebook';
import type { Awaiting } from './conversation-state';
import { askDetail } from './repeated-question';
import type { Turn } from './turn';

/** The question a booking waiting for one of its details asks; null when none waits. */
export function slotQuestion(turn: Turn): PhraseKey | null {
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
      return slots.nextRoom === true && slots.forAnother === true ? 'ask.room_guest_name' : 'ask.guest_name';
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
  if (asked) return true;
  const rooms = key === 'ask.room_type' ? roomsListed(turn) : [];
  if (rooms.length === 0) {
    askDetail(turn, turn.state.dialogue.awaiting as Awaiting, key);
    return true;
  }
  // The list's buttons again, and its prices.
  turn.askKeepingPrices(
    question,
    rooms.map((id) => ({ id: `room:${id}`, title: turn.roomName(id) })),
  );
  return true;
}

/** The rooms of the list the guest is answering, by id (`room:double` → `double`). */
export function roomsListed(turn: Turn): string[] {
  const { options } = turn.state.dialogue.slots;
  if (turn.state.dialogue.awaiting !== 'room_type' || !Array.isArray(options)) return [];
  return options.flatMap((option) =>
    typeof option === 'string' && option.startsWith('room:') ? [option.slice('room:'.length)] : [],
  );
}

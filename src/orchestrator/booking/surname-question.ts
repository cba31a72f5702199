import { foldText } from '../../common/fold-text';
import type { Turn } from '../dialogue/turn';
import type { BookingSlots, Stay } from './booking-slots';

// A booking under a first name alone ("Marco") is asked the surname once, as a receptionist would:
// the PMS files the guest by it and the front desk looks the guest up by it on arrival. A guest who
// will not give one keeps the name as said.

const ONE_WORD = /^\S+$/u;

/** Asks the surname of a one-word name given in this booking; false when there is nothing to ask. */
export function asksTheSurname(turn: Turn, stay: Stay): boolean {
  const slots: BookingSlots = stay;
  const name = slots.guestName?.trim();
  // The conversation's own name was asked for in an earlier booking already.
  if (!name || slots.surnameAsked || !ONE_WORD.test(name) || name === turn.state.guestName) return false;
  slots.surnameAsked = true;
  turn.say('ask.guest_surname', { name });
  turn.state.dialogue.awaiting = 'guest_name';
  return true;
}

/**
 * The name a message gives once the surname was asked: "Rossi" (or "Rossi Bianchi") typed as the
 * answer follows the first name; a whole name with the first name in it ("Marco Rossi"), or one said
 * inside a sentence ("mejor ponla a nombre de mi mujer, Ana López"), stands as said.
 */
export function withSurname(turn: Turn, slots: BookingSlots, given: string): string {
  const first = slots.guestName?.trim();
  if (!slots.surnameAsked || !first || !ONE_WORD.test(first)) return given;
  if (turn.state.dialogue.awaiting !== 'guest_name') return given;
  const typedAlone = turn.entities('guest_name').some((entity) => entity.start === 0);
  if (!typedAlone) return given;
  const folded = foldText(given).split(/\s+/);
  return folded.includes(foldText(first)) ? given : `${first} ${given}`;
}

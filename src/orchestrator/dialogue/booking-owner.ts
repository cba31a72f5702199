import { foldText } from '../../common/fold-text';
import { NAME_PARTICLES } from '../../nlp/entities/guest-name';
import type { Reservation } from '../../pms/pms.types';
import type { FlowName } from './conversation-state';
import { endFlow, startFlow } from './conversation-state';
import { knownReferences, rememberBooking } from './known-bookings';
import type { Turn } from './turn';

// A booking code alone is no proof of whose booking it is. Where the hotel asks for it
// (`verifyBookingName`), a code this conversation did not make or already prove is shown or cancelled
// only once the guest gives the name on the booking, as airlines ask for the surname.

/** Wrong names a conversation may give before only the phone is offered. */
const MAX_NAME_MISSES = 3;

/** Words of a name, folded, without the particles. */
function nameWords(name: string): string[] {
  return foldText(name)
    .split(/[^a-z]+/)
    .filter((word) => word.length > 1 && !NAME_PARTICLES.has(word));
}

/** The name given is the booking's: it shares a surname (any word after the first) or is the whole name. */
export function isBookingName(given: string, booked: string): boolean {
  const said = nameWords(given);
  const onBooking = nameWords(booked);
  if (said.length === 0 || onBooking.length === 0) return false;
  if (onBooking.length === 1) return said.includes(onBooking[0]);
  return said.some((word) => onBooking.slice(1).includes(word));
}

/** "Soy Carmen", "me llamo Ana López", "this is Tom": the guest's own name, which points at no booking. */
const SELF_INTRODUCTION =
  /\b(?:soy|me llamo|mi nombre es|i'?m|i am|this is|my name is)\s+[a-z]+(?:\s+[a-z]+)?/g;

/**
 * A word of the booking's name said in the message, but for the guest's own: "cancela la de Carmen"
 * of Carmen López's; not "soy Carmen, cancela la de mi madre".
 */
export function mentionsBookingName(text: string, booked: string): boolean {
  const said = new Set(
    foldText(text)
      .replace(SELF_INTRODUCTION, ' ')
      .split(/[^a-z]+/),
  );
  return nameWords(booked).some((word) => word.length > 2 && said.has(word));
}

/** A name said of the booking, whole or in part: "a nombre de Carlos" of Carlos Pérez's booking. */
export function isPartOfBookingName(given: string, booked: string): boolean {
  const said = nameWords(given);
  const onBooking = nameWords(booked);
  return said.length > 0 && said.every((word) => onBooking.includes(word));
}

/**
 * Whether `reservation` may be shown or changed in this conversation: the hotel does not ask, the
 * conversation made or proved it, or the name just given (answering "under whose name?") is its.
 * Otherwise asks for the name, or, when the name given is not the booking's, says so with the phone;
 * both leave `false`.
 */
export function mayAccess(turn: Turn, reservation: Reservation, flow: FlowName): boolean {
  if (!turn.tenant.verifyBookingName || knownReferences(turn.state).includes(reservation.reference))
    return true;
  const slots = turn.state.dialogue.slots;
  const asked = slots.verifying === reservation.reference && turn.state.dialogue.awaiting === 'guest_name';
  const given = asked ? (turn.entity('guest_name')?.value.name ?? turn.message.text ?? '') : '';
  if (asked && isBookingName(given, reservation.guestName)) {
    delete slots.verifying;
    rememberBooking(turn.state, reservation.reference);
    return true;
  }
  const misses = typeof slots.nameMisses === 'number' ? slots.nameMisses : 0;
  if (asked || misses >= MAX_NAME_MISSES) {
    turn.say('reference.name_mismatch', { reference: reservation.reference, phone: turn.tenant.info.phone });
    endFlow(turn.state);
    // Kept across flows, so that names cannot be tried one after another.
    if (asked) turn.state.dialogue.slots.nameMisses = misses + 1;
    return false;
  }
  startFlow(turn.state, flow);
  turn.state.dialogue.slots.verifying = reservation.reference;
  turn.say('ask.booking_name', { reference: reservation.reference });
  turn.state.dialogue.awaiting = 'guest_name';
  return false;
}

/** The code whose owner's name was asked for, while the answer is awaited. */
export function referenceBeingVerified(turn: Turn): string | undefined {
  const { slots, awaiting } = turn.state.dialogue;
  return awaiting === 'guest_name' && typeof slots.verifying === 'string' ? slots.verifying : undefined;
}

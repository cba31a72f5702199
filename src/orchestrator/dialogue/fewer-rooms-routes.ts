import { foldText } from '../../common/fold-text';
import type { ParseResult } from '../../nlp/nlp.types';
import { roomsKept } from '../booking/stay-changes';
import type { ConversationState } from './conversation-state';
import type { Routing } from './routing';
import { carriesSlot } from './slot-answers';

/** Words pointing at a booking already made: "cancela mi reserva", "the booking", "el código". */
const NAMES_A_BOOKING = /\b(?:reservas?|booking|bookings|reservation|reservations|codigo|code)\b/;

/**
 * At the yes/no of a booking of several rooms: "No, la tercera no", "skip the second room", "solo una"
 * are fewer rooms, however they read (a no, a cancellation); "no, la tercera no, al final un amigo no
 * viene" at the next room is a no to that room, never a cancellation of the rooms just booked (unless
 * one is pointed at: "cancela la reserva X"). Null otherwise.
 */
export function routeFewerRooms(text: string, nlu: ParseResult, state: ConversationState): Routing | null {
  const { flow, awaiting, slots } = state.dialogue;
  if (awaiting !== 'confirmation' || flow !== 'make_reservation') return null;
  if (roomsKept(text, roomsAsked(state)) !== null)
    return { intent: 'make_reservation', via: 'follow_up', nlu };
  if (
    nlu.intent === 'cancel_reservation' &&
    slots.nextRoom === true &&
    !carriesSlot('reference', nlu) &&
    !NAMES_A_BOOKING.test(foldText(text))
  )
    return { intent: 'deny', via: 'slot', nlu };
  return null;
}

/** The rooms the booking waiting for its yes is for: this one and those after it. */
function roomsAsked(state: ConversationState): number {
  const { rooms, nextRoomTypes } = state.dialogue.slots;
  if (Array.isArray(nextRoomTypes)) return nextRoomTypes.length + 1;
  return typeof rooms === 'number' ? rooms : 1;
}

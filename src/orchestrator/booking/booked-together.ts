import type { ConversationState } from '../dialogue/conversation-state';
import { knownReferences } from '../dialogue/known-bookings';

// "2 habitaciones dobles" are booked one by one, each with its own code: the codes of one request
// are kept together, so that "¿cuánto es el total de todo?" or "desayuno en las dos" means them all.

/**
 * Remembers a booking just made as a room of a request for several (`room`: the first with more to
 * come, or the next one): with the ones before it. A booking of one room ends the last request's rooms.
 */
export function rememberBookedTogether(
  state: ConversationState,
  reference: string,
  room: { rooms?: number; nextRoom?: boolean },
): void {
  if (!room.rooms && !room.nextRoom) {
    delete state.dialogue.slots.bookedTogether;
    return;
  }
  const before = room.nextRoom ? bookedTogether(state) : [];
  state.dialogue.slots.bookedTogether = [...before.filter((code) => code !== reference), reference];
}

/** The codes booked by the conversation's latest request (one or several rooms), still known, oldest first. */
export function bookedTogether(state: ConversationState): string[] {
  const kept = state.dialogue.slots.bookedTogether;
  if (!Array.isArray(kept)) return [];
  const known = new Set(knownReferences(state));
  return kept.filter((code): code is string => typeof code === 'string' && known.has(code));
}

/** The rooms of the latest request, when it was more than one and `reference` is among them; else none. */
export function roomsBookedWith(state: ConversationState, reference: string): string[] {
  const together = bookedTogether(state);
  return together.length > 1 && together.includes(reference) ? together : [];
}

import type { Entity } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';

/**
 * "El 19 es el cumple de mi marido" with 18–20 Dec booked: a day of the stay just booked, which
 * belongs to what the message asks of that booking, not the arrival of another stay.
 */
export function isDayOfBookedStay(entity: Entity, state: ConversationState): boolean {
  if (entity.type !== 'date') return false;
  const stay = state.dialogue.slots.lastStay as { checkIn?: unknown; checkOut?: unknown } | undefined;
  if (typeof stay?.checkIn !== 'string' || typeof stay.checkOut !== 'string') return false;
  return entity.value.date >= stay.checkIn && entity.value.date <= stay.checkOut;
}

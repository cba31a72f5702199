import type { Entity } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import { lastStayOf } from './same-dates';

/**
 * "El 19 es el cumple de mi marido" with 18–20 Dec booked: a day of the stay just booked, which
 * belongs to what the message asks of that booking, not the arrival of another stay.
 */
export function isDayOfBookedStay(entity: Entity, state: ConversationState): boolean {
  if (entity.type !== 'date') return false;
  const stay = lastStayOf(state);
  return stay !== null && entity.value.date >= stay.checkIn && entity.value.date <= stay.checkOut;
}

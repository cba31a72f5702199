import type { Entity, ParseResult } from '../../nlp/nlp.types';
import { babiesAdded } from './babies-added';
import { isBookingFlow } from './booking-readings';
import type { ConversationState } from './conversation-state';
import { ANOTHER_STAY, ANSWERED_ON_ITS_OWN } from './extras-after-booking';
import { knownReferences } from './known-bookings';
import type { Routing } from './routing';

/** What makes a baby said after a booking part of another stay ("otra doble del 5 al 7 con un bebé"). */
const ANOTHER_STAY_WITH_BABY: ReadonlySet<Entity['type']> = new Set([...ANOTHER_STAY, 'guests']);

/**
 * "Ah, y vamos con un bebé de 1 año" while a booking with its party is under way (at the name, the
 * offer or the summary): the baby joins that stay, in a cot. "Necesitamos una cuna para el bebé" once
 * a booking is made and no other under way: noted for it, the staff told (requests-after-booking.ts).
 * Null when the message adds no baby, however it reads (the children's terms, a new booking).
 */
export function routeBabyAdded(text: string, nlu: ParseResult, state: ConversationState): Routing | null {
  if (babiesAdded(text) === null) return null;
  const flow = state.dialogue.flow;
  if (isBookingFlow(flow) && typeof state.dialogue.slots.guests === 'number')
    return { intent: flow, via: 'follow_up', nlu };
  if (flow !== null || knownReferences(state).length === 0) return null;
  if (nlu.intent !== null && ANSWERED_ON_ITS_OWN.has(nlu.intent)) return null;
  if (nlu.entities.some((entity) => ANOTHER_STAY_WITH_BABY.has(entity.type))) return null;
  return { intent: 'reservation_status', via: 'follow_up', nlu };
}

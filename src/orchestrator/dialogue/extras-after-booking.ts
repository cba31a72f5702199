import type { Entity, ParseResult } from '../../nlp/nlp.types';
import { asksForBreakfast } from '../booking/booking-extras';
import type { ConversationState } from './conversation-state';
import { knownReferences } from './known-bookings';
import type { Routing } from './routing';

/** What makes "con desayuno" part of another stay ("otra doble del 20 al 22 con desayuno"); a party may be breakfast's ("para los dos"). */
const ANOTHER_STAY: ReadonlySet<Entity['type']> = new Set([
  'date_range',
  'date',
  'no_such_date',
  'nights',
  'rooms',
  'room_type',
]);

/**
 * "Con desayuno" (as the breakfast answer suggests), "and breakfast please", "y el desayuno? lo
 * quiero" with a booking made and no other under way (heard as a new booking, or a breakfast
 * question): for that booking, as "añade desayuno" is. Null otherwise.
 */
export function routeBreakfastForBookingMade(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | null {
  if (state.dialogue.flow !== null || knownReferences(state).length === 0) return null;
  if (nlu.entities.some((entity) => ANOTHER_STAY.has(entity.type))) return null;
  return asksForBreakfast(text, nlu) ? { intent: 'reservation_status', via: 'follow_up', nlu } : null;
}

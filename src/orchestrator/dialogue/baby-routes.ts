import { foldText } from '../../common/fold-text';
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
 * With no booking at all, the cot alone (no stay in the message): the children's terms, never a
 * booking that then keeps asking for dates.
 * Null when the message adds no baby, however it reads (the children's terms, a new booking).
 */
export function routeBabyAdded(text: string, nlu: ParseResult, state: ConversationState): Routing | null {
  const flow = state.dialogue.flow;
  // "El niño duerme en cuna, no hace falta cama" (heard as a no) at one of the booking's questions:
  // about the party's cot, never a no to the booking.
  const atAQuestion = isBookingFlow(flow) && state.dialogue.awaiting !== null;
  if (atAQuestion && nlu.intent === 'deny' && A_COT.test(foldText(text)))
    return { intent: flow, via: 'follow_up', nlu };
  if (babiesAdded(text) === null) return null;
  if (isBookingFlow(flow) && typeof state.dialogue.slots.guests === 'number')
    return { intent: flow, via: 'follow_up', nlu };
  if (flow !== null) return null;
  if (knownReferences(state).length === 0) return cotWithoutBooking(text, nlu);
  if (nlu.intent !== null && ANSWERED_ON_ITS_OWN.has(nlu.intent)) return null;
  if (nlu.entities.some((entity) => ANOTHER_STAY_WITH_BABY.has(entity.type))) return null;
  return { intent: 'reservation_status', via: 'follow_up', nlu };
}

/**
 * "Necesitamos una cuna para el bebé", "we need a cot for the baby" with no booking made nor under
 * way (often heard as a new booking): the children's terms, which tell of the cot. Null with a stay
 * in the message ("una cuna, del 12 al 14 para 2"): that is a booking, the baby in it.
 */
function cotWithoutBooking(text: string, nlu: ParseResult): Routing | null {
  if (nlu.entities.some((entity) => ANOTHER_STAY_WITH_BABY.has(entity.type) || entity.type === 'reference'))
    return null;
  // A cot asked for, and no booking: "quiero reservar, vamos con un bebé" is a booking to make.
  const folded = foldText(text);
  if (!A_COT.test(folded) || BOOKING_WORDS.test(folded)) return null;
  if (nlu.intent !== null && ANSWERED_ON_ITS_OWN.has(nlu.intent)) return null;
  const told = nlu.entities.some(
    (entity) => entity.type === 'info_topic' && entity.value.topic === 'children',
  );
  const children: Entity = { type: 'info_topic', value: { topic: 'children' }, text: '', start: 0, end: 0 };
  const entities = told ? nlu.entities : [...nlu.entities, children];
  return { intent: 'hotel_info', via: 'nlu', nlu: { ...nlu, intent: 'hotel_info', entities } };
}

/** A cot named: "una cuna", "cunita", "a cot", "a crib", "travel cot". */
const A_COT = /\b(?:cunas?|cunita|moises|cots?|cribs?|bassinet)\b/;
/** Words of making a booking: "reservar", "una reserva", "book", "a room", "para diciembre". */
const BOOKING_WORDS =
  /\b(?:reserv\w*|book\w*|habitacion\w*|cuarto|room|rooms|noches?|nights?|disponib\w*|availab\w*|para (?:el|la|los) (?:finde|fin de semana|puente)|this weekend)\b/;

import type { Entity, ParseResult } from '../../nlp/nlp.types';
import type { ConversationState } from './conversation-state';
import { withEntity } from './parse-results';
import { BOOKING_CHOICE } from './reservation-lookup';
import type { Routing } from './routing';

/** A tapped button or list row (or its number typed on e-mail): the intent it stands for. */
export function routeChoice(choice: string, nlu: ParseResult, state: ConversationState): Routing | null {
  if (choice === 'confirm_yes') return { intent: 'confirm', via: 'choice', nlu };
  if (choice.startsWith(BOOKING_CHOICE)) {
    // "Which booking?" answered with a tap: the flow that asked goes on with that code.
    const reference = choice.slice(BOOKING_CHOICE.length);
    const entity: Entity = { type: 'reference', value: { reference }, text: '', start: 0, end: 0 };
    const flow = state.dialogue.flow === 'cancel_reservation' ? 'cancel_reservation' : 'reservation_status';
    return { intent: flow, via: 'choice', nlu: withEntity(nlu, entity) };
  }
  if (choice === 'confirm_no' || choice === 'human_no') return { intent: 'deny', via: 'choice', nlu };
  if (choice === 'human_yes') return { intent: 'human_handoff', via: 'choice', nlu };
  if (choice.startsWith('room:')) {
    const roomTypeId = choice.slice('room:'.length);
    const entity: Entity = { type: 'room_type', value: { roomTypeId }, text: '', start: 0, end: 0 };
    // Picking a room from the list is asking to book it, however the button title classifies.
    return {
      intent: 'make_reservation',
      via: 'choice',
      nlu: {
        ...nlu,
        intent: 'make_reservation',
        confidence: 1,
        entities: [...nlu.entities.filter((e) => e.type !== 'room_type'), entity],
      },
    };
  }
  return null;
}

import type { ParseResult } from '../../nlp/nlp.types';
import type { Awaiting, ConversationState, FlowName } from './conversation-state';
import { asksForANewBooking, doesNotKnowTheCode } from './guest-wording';
import type { Routing } from './routing';
import { nameAtYesNo } from './name-answers';
import { carriesSlot } from './slot-answers';

/**
 * What a guest asked for a booking code says instead of one: a booking to make, that they lack it,
 * or the name it is under once a person is offered. Null when it says none of these.
 */
export function routeCodeAnswer(text: string, nlu: ParseResult, state: ConversationState): Routing | null {
  const flow = state.dialogue.flow as FlowName | null;
  const awaiting = state.dialogue.awaiting as Awaiting | null;
  // "Está a nombre de Pedro Gómez" at "shall a person help you?" (offered for a code the guest lacks):
  // yes, and the staff's notice quotes the name to look for.
  if (
    flow === 'human_handoff' &&
    awaiting === 'confirmation' &&
    nlu.intent !== 'deny' &&
    nlu.entities.some((entity) => entity.type === 'guest_name')
  )
    return { intent: 'human_handoff', via: 'slot', nlu };
  // "No tengo código, es una reserva nueva" at "what is your booking code?": a booking to make.
  if (awaiting === 'reference' && !carriesSlot('reference', nlu) && asksForANewBooking(text))
    return { intent: 'make_reservation', via: 'nlu', nlu };
  // "No tengo el código a mano, está a nombre de…", or only the name ("Peter Jones"; QA 29, M6: not
  // understood), at "what is your booking code?", however it classifies: the deny handler offers a
  // person, who can find it by name.
  if (
    awaiting === 'reference' &&
    !Array.isArray(state.dialogue.slots.options) &&
    !carriesSlot('reference', nlu) &&
    answersWithoutTheCode(text, nlu)
  )
    return { intent: 'deny', via: 'slot', nlu };
  return null;
}

/** "No sé el código", "I don't have it", or only a name typed ("Peter Jones"): no code to look for. */
export function answersWithoutTheCode(text: string, nlu: ParseResult): boolean {
  return doesNotKnowTheCode(text) || nameAtYesNo(text, nlu) !== null;
}

import type { ParseResult } from '../../nlp/nlp.types';
import { isBookingFlow, takesUpTheStayAgain } from './booking-readings';
import { needsTheQuestionExplained } from './confusion';
import type { Awaiting, ConversationState, FlowName } from './conversation-state';
import { asksAboutSomethingOnADay } from './dated-questions';
import { asksForPhotos } from './guest-wording';
import type { Routing } from './routing';
import { carriesSlot } from './slot-answers';

/**
 * Messages a booking in progress (or one left with a goodbye) hears as something they are not: photos
 * asked at the room list, a question about a day, a guest lost at a question, a stay wanted after all.
 * `without_the_day`: read the message again without its day; null when none of these.
 */
export function routeBookingAside(
  text: string,
  nlu: ParseResult,
  state: ConversationState,
): Routing | 'without_the_day' | null {
  const flow = state.dialogue.flow as FlowName | null;
  const awaiting = state.dialogue.awaiting as Awaiting | null;
  // "¿Me enseñas fotos de la suite?" at the room list (its room heard as the pick): the photos, and
  // the question stands.
  if (isBookingFlow(flow) && nlu.intent === 'room_photos' && asksForPhotos(text))
    return { intent: 'room_photos', via: 'nlu', nlu };
  // "¿La recepción está abierta el 24 de diciembre?" while booking the 12th to the 14th: no new days.
  if (isBookingFlow(flow) && asksAboutSomethingOnADay(text, nlu, state)) return 'without_the_day';
  // "No entiendo", "no sé qué poner" at one of the booking's questions (heard as a no): the flow
  // says what it asks for. So does "me da igual" but at the room list, where it picks the cheapest.
  if (isBookingFlow(flow) && awaiting !== null && needsTheQuestionExplained(text, awaiting))
    return { intent: flow, via: 'follow_up', nlu };
  // "Wait, I still want the room" after a goodbye at the rooms shown (heard as their photos): the stay.
  // "Al final me la quedo", "I changed my mind, I want the room" often read as cancelling.
  if (nlu.intent !== 'human_handoff' && !carriesSlot('reference', nlu) && takesUpTheStayAgain(text, state))
    return { intent: 'make_reservation', via: 'follow_up', nlu: { ...nlu, intent: 'make_reservation' } };
  return null;
}

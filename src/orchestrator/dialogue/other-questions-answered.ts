import type { IntentName } from '../../nlp/nlp.types';
import { isBookingFlow } from './booking-readings';
import type { IntentHandler } from './intent-handler';
import type { IntentHandlerRegistry } from './intent-handler.registry';
import type { Turn } from './turn';

/** Intents answered beside another's: they tell something, and start nothing the guest must finish. */
const TOLD_BESIDE: ReadonlySet<IntentName> = new Set([
  'location',
  'room_photos',
  'hotel_info',
  'room_prices',
]);
/** A booking's own replies give the prices and, in passing, the hotel's topics asked beside it. */
const BOOKING: ReadonlySet<IntentName | null> = new Set([
  'check_availability',
  'make_reservation',
  'confirm',
  'deny',
]);
const SAID_BY_A_BOOKING: ReadonlySet<IntentName> = new Set(['hotel_info', 'room_prices']);

/**
 * "Where are you located? And can I see photos of the suite?": the message's other questions (read by
 * the NLU sentence by sentence) get their own answers, in the order asked, and before a question the
 * message's own answer ends with (QA 27, E22: one of the two was dropped). Not after a fallback or a
 * handoff, whose person answers everything.
 */
export async function answerOtherQuestions(
  turn: Turn,
  routed: IntentName | null,
  registry: IntentHandlerRegistry,
): Promise<void> {
  const asked = turn.nlu.alsoAsked ?? [];
  if (routed === null || turn.outcome !== 'answered') return;
  // A yes that booked ("yes confirm. btw what's the wifi?") said nothing of the hotel beside it.
  const booked = routed === 'confirm' && !isBookingFlow(turn.state.dialogue.flow);
  const inABooking = !booked && (BOOKING.has(routed) || isBookingFlow(turn.state.dialogue.flow));
  for (const question of asked) {
    const handler = registry.get(question.intent);
    if (!handler || question.intent === routed || !TOLD_BESIDE.has(question.intent)) continue;
    if (inABooking && SAID_BY_A_BOOKING.has(question.intent)) continue;
    await answerApart(turn, handler, turn.besides(question), question.askedFirst);
  }
  if (!inABooking) await answerOwnQuestions(turn, routed, registry);
  if (!asked.some((question) => question.intent === 'hotel_info'))
    await answerTopicsBesideStatus(turn, routed, registry);
}

/**
 * "Tengo la reserva 7Z2WUV, ¿podemos llevar a nuestro perro?" (all of it read as the booking's status):
 * the booking is shown, and the hotel's answer to the question follows, unless something was noted
 * for the booking instead (QA 31, H11: the question went unanswered).
 */
async function answerTopicsBesideStatus(
  turn: Turn,
  routed: IntentName,
  registry: IntentHandlerRegistry,
): Promise<void> {
  const handler = registry.get('hotel_info');
  const text = turn.message.text ?? '';
  const asks = /[?¿]/.test(text) && turn.entities('info_topic').length > 0;
  if (routed !== 'reservation_status' || turn.nlu.intent !== 'reservation_status' || !asks || !handler)
    return;
  if (turn.staffNotices.length > 0) return;
  const other = turn.besides({ intent: 'hotel_info', askedFirst: false, start: 0, end: text.length });
  await answerApart(turn, handler, other, false, false);
}

/** What a booking's extras are: asked with a booking made, its own reply says them. */
const EXTRA_TOPICS: ReadonlySet<string> = new Set(['breakfast', 'parking', 'pets']);

/**
 * "Booking S4W89F: we'd like to add breakfast and parking. Also what time is check out?" (all of it
 * a hotel question to the NLU) taken as extras for the booking: its question of another topic is
 * answered on its own (QA 30, en M4: the check-out hour never said).
 */
async function answerOwnQuestions(
  turn: Turn,
  routed: IntentName,
  registry: IntentHandlerRegistry,
): Promise<void> {
  const handler = registry.get('hotel_info');
  if (turn.nlu.intent !== 'hotel_info' || routed === 'hotel_info' || !handler) return;
  for (const span of turn.nlu.ownQuestions ?? []) {
    const other = turn.besides({ intent: 'hotel_info', askedFirst: false, ...span });
    if (other.entities('info_topic').every((topic) => EXTRA_TOPICS.has(topic.value.topic))) continue;
    await answerApart(turn, handler, other, false);
  }
}

/**
 * `other`, a part of the message, answered by `handler`: its replies first when it was asked first
 * or the turn's own answer ends in a question, else after; what the staff hear with it, unless
 * `withNotices` is false.
 */
async function answerApart(
  turn: Turn,
  handler: IntentHandler,
  other: Turn,
  askedFirst: boolean,
  withNotices = true,
): Promise<void> {
  await handler.handle(other);
  if (other.outcome !== 'answered') return;
  turn.replies.splice(askedFirst || endsWithAQuestion(turn) ? 0 : turn.replies.length, 0, ...other.replies);
  if (withNotices) turn.staffNotices.push(...other.staffNotices);
}

/**
 * The turn's own answer asks the guest something (choices, "¿a nombre de quién?", "¿cuál es el código
 * de tu reserva? Por ejemplo: …"), which must come last.
 */
function endsWithAQuestion(turn: Turn): boolean {
  const last = turn.replies.at(-1);
  return (
    last?.type === 'buttons' || last?.type === 'list' || (last?.type === 'text' && /[?¿]/.test(last.text))
  );
}

import type { Entity, Language } from '../../nlp/nlp.types';
import type { DialogueState, Session } from '../../session/session';

/** What a handler may change about a conversation; copied into the session once the turn succeeds. */
export interface ConversationState {
  language: Language;
  guestName: string | null;
  dialogue: DialogueState;
  fallbackCount: number;
  handoff: boolean;
}

/** The flows that span several turns, named after the intent whose handler owns them. */
export type FlowName =
  'make_reservation' | 'check_availability' | 'cancel_reservation' | 'reservation_status' | 'human_handoff';

/** What a flow waits for from the guest. */
export type Awaiting = 'dates' | 'guests' | 'room_type' | 'guest_name' | 'reference' | 'confirmation';

/** Slots kept after a flow ends, so a later turn can refer back ("cancel my booking"). */
const REMEMBERED_SLOTS = [
  'lastReference',
  'references',
  'bookedForOthers',
  'lastStay',
  'lastRoom',
  'bookedExtras',
  'bookedEmails',
  'bookedTogether',
  'petWeightKg',
  'petKinds',
  'nameMisses',
  'cotsNoted',
] as const;

export function stateFromSession(session: Session, language: Language): ConversationState {
  return {
    language,
    guestName: session.guestName,
    dialogue: structuredClone(session.dialogue),
    fallbackCount: session.fallbackCount,
    handoff: session.handoff,
  };
}

/** Ends the current flow, keeping only what later turns may refer back to. */
export function endFlow(state: ConversationState): void {
  state.dialogue = { flow: null, awaiting: null, slots: rememberedSlots(state.dialogue.slots) };
}

/** The slots a conversation keeps between flows (and across a handoff): its bookings. */
export function rememberedSlots(slots: DialogueState['slots']): DialogueState['slots'] {
  const kept: DialogueState['slots'] = {};
  for (const slot of REMEMBERED_SLOTS) {
    if (slots[slot] !== undefined) kept[slot] = slots[slot];
  }
  return kept;
}

export function startFlow(state: ConversationState, flow: FlowName): void {
  if (state.dialogue.flow === flow) return;
  endFlow(state);
  state.dialogue.flow = flow;
}

/** A flow left alone this long is over: its questions and choices no longer stand. */
export const FLOW_IDLE_MS = 2 * 3600 * 1000;

/**
 * Drops what no longer applies before a message is routed: a flow idle for FLOW_IDLE_MS, and a
 * pending yes/no question the guest moved on from — a later "sí" must never confirm a booking or a
 * cancellation asked about several messages earlier.
 */
export function settleBeforeRouting(state: ConversationState, lastActivity: string, now: Date): void {
  if (state.dialogue.flow && now.getTime() - Date.parse(lastActivity) > FLOW_IDLE_MS) endFlow(state);
}

/** Questions a guest may ask while a booking waits for a yes, without giving up the booking. */
const SIDE_QUESTIONS: ReadonlySet<string> = new Set([
  'hotel_info',
  'location',
  'room_photos',
  'late_checkout',
  'room_prices',
  // "¿Eres un bot?" (a request for a person still hands over, which ends the booking).
  'human_handoff',
  // "Mis reservas" between two rooms of one request.
  'reservation_status',
  // "¡Gracias!" at a summary: no answer to it, and no reason to drop it.
  'thanks',
  // "Hola?" while the booking waits for an answer: the guest is still there, and so is the question.
  'greeting',
]);

/** A room offer or a booking summary waits for the guest's yes. */
export function isBookingPending(state: ConversationState): boolean {
  return state.dialogue.flow === 'make_reservation' && state.dialogue.awaiting === 'confirmation';
}

/** The room type the booking under way has chosen or offered, if any. */
export function chosenRoomType(state: ConversationState): string | undefined {
  const { roomTypeId } = state.dialogue.slots;
  return typeof roomTypeId === 'string' ? roomTypeId : undefined;
}

/** The cancellation flow's slot holding the new stay's summary that waited when it started (change-kept-through-cancel.ts). */
export const CHANGE_KEPT = 'changeKept';

/** The new stay's summary a cancellation flow kept, read before the flow ends; undefined when none. */
export function changeKept(state: ConversationState): DialogueState['slots'] | undefined {
  const kept = state.dialogue.slots[CHANGE_KEPT];
  return typeof kept === 'object' && kept !== null ? (kept as DialogueState['slots']) : undefined;
}

/**
 * That summary's booking flow, in place of the flow under way, waiting for its yes: the one a "sí" or
 * "confírmala" now gives, never the cancellation's.
 */
export function restoreChange(state: ConversationState, change: DialogueState['slots']): void {
  const remembered = new Set(Object.keys(rememberedSlots(change)));
  startFlow(state, 'make_reservation');
  for (const [slot, value] of Object.entries(change)) {
    if (!remembered.has(slot)) state.dialogue.slots[slot] = value;
  }
  state.dialogue.awaiting = 'confirmation';
}

/**
 * A cancellation left unanswered: dropped, but a new stay's summary it kept stands again, so that
 * "confírmala" later still finds it (review 29).
 */
function endCancellation(state: ConversationState): void {
  const kept = changeKept(state);
  endFlow(state);
  if (kept) restoreChange(state, kept);
}

/** The cancellation flow's slot holding the booking made in place of the one asked about. */
export const BOOKED_INSTEAD = 'bookedInstead';
/** Set once the replaced booking's question was asked again after a side question. */
const BOOKED_INSTEAD_REMINDED = 'bookedInsteadReminded';

/**
 * "¿Cancelo la anterior?" after a change was booked, not yet answered nor asked again: a side
 * question ("what's the total?") must not drop it, or the guest keeps two bookings unknowingly.
 */
export function isReplacedBookingPending(state: ConversationState): boolean {
  const { flow, awaiting, slots } = state.dialogue;
  return (
    flow === 'cancel_reservation' &&
    awaiting === 'confirmation' &&
    typeof slots[BOOKED_INSTEAD] === 'string' &&
    slots[BOOKED_INSTEAD_REMINDED] !== true
  );
}

export function markReplacedBookingReminded(state: ConversationState): void {
  state.dialogue.slots[BOOKED_INSTEAD_REMINDED] = true;
}

/** Details a booking asks for, one at a time: asked again after a side question. */
const SLOT_QUESTIONS: ReadonlySet<Awaiting> = new Set(['dates', 'guests', 'room_type', 'guest_name']);

/**
 * "Is there parking?" while a room offer or a summary waits for a yes, or while the booking asks
 * for a detail (the dates, whose name): answered, and then the booking's question is asked again
 * (so the pending question stands, and stays the last one asked).
 */
export function isSideQuestion(
  state: ConversationState,
  intent: string | null,
  entities: readonly Entity[] = [],
): boolean {
  if (intent === null || !SIDE_QUESTIONS.has(intent)) return false;
  const { flow, awaiting } = state.dialogue;
  const asksDetail =
    (flow === 'make_reservation' || flow === 'check_availability') &&
    SLOT_QUESTIONS.has(awaiting as Awaiting);
  return (
    isBookingPending(state) ||
    asksDetail ||
    (isReplacedBookingPending(state) && ASKS_NOTHING.has(intent) && !entities.some(isTopic))
  );
}

/** "¿Cuánto cuesta el parking?": an extra the guest may then ask to add ("sí, añádelo"). */
const isTopic = (entity: Entity): boolean => entity.type === 'info_topic';
/**
 * Side questions after which the replaced booking's "¿La cancelo?" may be asked again: a thanks, a
 * hello, a total. Not a hotel question ("¿tenéis parking?" may be answered "¿lo añado?", whose "sí"
 * must never cancel a booking); a price that asks something back lets it go too (remindReplacedBooking).
 */
const ASKS_NOTHING: ReadonlySet<string> = new Set([
  'thanks',
  'greeting',
  'reservation_status',
  'room_prices',
]);

export function settleAfterRouting(state: ConversationState, intent: string | null): void {
  if (state.dialogue.awaiting !== 'confirmation' || intent === null) return;
  if (intent === 'confirm' || intent === 'deny' || intent === state.dialogue.flow) return;
  // A cancellation left unanswered is dropped whole: no later "sí" cancels, and what is said about the
  // bookings next ("añádelo", "una cuna") finds no flow under way.
  if (state.dialogue.flow === 'cancel_reservation') return endCancellation(state);
  state.dialogue.awaiting = null;
  delete state.dialogue.slots.options;
}

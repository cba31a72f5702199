import type { Language } from '../../nlp/nlp.types';
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
const REMEMBERED_SLOTS = ['lastReference'] as const;

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
  const kept: Record<string, unknown> = {};
  for (const slot of REMEMBERED_SLOTS) {
    if (state.dialogue.slots[slot] !== undefined) kept[slot] = state.dialogue.slots[slot];
  }
  state.dialogue = { flow: null, awaiting: null, slots: kept };
}

export function startFlow(state: ConversationState, flow: FlowName): void {
  if (state.dialogue.flow === flow) return;
  endFlow(state);
  state.dialogue.flow = flow;
}

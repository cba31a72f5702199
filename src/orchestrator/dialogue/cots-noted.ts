import type { ConversationState } from './conversation-state';

/** How many cots the staff were already told of for a booking of this conversation. */
export function cotsNoted(state: ConversationState, reference: string): number {
  const noted = state.dialogue.slots.cotsNoted;
  const count =
    typeof noted === 'object' && noted !== null ? (noted as Record<string, unknown>)[reference] : 0;
  return typeof count === 'number' ? count : 0;
}

/** Remembers the cots the staff were told of for a booking, so a cot asked again is not told twice. */
export function rememberCotsNoted(state: ConversationState, reference: string, cots: number): void {
  const noted = state.dialogue.slots.cotsNoted;
  const kept = typeof noted === 'object' && noted !== null ? (noted as Record<string, number>) : {};
  state.dialogue.slots.cotsNoted = { ...kept, [reference]: Math.max(cots, kept[reference] ?? 0) };
}

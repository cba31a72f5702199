import type { ConversationState } from './conversation-state';

/**
 * The code of the booking a new stay was looked for in place of ("nos quedamos una noche más"), once
 * the guest said no to that stay's summary and was asked what to change: that booking stands as it
 * was, and "¿cuánto es el total?" or "pero con desayuno" is about it. Null otherwise.
 */
export function declinedRebook(state: ConversationState): string | null {
  const { flow, slots } = state.dialogue;
  if (flow !== 'make_reservation' || slots.step !== 'change') return null;
  return typeof slots.replaces === 'string' ? slots.replaces : null;
}

import type { ConversationState } from './conversation-state';

/** How many of the conversation's booking codes are kept: enough for a family's rooms or a few trips. */
const MAX_KNOWN = 5;

/**
 * The booking codes this conversation has made or looked up, oldest first: what "mis reservas" and
 * "cancel my booking" mean when no code is written. Sessions saved before the list existed have only
 * `lastReference`.
 */
export function knownReferences(state: ConversationState): string[] {
  const { references, lastReference } = state.dialogue.slots;
  if (Array.isArray(references)) return references.filter((code): code is string => typeof code === 'string');
  return typeof lastReference === 'string' ? [lastReference] : [];
}

/** Remembers a booking of this conversation, as the latest one. */
export function rememberBooking(state: ConversationState, reference: string): void {
  const references = knownReferences(state).filter((code) => code !== reference);
  references.push(reference);
  state.dialogue.slots.references = references.slice(-MAX_KNOWN);
  state.dialogue.slots.lastReference = reference;
}

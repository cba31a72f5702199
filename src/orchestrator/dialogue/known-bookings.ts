import type { Entity } from '../../nlp/nlp.types';
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

/**
 * Remembers a booking of this conversation, as the latest one; `forAnother` when it was made for
 * someone else ("para mis padres", "for my sister"), so that "cancela la de mis padres" finds it.
 */
export function rememberBooking(state: ConversationState, reference: string, forAnother = false): void {
  const references = knownReferences(state).filter((code) => code !== reference);
  references.push(reference);
  state.dialogue.slots.references = references.slice(-MAX_KNOWN);
  state.dialogue.slots.lastReference = reference;
  // A code looked up again keeps who it was booked for; those no longer known are dropped.
  const others = bookedForOthers(state).filter((code) => code !== reference || !forAnother);
  if (forAnother) others.push(reference);
  if (others.length > 0) state.dialogue.slots.bookedForOthers = others;
  else delete state.dialogue.slots.bookedForOthers;
}

/** The codes of this conversation's bookings made for someone else, still known, oldest first. */
export function bookedForOthers(state: ConversationState): string[] {
  const kept = state.dialogue.slots.bookedForOthers;
  if (!Array.isArray(kept)) return [];
  const known = new Set(knownReferences(state));
  return kept.filter((code): code is string => typeof code === 'string' && known.has(code));
}

/** A slot holding something per booking of this conversation ("bookedExtras", "bookedEmails"), as stored. */
export function perBooking(state: ConversationState, slot: string): Record<string, unknown> {
  const kept = state.dialogue.slots[slot];
  return typeof kept === 'object' && kept !== null ? (kept as Record<string, unknown>) : {};
}

/** Sets a booking's entry of such a slot, dropping those of bookings the conversation no longer knows. */
export function setPerBooking(
  state: ConversationState,
  slot: string,
  reference: string,
  value: unknown,
): void {
  const known = new Set(knownReferences(state));
  const kept = Object.entries(perBooking(state, slot)).filter(([code]) => known.has(code));
  state.dialogue.slots[slot] = Object.fromEntries([...kept, [reference, value]]);
}

/**
 * A booking code the message names, in a question answered apart from its booking ("booking 7Z2WUV -
 * can we bring our dog?"): a later "please add him" is for that booking.
 */
export function rememberCodeSaid(state: ConversationState, entities: readonly Entity[]): void {
  const code = entities.find((entity) => entity.type === 'reference');
  if (code?.type === 'reference') rememberBooking(state, code.value.reference);
}

import type { PhraseKey } from '../replies/phrasebook';
import type { ConversationState } from './conversation-state';

/** Replies that end by offering more help ("¿Te ayudo con otra cosa?"): a bare "sí" next takes the offer up. */
const OFFERS_HELP: ReadonlySet<PhraseKey> = new Set<PhraseKey>([
  'greeting',
  'greeting.how_are_you',
  'thanks',
  'thanks.compliment',
  'fallback.other_business',
  'booking.rooms_dropped',
  'confirm.ack',
  'deny.nothing',
  'info.weather',
  'greeting.season',
]);

/**
 * Remembers, for the next message only (forgetEarlierAnswers), whether this turn's last reply offered
 * more help: one said after it (the booking's question again, a list) takes the offer back. `key` is
 * null for a reply that is no phrase.
 */
export function noteHelpOffered(state: ConversationState, key: PhraseKey | null, messageId: string): void {
  if (key !== null && OFFERS_HELP.has(key)) state.dialogue.slots.helpOffered = messageId;
  else if (state.dialogue.slots.helpOffered === messageId) delete state.dialogue.slots.helpOffered;
}

/** Whether the bot's last turn ended by offering more help. */
export function helpWasOffered(state: ConversationState): boolean {
  return typeof state.dialogue.slots.helpOffered === 'string';
}

import type { PhraseKey } from '../replies/phrasebook';
import type { ConversationState } from './conversation-state';

/** Replies that end by offering more help ("¿Te ayudo con otra cosa?"): a bare "sí" next takes the offer up. */
const OFFERS_HELP: ReadonlySet<PhraseKey> = new Set<PhraseKey>([
  'greeting',
  'greeting.how_are_you',
  'goodbye',
  'thanks',
  'thanks.compliment',
  'fallback.other_business',
  'booking.rooms_dropped',
  'confirm.ack',
  'deny.nothing',
]);

/** Remembers, for the next message only (forgetEarlierAnswers), that this turn offered more help. */
export function noteHelpOffered(state: ConversationState, key: PhraseKey, messageId: string): void {
  if (OFFERS_HELP.has(key)) state.dialogue.slots.helpOffered = messageId;
}

/** Whether the bot's last turn ended by offering more help. */
export function helpWasOffered(state: ConversationState): boolean {
  return typeof state.dialogue.slots.helpOffered === 'string';
}

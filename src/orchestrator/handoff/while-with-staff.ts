import { foldText } from '../../common/fold-text';
import type { UnifiedMessage } from '../../messaging/unified-message';
import { LANGUAGES } from '../../nlp/nlp.types';
import type { Tenant } from '../../tenants/tenant';
import { MAX_QUOTE } from '../dialogue/fallback';
import type { Phrasebook } from '../replies/phrasebook';

/** "Es urgente", "emergency", "socorro": the staff notice says so first. */
const URGENT = /\b(?:urgente?s?|urgencia|emergencias?|emergency|asap|socorro|auxilio|help)\b/;

/** How the staff notices name the guest: the profile name with the number or address, or that alone. */
export function guestForStaff(message: Pick<UnifiedMessage, 'from' | 'fromName'>): string {
  return message.fromName ? `${message.fromName} (${message.from})` : message.from;
}

/**
 * The staff notice of a message from a guest a person has: the bot stays silent, and nothing the
 * guest writes meanwhile may be lost, so it goes to the hotel's handoff contact, "urgent" first when
 * the guest says so. None for a reaction, or over the guest's rate limit (a flood is not forwarded).
 */
export function noticesWhileWithStaff(
  message: UnifiedMessage,
  tenant: Tenant,
  phrases: Phrasebook,
  throttle: { throttled: boolean },
): string[] {
  if (throttle.throttled || message.kind === 'reaction') return [];
  const text = message.text?.trim() ?? '';
  const language = LANGUAGES.find((candidate) => candidate === tenant.languages[0]) ?? 'es';
  return [
    phrases.text(language, 'handoff.guest_wrote', {
      guest: guestForStaff(message),
      channel: message.channel === 'gmail' ? 'e-mail' : 'WhatsApp',
      kind: text ? 'text' : message.kind === 'audio' ? 'audio' : 'other',
      text: text.slice(0, MAX_QUOTE),
      urgent: URGENT.test(foldText(text)) ? 'yes' : 'no',
    }),
  ];
}

import { foldText } from '../../common/fold-text';
import type { UnifiedMessage } from '../../messaging/unified-message';
import type { Language } from '../../nlp/nlp.types';
import type { Tenant } from '../../tenants/tenant';
import { MAX_QUOTE } from '../dialogue/fallback';
import { staffLanguageOf } from '../dialogue/turn';
import type { Phrasebook } from '../replies/phrasebook';

/** "Es urgente", "emergency", "socorro", "help!": the staff notice says so first; not "no es urgente". */
const URGENT = /\b(?:urgente?s?|urgencia|emergencias?|emergency|asap|socorro|auxilio)\b|\bhelp\s*!/;
const NOT_URGENT =
  /\b(?:no (?:es |hay )?(?:nada )?urgente|not (?:an? )?(?:urgent|emergency)|sin prisa|no rush)\b/;

/** How staff notices name the channel the guest writes on. */
export function channelForStaff(channel: UnifiedMessage['channel']): string {
  return channel === 'gmail' ? 'e-mail' : 'WhatsApp';
}

/** How the staff notices name the guest: the profile name with the number or address, or that alone. */
export function guestForStaff(message: Pick<UnifiedMessage, 'from' | 'fromName'>): string {
  return message.fromName ? `${message.fromName} (${message.from})` : message.from;
}

/**
 * The staff notice of a message from a guest a person has: the bot stays silent, and what the guest
 * writes meanwhile goes to the hotel's handoff contact (one notice a message), "urgent" first when the
 * guest says so. None for a reaction, or over the guest's rate limit: a flood is not passed on (it is
 * still logged and counted as throttled). `language` is the staff's when the hotel's first is none
 * the bot writes.
 */
export function noticesWhileWithStaff(
  message: UnifiedMessage,
  tenant: Tenant,
  phrases: Phrasebook,
  throttle: { throttled: boolean },
  language: Language,
): string[] {
  if (throttle.throttled || message.kind === 'reaction') return [];
  const text = message.text?.trim() ?? '';
  const folded = foldText(text);
  return [
    phrases.text(staffLanguageOf(tenant, language), 'handoff.guest_wrote', {
      guest: guestForStaff(message),
      channel: channelForStaff(message.channel),
      kind: text ? 'text' : message.kind === 'audio' ? 'audio' : 'other',
      text: text.slice(0, MAX_QUOTE),
      urgent: URGENT.test(folded) && !NOT_URGENT.test(folded) ? 'yes' : 'no',
    }),
  ];
}

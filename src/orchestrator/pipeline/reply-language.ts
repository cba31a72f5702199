import { type Language, LANGUAGES } from '../../nlp/nlp.types';
import type { Session } from '../../session/session';
import type { Tenant } from '../../tenants/tenant';

/** Before the NLU has read anything: the session's language, else the hotel's first supported one. */
export function knownLanguage(session: Session, tenant: Tenant): Language {
  const candidates = [session.language, ...tenant.languages];
  return candidates.find(isLanguage) ?? 'es';
}

function isLanguage(value: string | null): value is Language {
  return (LANGUAGES as readonly (string | null)[]).includes(value);
}

/**
 * The language to answer in: the one the NLU chose, except for a name or a booking code typed when
 * asked for one ("Jorge Hernandez" reads as English), which says nothing of the guest's language.
 */
export function replyLanguage(session: Session, text: string, chosen: Language): Language {
  const { awaiting } = session.dialogue;
  const short = text.trim().split(/\s+/).length <= MAX_NAME_WORDS;
  // "Jorge Hernandez" typed at "shall I book it?" is a yes under that name (the router's), and a name too.
  const looksLikeAName =
    awaiting === 'confirmation' && /^\s*\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,3}\s*$/u.test(text);
  const answersNameOrCode =
    short && (awaiting === 'guest_name' || awaiting === 'reference' || looksLikeAName);
  return answersNameOrCode && isLanguage(session.language) ? session.language : chosen;
}

/** Longer than this, an answer to "whose name?" is a sentence, in the guest's language. */
const MAX_NAME_WORDS = 4;

import { foldText } from '../../common/fold-text';
import { type Language, LANGUAGES } from '../../nlp/nlp.types';
import { askSlotAgain } from './slot-questions';
import type { Turn } from './turn';

const SPOKEN = String.raw`(?:frances|ingles|espanol|castellano|aleman|italiano|portugues|catalan|ruso|chino|arabe|french|english|spanish|german|italian|portuguese|russian|chinese|arabic|otros? idiomas?|other languages?|another language)`;

/** "¿Hablas francés?", "do you speak German?", "what languages do you speak?", "parlez-vous français ?". */
const LANGUAGE_QUESTIONS = [
  new RegExp(
    String.raw`\b(?:hablas|habla|hablais|hablan|entiendes|entiende|puedes hablar|se puede hablar|podemos hablar)\s+(?:en\s+)?${SPOKEN}\b`,
  ),
  new RegExp(
    String.raw`\b(?:do|can|could)\s+(?:you|u|we)\s+(?:speak|understand|talk|write|chat)\s+(?:in\s+)?${SPOKEN}\b`,
  ),
  /\b(?:que|cuales|en que) idiomas?\b|\b(?:what|which) languages?\b/,
  /\bparle[sz]?[- ]vous\b|\bsprechen sie\b|\bparla(?:te)? italiano\b|\bfala(?:s)? portugues\b/,
];

/** "Can we continue in English?", "¿seguimos en inglés?", "in English please": the guest asks to switch. */
const SWITCH =
  /\b(?:continue|carry on|go on|switch|change|seguir|seguimos|continuar|continuamos|cambiar|cambiamos|pasar|pasamos)\s+(?:to\s+|in\s+|a\s+|al\s+|en\s+)?(?:ingles|english|espanol|castellano|spanish)\b|^\W*(?:(?:and\s+)?in english|en ingles|en espanol|en castellano|in spanish)(?:\s+(?:please|pls|por favor|porfa))?\W*$/;

export function asksAboutLanguages(text: string | undefined): boolean {
  const folded = foldText(text ?? '');
  return SWITCH.test(folded) || LANGUAGE_QUESTIONS.some((pattern) => pattern.test(folded));
}

/** The languages the bot writes in, by the names a guest asks for them with. */
const ASKED: ReadonlyArray<readonly [RegExp, Language]> = [
  [/\b(?:ingles|english)\b/, 'en'],
  [/\b(?:espanol|castellano|spanish)\b/, 'es'],
];

/**
 * The hotel's languages the bot can write in, named in the guest's language; asked for one of them
 * ("do you speak English?" in a conversation so far in Spanish), the answer, and what follows, is in it.
 */
export function answerLanguages(turn: Turn): void {
  const spoken = turn.tenant.languages.filter((language): language is Language =>
    (LANGUAGES as readonly string[]).includes(language),
  );
  const folded = foldText(turn.message.text ?? '');
  const asked = ASKED.find(([name, language]) => name.test(folded) && spoken.includes(language))?.[1];
  if (asked) turn.state.language = asked;
  if (asked && SWITCH.test(folded)) {
    // "Can we continue in English?": of course, and the question that was waiting, in English.
    turn.say('bot.language_switched');
    askSlotAgain(turn);
    return;
  }
  const names = new Intl.DisplayNames([turn.language], { type: 'language' });
  const languages = turn.list(spoken.map((language) => names.of(language) ?? language));
  turn.say('bot.languages', { languages });
}

import { foldText } from '../../common/fold-text';
import { LANGUAGES } from '../../nlp/nlp.types';
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

export function asksAboutLanguages(text: string | undefined): boolean {
  const folded = foldText(text ?? '');
  return LANGUAGE_QUESTIONS.some((pattern) => pattern.test(folded));
}

/** The hotel's languages the bot can write in, named in the guest's language. */
export function answerLanguages(turn: Turn): void {
  const spoken = turn.tenant.languages.filter((language) =>
    (LANGUAGES as readonly string[]).includes(language),
  );
  const names = new Intl.DisplayNames([turn.language], { type: 'language' });
  const languages = turn.list(spoken.map((language) => names.of(language) ?? language));
  turn.say('bot.languages', { languages });
}

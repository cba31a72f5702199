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

/**
 * Words of languages the bot does not write (French, Portuguese, German, Italian) that Spanish and
 * English do not use, folded: "bonjour, avez-vous une chambre…", "olá, gostaria de um quarto".
 */
const FOREIGN_WORDS =
  /\b(?:bonjour|bonsoir|avez|chambres?|voudrais|voudrions|vous|nuits?|sil vous plait|est ce|aujourd\w*|obrigad[oa]s?|voce|gostari\w*|noites?|quartos?|bom dia|boa (?:tarde|noite)|guten (?:tag|morgen|abend)|danke|bitte|zimmer|ich|wir|haben sie|nachte?|mochten?|buongiorno|buonasera|grazie|vorrei|avete|notti|prenota\w*|stanza)\b/g;
/** Greetings that alone say the language. */
const FOREIGN_GREETING =
  /^\W*(?:bonjour|bonsoir|obrigad[oa]|guten (?:tag|morgen|abend)|buongiorno|buonasera)\b/;

/** A message written in a language the bot does not write: two of its words, or its greeting first. */
export function writesInAnotherLanguage(text: string | undefined): boolean {
  const folded = foldText(text ?? '');
  const words = new Set(folded.match(FOREIGN_WORDS) ?? []);
  return words.size >= 2 || FOREIGN_GREETING.test(folded);
}

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
  // "Bonjour, avez-vous une chambre ?": which languages, in each of them.
  const answerIn = writesInAnotherLanguage(turn.message.text) && !asked ? spoken : [turn.language];
  const answers = answerIn.map((language) =>
    turn.inLanguage(language, () => {
      const names = new Intl.DisplayNames([language], { type: 'language' });
      return turn.text('bot.languages', {
        languages: turn.list(spoken.map((code) => names.of(code) ?? code)),
      });
    }),
  );
  turn.sayText(answers.join('\n'));
}

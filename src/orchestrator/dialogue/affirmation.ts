import { foldText } from '../../common/fold-text';
/**
 * Words that say yes to what was just proposed, in Spanish and English. A guest who answers a
 * booking summary with "perfect, thank you" or "ok I'll take it" means yes, though the classifier
 * hears the thanks or a goodbye in it.
 */
const YES = new RegExp(
  String.raw`\b(?:` +
    [
      'si',
      'ok(?:ay|ey)?',
      'oki',
      'vale',
      'perfecto',
      'perfecta',
      'genial',
      'de acuerdo',
      'dale',
      'listo',
      'me (?:lo|la) quedo',
      '(?:lo|la) tomo',
      'adelante',
      'correcto',
      'esta bien',
      'de una',
      'yes',
      'yeah',
      'yep',
      'yup',
      'sure',
      'perfect',
      'great',
      'sounds good',
      'looks good',
      'fine',
      "i(?:'?ll| will) take it",
      'go ahead',
      'deal',
      'alright',
      'all right',
      'correct',
    ].join('|') +
    String.raw`)\b`,
);

/** Any of these and it is not a plain yes ("no, gracias", "ok but not the suite", "cancel that"). */
const NOT_YES = /\b(?:no|not|nope|nah|don'?t|cancel\w*|pero|but|mejor|instead|cambi\w*|change)\b/;

export function isAffirmation(text: string | undefined): boolean {
  if (!text) return false;
  const folded = foldText(text);
  return YES.test(folded) && !NOT_YES.test(folded);
}

import { foldText } from '../../common/fold-text';
import type { Language } from '../nlp.types';
import { editDistance } from './fuzzy';
import { ENGLISH_MONTH_NAMES, SPANISH_MONTHS } from './month-and-weekday-names';

const MONTH_NAMES: Record<Language, readonly string[]> = {
  es: [...SPANISH_MONTHS, 'setiembre'],
  en: ENGLISH_MONTH_NAMES,
};

/** Room words a letter away from a month: "la junior 2 noches" is no June. */
const NOT_MONTHS = new Set(['junior', 'mayor', 'julia', 'mario']);

/** A word after "<day> de", "<day>th of": where a misspelt month is most surely the month. */
const AFTER_A_DAY: Record<Language, RegExp> = {
  es: /(?<=\b\d{1,2}\s+de\s+)\p{Ll}{4,11}\b/gu,
  en: /(?<=\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)\p{L}{5,11}\b/gu,
};
/**
 * A word before a day: "setienbre 3", "decmber 5th". Long enough that a name or a word ("mario 3",
 * "2 many") is no month, and in Spanish not capitalised, as a name is ("Julia 3").
 */
const BEFORE_A_DAY: Record<Language, RegExp> = {
  es: /\b\p{Ll}{6,11}(?=\s+\d{1,2}\b)/gu,
  en: /\b\p{L}{6,11}(?=\s+\d{1,2}(?:st|nd|rd|th)?\b)/gu,
};

/**
 * "14 de dizienbre", "del 3 al 5 de dicembre", "decmber 5th": the month the guest meant (one typo,
 * two in a long name), written so that every index still points into the guest's text: a typo
 * that keeps the length gives the month's name, one after a day that does not gives its three
 * letters and spaces ("dic     "), which chrono reads as the month too.
 */
export function mendMonths(text: string, language: Language): string {
  const names = MONTH_NAMES[language];
  const mend =
    (anyLength: boolean) =>
    (word: string): string => {
      const folded = foldText(word);
      if (names.includes(folded) || NOT_MONTHS.has(folded)) return word;
      const allowed = folded.length >= 7 ? 2 : 1;
      const month = names.find(
        (name) =>
          (anyLength || name.length === word.length) &&
          Math.abs(name.length - word.length) <= allowed &&
          editDistance(folded, name) <= allowed,
      );
      if (!month) return word;
      return month.length === word.length ? month : month.slice(0, 3).padEnd(word.length, ' ');
    };
  return text.replace(AFTER_A_DAY[language], mend(true)).replace(BEFORE_A_DAY[language], mend(false));
}

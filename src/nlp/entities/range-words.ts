import { ENGLISH_MONTH, SPANISH_MONTH, SPANISH_MONTH_PREFIXES } from './month-and-weekday-names';

/**
 * "Dec 19 til 21", "dec 19 till 21", "Dec 19 until 21": chrono reads a month's day and a bare later day
 * as a range only with "to" or a dash between them, and keeps "Dec 19" alone otherwise. The word is
 * written as "to" padded with spaces to its own length, so every index still points into the guest's text.
 */
const UNTIL_BETWEEN_DAYS = new RegExp(
  `(?<=\\b${ENGLISH_MONTH}\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+)(?:til|till|until|thru|through)` +
    '(?=\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\b(?![:.]\\d))',
  'gi',
);

/** The English text with "til"/"till"/"until" between a month's day and a later day read as "to". */
export function readUntilAsTo(text: string): string {
  return text.replace(UNTIL_BETWEEN_DAYS, (word) => 'to'.padEnd(word.length, ' '));
}

/**
 * "pal 24 al 26 d diciembre", "del 24 al 26 d dic": Spanish chat contractions chrono does not read.
 * "Pal" ("para el") before a range of days is written "del" (a range either way); a lone "d" ("de")
 * between a day and its month is blanked out ("26   diciembre", which chrono reads as "26 de
 * diciembre"). Both keep their length, so every index still points into the guest's text.
 */
const PAL_BEFORE_A_RANGE = /\bpal(?=\s+\d{1,2}\s+(?:al|a|hasta)\s+(?:el\s+)?\d{1,2}(?!\s*[:.,/]\d|\d))/gi;
const D_BETWEEN_DAY_AND_MONTH = new RegExp(
  `(?<=\\b\\d{1,2}\\s+)d(?=\\s+(?:${SPANISH_MONTH}|${SPANISH_MONTH_PREFIXES.join('|')}|set)\\b)`,
  'gi',
);

/** The Spanish text with "pal" before a range of days read as "del" and "d" before a month as "de". */
export function readChatContractions(text: string): string {
  return text
    .replace(PAL_BEFORE_A_RANGE, (word) =>
      word === word.toUpperCase() ? 'DEL' : word[0] === 'P' ? 'Del' : 'del',
    )
    .replace(D_BETWEEN_DAY_AND_MONTH, ' ');
}

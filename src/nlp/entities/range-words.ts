import { ENGLISH_MONTH } from './month-and-weekday-names';

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

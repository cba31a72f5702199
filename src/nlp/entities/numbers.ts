import { alternation } from './text';

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  'un par de': 2,
  'a couple of': 2,
  'a pair of': 2,
};

/** "a"/"an" count as one only before a noun that is counted ("a child", "an adult", "a night"). */
const ARTICLES: Record<string, number> = { a: 1, an: 1 };

/** Digits (one or two) or a number word, in folded text. */
export const COUNT_PATTERN = `(?:\\d{1,2}|${alternation(Object.keys(NUMBER_WORDS))})`;

/** COUNT_PATTERN plus the English indefinite articles. */
export const COUNT_OR_ARTICLE_PATTERN = `(?:${COUNT_PATTERN}|an?)`;

/** Reads a count matched by COUNT_OR_ARTICLE_PATTERN (folded); null when it is not one. */
export function parseCount(token: string): number | null {
  const normalised = token.trim().replace(/\s+/g, ' ');
  if (/^\d{1,2}$/.test(normalised)) return Number(normalised);
  return NUMBER_WORDS[normalised] ?? ARTICLES[normalised] ?? null;
}

/** Is the (folded) word a number word, so it can be neither a name nor a code? */
export function isNumberWord(word: string): boolean {
  return word in NUMBER_WORDS;
}

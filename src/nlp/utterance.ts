import { extractInfoTopics } from './entities/info-topics';
import type { Language } from './nlp.types';

// How a guest's text reaches the intent classifier: normalised, then given its word features.

const OK_VARIANTS = { okay: 'ok', okey: 'ok', oki: 'ok', okis: 'ok', oka: 'ok', okas: 'ok', okk: 'ok' };

// "check-out" reaches here as "check out" (hyphens are stripped), so the run-together forms follow.
const CHECK_IN_OUT = { checkin: 'check in', checkout: 'check out', latecheckout: 'late check out' };

const ABBREVIATIONS: Record<Language, Readonly<Record<string, string>>> = {
  es: {
    ...OK_VARIANTS,
    ...CHECK_IN_OUT,
    sip: 'si',
    sipi: 'si',
    nop: 'no',
    q: 'que',
    k: 'que',
    ke: 'que',
    xq: 'porque',
    pq: 'porque',
    porq: 'porque',
    xfa: 'por favor',
    xfavor: 'por favor',
    porfa: 'por favor',
    porfis: 'por favor',
    plis: 'por favor',
    pls: 'por favor',
    tb: 'tambien',
    tmb: 'tambien',
    hab: 'habitacion',
    grax: 'gracias',
    finde: 'fin de semana',
    hs: 'horas',
    hrs: 'horas',
    ud: 'usted',
    uds: 'ustedes',
  },
  en: {
    ...OK_VARIANTS,
    ...CHECK_IN_OUT,
    yeah: 'yes',
    yea: 'yes',
    yep: 'yes',
    yup: 'yes',
    yess: 'yes',
    nope: 'no',
    u: 'you',
    ur: 'your',
    r: 'are',
    pls: 'please',
    plz: 'please',
    thx: 'thanks',
    thnx: 'thanks',
    tnx: 'thanks',
    ty: 'thank you',
    dont: 'do not',
    cant: 'can not',
    wont: 'will not',
    im: 'i am',
    whats: 'what is',
    wheres: 'where is',
    tmrw: 'tomorrow',
    tmr: 'tomorrow',
    ppl: 'people',
    rm: 'room',
    b4: 'before',
  },
};

// WhatsApp guests often answer a yes/no question with a single emoji.
/** 🙏 ❤️ 💕 🥰 😍: thanks, in the guest's language. */
const THANKING_EMOJI = /[\u{1F64F}\u{2764}\u{1F495}\u{1F970}\u{1F60D}\u{1F497}\u{1F496}]\u{FE0F}?/gu;

const EMOJI_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/[\u{1F44D}\u{1F44C}\u{2705}\u{2714}]/gu, ' ok '],
  [/[\u{1F44E}\u{274C}\u{2716}]/gu, ' no '],
];

/** Laughter ("jajaja", "jeje", "haha", "lol") says nothing about what is asked, and is no yes. */
const LAUGHTER = /\b(?:(?:j[aeiou]){2,}j?|(?:h[ae]){2,}h?|(?:js){2,}j?|lol|lmao|xd)\b/g;

/**
 * Lower-cases, strips accents, emojis and laughter, collapses shouting ("holaaaa" → "hola"), expands chat
 * abbreviations ("q", "xq", "thx") and replaces numbers with one token, so that "del 12 al 15" and
 * "del 3 al 6" look alike to the classifier.
 */
export function normaliseUtterance(text: string, language: Language): string {
  let result = text.toLowerCase();
  for (const [pattern, word] of EMOJI_WORDS) result = result.replace(pattern, word);
  // A wave alone opens a chat as often as it closes one; a greeting answers both kindly.
  result = result.replace(/\u{1F44B}/gu, language === 'es' ? ' hola ' : ' hello ');
  // Folded hands and hearts after an answer say thanks.
  result = result.replace(THANKING_EMOJI, language === 'es' ? ' gracias ' : ' thanks ');
  result = result
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’`´]/g, "'")
    .replace(language === 'en' ? /[^\p{L}\p{N}\s']/gu : /[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/\p{N}+/gu, ' 0 ')
    .replace(LAUGHTER, ' ');
  // Spanish words almost never end in a doubled letter, so "holaa", "noo", "sii" are a stretched
  // "hola", "no", "si" (the exceptions, "cree", "lee", matter to no intent).
  if (language === 'es') result = result.replace(/(\p{L})\1(?=\s|$)/gu, '$1');
  const abbreviations = ABBREVIATIONS[language];
  return result
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => abbreviations[word] ?? word)
    .join(' ');
}

const PREFIX_LENGTH = 4;
const GRAM_LENGTH = 4;
const MIN_GRAM_WORD_LENGTH = 3;
// NLP.js's tokenizer keeps only letters, digits and "_", and a normalised word holds no digit (numbers
// are words of their own), so digits can mark where a word starts and ends inside its n-grams.
const WORD_START = '0';
const WORD_END = '9';

/**
 * What the network is given for a normalised utterance: its words; every pair of neighbouring words
 * ("cuanto_cuesta", "fully_booked": word order the bag of words loses); the first four letters of
 * every longer word ("rese_" for "resérvame", "reservás", "reservation": the forms a stemmer misses);
 * and the four-letter pieces of every word of three letters or more, its ends marked ("0res__",
 * "serv__", "vame__", "ame9__": a typo or an unseen conjugation still shares most of them with the
 * words the network knows); and the hotel topics named (topicMarks). Pairs and prefixes: +2 to +4
 * points of cross-validated accuracy; the pieces: +1.5 more in Spanish, +1.0 in English; the topics:
 * +0.3 / +0.4 (pooled over four fold seeds, `npm run nlu:eval`).
 */
export function classifierInput(normalised: string): string {
  const words = wordsOf(normalised);
  return [
    normalised,
    ...pairsAndPrefixes(words),
    ...words.flatMap((word) => characterGrams([...word])),
    ...topicMarks(normalised),
  ].join(' ');
}

/**
 * The tokens the naive Bayes side of the classifier counts: the words, their pairs and their
 * prefixes and the topics, as in classifierInput, without the character n-grams (which, counted as independent
 * evidence, would outvote the words: with them the blend scored a point lower).
 */
export function wordFeatures(normalised: string): string[] {
  const words = wordsOf(normalised);
  return [...words, ...pairsAndPrefixes(words), ...topicMarks(normalised)];
}

/**
 * The hotel topics the text names, by the words the hotel_info answers know them by ("clave del wifi",
 * "cochera", "late checkout"), as tokens: one per topic and one for any. A question in words the corpus
 * lacks then still reads as being about the hotel when it names something the hotel has. The
 * classifier reads each text twice (network and naive Bayes), so the last one's marks are kept.
 */
function topicMarks(normalised: string): string[] {
  if (normalised === lastMarked.text) return lastMarked.marks;
  const topics = extractInfoTopics(normalised).flatMap((e) =>
    e.type === 'info_topic' ? [e.value.topic] : [],
  );
  const marks = topics.length === 0 ? [] : [...topics.map((topic) => `hoteltopic_${topic}`), 'hoteltopic'];
  lastMarked = { text: normalised, marks };
  return marks;
}

// One entry, as foldText keeps its last text: a classification reads its text in classifierInput and
// wordFeatures, one after the other on the same thread, and nothing else calls topicMarks.
let lastMarked: { text: string; marks: string[] } = { text: '', marks: [] };

// An English apostrophe can stand alone ("rock ' roll"): it is no word.
export function wordsOf(normalised: string): string[] {
  return normalised
    .replace(/'/g, '')
    .split(' ')
    .filter((word) => word.length > 0);
}

function pairsAndPrefixes(words: readonly string[]): string[] {
  const pairs = words.slice(1).map((word, i) => `${words[i]}_${word}`);
  // By code point: a letter outside the BMP is one letter, not two halves of a surrogate pair.
  const prefixes = words
    .map((word) => [...word])
    .filter((letters) => letters.length > PREFIX_LENGTH)
    .map((letters) => `${letters.slice(0, PREFIX_LENGTH).join('')}_`);
  return [...pairs, ...prefixes];
}

function characterGrams(letters: string[]): string[] {
  if (letters.length < MIN_GRAM_WORD_LENGTH) return [];
  const marked = [WORD_START, ...letters, WORD_END];
  const grams: string[] = [];
  for (let start = 0; start + GRAM_LENGTH <= marked.length; start++) {
    grams.push(`${marked.slice(start, start + GRAM_LENGTH).join('')}__`);
  }
  return grams;
}

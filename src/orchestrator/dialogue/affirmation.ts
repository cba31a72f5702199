import { foldText } from '../../common/fold-text';

/** Phrases that say yes, read as one word before the message is split. */
const YES_PHRASES =
  /\b(?:sounds good|looks good|i'?ll take it|i will take it|(?:go ahead|proceed)(?: with (?:the|my) (?:booking|reservation))?|all right|de acuerdo|me (?:lo|la) quedo|(?:lo|la) tomo|esta bien|(?:procede|proceda|adelante)(?: con (?:la|mi) reserva)?|hazla|hagala|reservala|reservela)\b/g;
/** Words that say yes to what was just proposed. */
const YES_WORDS = new Set(
  'yes yeah yep yup sure ok okay okey oki perfect great alright deal correct confirm confirmed si vale perfecto perfecta genial dale listo adelante correcto confirmo confirmamos confirmala confirmela confirmalo confirmelo'.split(
    ' ',
  ),
);
/**
 * A closing formula where a message ends, with or without a signature after it: "un cordial saludo,
 * Ana Belén Torres", "buenas noches", "hasta luego", "best regards, Tom". Words after it that are no
 * name ("hasta luego, ya te digo algo") leave the message as it is.
 */
const SIGN_OFF =
  /(?:^|[\s,.;!])(?:y\s+|and\s+)?(?:(?:un\s+)?(?:cordial|afectuoso|fuerte|gran)?\s*(?:saludos?|abrazos?)(?:\s+cordiales)?|atentamente|buenas\s+(?:noches|tardes)|buen\s+dia|hasta\s+(?:luego|pronto|manana)|nos\s+vemos|chao|chau|adios|(?:best|kind|warm)?\s*regards|cheers|bye|goodbye|see\s+you|good\s+night|have\s+a\s+(?:nice|good)\s+(?:day|evening|night))\b/g;
/** What may follow a closing formula: punctuation and a signature of capitalised words. */
const SIGNATURE = /^[\s,.;:!-]*(?:\p{Lu}[\p{L}'’.-]*[\s,.!]*){0,4}$/u;

/** The folded message without the closing formula and signature it ends with, if it ends so. */
function withoutSignOff(text: string): string {
  const folded = foldText(text);
  for (const match of folded.matchAll(SIGN_OFF)) {
    if (SIGNATURE.test(text.slice(match.index + match[0].length))) return folded.slice(0, match.index);
  }
  return folded;
}
/** Words that may come with a yes without changing it: thanks, please, and the like. */
const COURTESIES = new Set(
  'thanks thank you thx ty please so much very then gracias muchas mil por favor porfa pues entonces muy'.split(
    ' ',
  ),
);

/**
 * A message that is only a yes and courtesies ("perfect, thank you", "ok I'll take it", "vale,
 * perfecto, gracias"): the classifier hears the thanks or a goodbye in it. Anything else in it ("ok,
 * I'll think about it", "gracias, si necesito algo te aviso") and it is not a plain yes.
 */
export function isAffirmation(text: string | undefined): boolean {
  if (!text) return false;
  const words = wordsOf(withoutSignOff(text));
  return (
    words.some((word) => YES_WORDS.has(word)) &&
    words.every((word) => YES_WORDS.has(word) || COURTESIES.has(word))
  );
}

const ARTICLES = new Set('the la el one una'.split(' '));

/**
 * "Ok, the suite", "la suite, por favor": what was offered, named (the span cut out) with nothing
 * around it but a yes, courtesies or an article.
 */
export function affirmsNamed(text: string, named: { start: number; end: number }): boolean {
  const words = wordsOf(`${text.slice(0, named.start)} ${text.slice(named.end)}`);
  return words.every((word) => YES_WORDS.has(word) || COURTESIES.has(word) || ARTICLES.has(word));
}

/** A yes among the words ("ok, la estándar"), not a room named alone ("estándar"). */
export function saysYes(text: string): boolean {
  return wordsOf(text).some((word) => YES_WORDS.has(word));
}

function wordsOf(text: string): string[] {
  return foldText(text)
    .replace(YES_PHRASES, ' yes ')
    .split(/[^\p{L}']+/u)
    .filter((word) => word.length > 0);
}

/** Words after an unaccented "si" that make it a yes: "si claro", "si por favor", "si, reserva". */
const YES_AFTER_SI =
  /^(?:si|puedes|podes|por|porfa|porfavor|claro|gracias|vale|ok|okey|perfecto|perfecta|genial|adelante|dale|correcto|exacto|seguro|bien|todo|esa|esta|ese|este|la|el|lo|confirm\w*|reserv\w*|quiero|queremos|me|nos|senor\w*|please|yes)$/;

/**
 * "¿Y si llegamos tarde?", "y si pago por adelantado?", "si cancelo, ¿me cobráis?": a question about
 * what happens if, whose unaccented "si" reads as a yes. Not "si, ¿a qué hora es el check-in?" (a yes
 * and a question) nor "si claro".
 */
export function asksWhatIf(text: string | undefined): boolean {
  if (!text || !/[?¿]/.test(text)) return false;
  // On the text as written: "pero sí, ¿…?" has its accent, and is a yes.
  const match = /^[^\p{L}\d]*(?:y|e|pero|and)?\s*(s[ií])\s+(\p{L}+)/u.exec(text.toLowerCase());
  return match !== null && match[1] === 'si' && !YES_AFTER_SI.test(foldText(match[2]));
}

/** "No worries", "no pasa nada": a no that refuses nothing. */
const NOTHING_REFUSED =
  /^(?:(?:ok|okay|okey|oki|ah|oh|vale|bueno|dale|fine|right|alright|sure|perfect|perfecto|genial)\W+)*(?:no (?:worries|worry|problem|problemo|probs?|biggie|big deal|pasa nada|hay (?:problema|drama|lio|rollo)|importa|te preocupes|se preocupe|passa nada)|(?:that'?s|thats) (?:ok|okay|fine|alright|all right)|sin problemas?)(?:\W+(?:then|entonces|thanks|thank you|gracias|anyway|igual|de todas formas))*\W*$/;

/**
 * "Ok no worries", "vale, no pasa nada", "no problem": said after a side question answered (no
 * discount, no such service), it accepts the answer; the classifier hears its "no" as one.
 */
export function acknowledgesOnly(text: string | undefined): boolean {
  if (text === undefined) return false;
  const folded = foldText(text).trim();
  // "Ya no importa", "ya no hace falta": given up (review 31, 8).
  return NOTHING_REFUSED.test(folded) && !/\bya no\b/.test(folded);
}

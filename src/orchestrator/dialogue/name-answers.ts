import { foldText } from '../../common/fold-text';
import { formatName, NAME_PARTICLES } from '../../nlp/entities/guest-name';
import { type Entity, NO_INTENT, type ParseResult } from '../../nlp/nlp.types';
import type { Awaiting } from './conversation-state';
import { isConfused, isImpatient, isIndifferent } from './confusion';
import { withEntity } from './parse-results';
import { declinesTheSurname } from './surname-declined';

// How the router reads a guest's name typed alone, at "whose name?" or at a booking's yes/no.

/** A plausible personal name: words of letters, nothing else (MAX_NAME_WORDS of them besides particles). */
// "Ben & Claire Hall": a couple's names, joined as "Juan y María" are.
const NAME_LIKE = /^\s*\p{L}[\p{L}'’.-]*(\s+(?:&|\p{L}[\p{L}'’.-]*)){0,8}\s*$/u;
/** Words of a name besides its particles ("María de la Cruz van der Berg" has four). */
const MAX_NAME_WORDS = 5;
/** Below this, a classified intent does not outweigh an answer to the question the bot asked. */
const CONFIDENT = 0.8;

/** Words that answer "whose name?" with something else (a greeting, a yes, a thanks). */
const NOT_NAMES = new Set(
  (
    'hola hi hello hey buenas buenos ok okay okey oki vale si sí sip sipi claro dale acuerdo listo yes yeah yep yup ' +
    'sure no nop nope gracias thanks adios adiós bye perfecto genial it its is under the name my mi nombre es ' +
    'perdon perdón perdona perdone disculpa disculpe sorry oops ups'
  ).split(' '),
);

/** Words of a request typed at the question in lower case: "al final seremos tres", "quiero añadir una noche más". */
const REQUEST_WORDS = new Set(
  'final seremos somos quiero queremos añadir anadir cambiar noche noches mas más night nights more add change'.split(
    ' ',
  ),
);

/** A word as NOT_NAMES holds it: lower case, a stretched last letter undone ("siii", "okk"). */
const plainWord = (word: string): string => word.toLowerCase().replace(/(\p{L})\1+$/u, '$1');
/** A courtesy after the name ("John Smith, please", "Ana García, gracias!"): not part of it. */
const TRAILING_COURTESY =
  /[\s,.!]*\b(?:please|pls|plz|thanks|thank you|thx|ty|cheers|gracias|muchas gracias|por favor|porfa)[\s.!]*$/i;

/** "Perdona, es …", "sorry, it's …": a correction before the name, not part of it. */
const LEADING_CORRECTION =
  /^\s*(?:perd[oó]n[ae]?|disculp[ae]|sorry|oops|ups)\b[\s,.!]*(?:(?:es|it'?s|it is|the name is|el nombre es|me llamo|mi nombre es|soy)\b[\s,:]*)?/i;

/** "Just Marco", "solo Marco": the name alone, said plainly; "claro, Rossi", "sí: Rossi" (the surname asked). */
const LEADING_ONLY =
  /^\s*(?:(?:just|only|s[oó]lo|solamente)\s+|(?:s[ií]|claro|vale|ok|sure|yes)[\s,.:!]+)(?=\p{L})/iu;

/**
 * A name typed in answer to "whose name?". The classifier scores unknown words (most surnames)
 * unpredictably — "María López" can come out as `location` with full confidence — so capitalised
 * words are taken as the name whatever it says; uncapitalised ones only when it is unsure.
 */
export function nameAnswer(
  awaiting: Awaiting,
  text: string,
  nlu: ParseResult,
  redirected: boolean,
  slots: Record<string, unknown> = {},
): ParseResult | null {
  if (awaiting !== 'guest_name') return null;
  // "Así está bien" when asked the surname: the booking goes on under the first name.
  if (declinesTheSurname(text, slots)) return nlu;
  const email = nlu.entities.find((entity) => entity.type === 'email') ?? brokenEmailIn(text);
  if (email) return nameWithEmail(text, email, nlu);
  const lead = leadingName(text);
  if (lead) return lead(nlu);
  const bare = text.replace(TRAILING_COURTESY, '').replace(LEADING_CORRECTION, '').replace(LEADING_ONLY, '');
  if (!NAME_LIKE.test(bare) || bare.trim().length > 60) return null;
  const words = bare.trim().split(/\s+/);
  if (words.filter((word) => !NAME_PARTICLES.has(word.toLowerCase())).length > MAX_NAME_WORDS) return null;
  if (words.some((word) => NOT_NAMES.has(plainWord(word)))) return null;
  // Words of a request typed in lower case ("al final seremos tres"); a capitalised "Jordi Mas" is a name.
  if (!/^\p{Lu}/u.test(words[0]) && words.some((word) => REQUEST_WORDS.has(plainWord(word)))) return null;
  if (isNoNameAnswer(bare, words, nlu)) return null;
  // "José Ortega y Gasset", "María de la Cruz": particles are written in lower case.
  const capitalised =
    /^\p{Lu}/u.test(words[0]) && words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word));
  const unsure = nlu.intent === NO_INTENT || nlu.confidence < CONFIDENT;
  if (!capitalised && (redirected || !unsure)) return null;
  const name = formatName(words.join(' '));
  // The whole answer is the name: a day or a room read in it ("Ángel Domingo") is part of the name.
  const answer = { ...nlu, entities: nlu.entities.filter((entity) => entity.start >= bare.length) };
  return withEntity(answer, { type: 'guest_name', value: { name }, text: name, start: 0, end: text.length });
}

/** Courtesies typed capitalised as a sentence of their own: "Good Morning. Is breakfast included?". */
const COURTESIES = new Set(
  (
    'good morning afternoon evening thank you sounds great perfect dear sir madam muchas pregunta question ' +
    'muy bien genial vale perfecto estupendo feliz felices fiestas navidad ano nuevo buen dia ' +
    'merry happy christmas holidays new year nice lovely wonderful awesome cool alright hello there'
  ).split(' '),
);

/** A capitalised name as a sentence of its own, something else after it: "Ann Lee. Also, we'll arrive…". */
const NAME_SENTENCE =
  /^\s*(\p{Lu}[\p{L}'-]+(?:\s+(?:\p{Lu}[\p{L}'-]+|de|del|la|van|von)){1,3})\s*[.!\n]\s*(?=\S)/u;

/**
 * "Ann Lee. Also, we'll arrive around midnight, is that a problem?" at "whose name?" (QA 28, E6: the
 * question was answered and the name asked again): the name, and the rest read beside it.
 */
function leadingName(text: string): ((nlu: ParseResult) => ParseResult) | null {
  const lead = NAME_SENTENCE.exec(text);
  const words = lead?.[1].split(/\s+/) ?? [];
  if (!lead || words.some((word) => NOT_NAMES.has(plainWord(word)) || COURTESIES.has(plainWord(word))))
    return null;
  const name = formatName(lead[1]);
  return (nlu) =>
    withEntity(
      { ...nlu, entities: nlu.entities.filter((entity) => entity.start >= lead[0].length) },
      { type: 'guest_name', value: { name }, text: lead[1], start: 0, end: lead[1].length },
    );
}

/** Words no name starts with in lower case: "la superior", "mejor la suite", "ni idea", "i don't know". */
const NOT_A_NAME_START = new Set(
  'la el los las lo un una mejor the a an i me yo ni da que what which cual'.split(' '),
);

/**
 * "La superior", "I don't understand", "ni idea" typed at "whose name?": a room, a confusion or an
 * indifference, never the booking's name (a capitalised "La Rosa Pérez" still is one).
 */
function isNoNameAnswer(bare: string, words: readonly string[], nlu: ParseResult): boolean {
  if (isConfused(bare) || isIndifferent(bare) || isImpatient(bare) || /n['’]t\b|\w['’]s\b/i.test(bare))
    return true;
  if (NOT_NAME_WORDS.test(foldText(bare))) return true;
  // "Seremos tres", "dos noches más": a party or days read in it, typed in lower case, are what it says.
  const saysAStay = nlu.entities.some((entity) => STAY_DETAILS.has(entity.type));
  if (saysAStay && !/^\p{Lu}/u.test(words[0])) return true;
  const lowerStart = !/^\p{Lu}/u.test(words[0]) && NOT_A_NAME_START.has(foldText(words[0]));
  const rooms = nlu.entities.filter((entity) => entity.type === 'room_type');
  // "Superior Double", capitalised as a name is: the room's name is most of the answer.
  const mostlyARoom = rooms.some((room) => 2 * (room.end - room.start) >= bare.trim().length);
  return lowerStart || mostlyARoom || (rooms.length > 0 && !/^\p{Lu}/u.test(words[0]));
}

// Not a day alone: "angel domingo" typed in lower case is a name.
const STAY_DETAILS: ReadonlySet<Entity['type']> = new Set(['guests', 'nights', 'date_range', 'rooms']);

/** "Whatever's cheapest", "la más barata", "any": a choice of room or price, in no name. */
const NOT_NAME_WORDS = /\b(?:cheapest|cheaper|cheap|whatever|whichever|anything|barat[ao]s?|economic[ao])\b/;

/** Words that label an e-mail beside a name: "Ana García, mi correo es ana@example.com", "email: ana@…". */
const EMAIL_LABEL_WORDS = new Set(
  'y and o or mejor better mi my e-mail email correo electronico mail es is -'.split(' '),
);

/** Something like an e-mail that is none ("marta@gmailcom", "ana@"): its place in the text. */
export function brokenEmailIn(text: string): { start: number; end: number } | undefined {
  const match = /[^\s,;:()<>]+@[^\s,;:()<>]*/.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** "María López, maria@example.com" at "whose name?": the name, with the e-mail (when a real one) kept beside it. */
function nameWithEmail(
  text: string,
  email: Entity | { start: number; end: number },
  nlu: ParseResult,
): ParseResult | null {
  const rest = textBesideEmail(text, nlu, email);
  // Written as a name, capitalised: "te paso mi correo: …" names nobody.
  const named = rest ? nameAnswer('guest_name', rest, { ...nlu, entities: [] }, true) : null;
  return named && withEmails(named, nlu);
}

/**
 * "Ana García, ana@example.com" at a booking's yes/no: the name as nameAtYesNo reads one (two
 * capitalised words or more, none of a request), with the address kept beside it.
 */
export function nameWithEmailAtYesNo(text: string, nlu: ParseResult): ParseResult | null {
  const rest = textBesideEmail(text, nlu);
  const named = rest ? nameAtYesNo(rest, { ...nlu, entities: [] }) : null;
  return named && withEmails(named, nlu);
}

function withEmails(named: ParseResult, nlu: ParseResult): ParseResult {
  return {
    ...named,
    entities: [...named.entities, ...nlu.entities.filter((entity) => entity.type === 'email')],
  };
}

/**
 * The message without its addresses (every one: "sofia@empresa.com o mejor sofia.personal@…") and
 * the words that label them at either end ("mi correo es", "email:"); inner words stay ("Ortega y Gasset").
 */
function textBesideEmail(
  text: string,
  nlu: ParseResult,
  fallback: { start: number; end: number } | undefined = brokenEmailIn(text),
): string {
  const emails = nlu.entities.filter((entity) => entity.type === 'email');
  const spans = [...(emails.length > 0 ? emails : fallback ? [fallback] : [])].sort(
    (a, b) => b.start - a.start,
  );
  let rest = text;
  for (const span of spans) rest = `${rest.slice(0, span.start)} ${rest.slice(span.end)}`;
  const words = rest.split(/[\s,;:()<>[\]|]+/).filter((word) => word !== '');
  while (words.length > 0 && EMAIL_LABEL_WORDS.has(foldText(words[0]))) words.shift();
  while (words.length > 0 && EMAIL_LABEL_WORDS.has(foldText(words[words.length - 1]))) words.pop();
  return words.join(' ');
}

/**
 * Capitalised words a guest may write at a yes/no question that are no name: a yes ("Por Favor",
 * "Claro"), or words of a request or a pause ("Cuanto Cuesta El Parking", "Un Momento", "Not Yet").
 */
const NOT_IN_A_NAME = new Set(
  (
    'por favor claro dale acuerdo listo hecho adelante bien correcto exacto sure great fine good perfect ' +
    'que cuanto cuando como donde quiero queremos necesito puedo podemos hay tienen con un una el los las mi me ' +
    'te se es esta espera momento mejor otra otro todavia aun what how when where can want need is are do the a ' +
    'an to my me hold on wait not yet let think please thanks gracias'
  ).split(' '),
);

/**
 * A full name and nothing else typed at a booking's yes/no question: two to five words, each
 * capitalised (not shouted: a guest writing in capitals is not naming anyone), none a word of a
 * request, and nothing else read in it.
 */
export function nameAtYesNo(text: string, nlu: ParseResult): ParseResult | null {
  const words = text.replace(TRAILING_COURTESY, '').replace(LEADING_CORRECTION, '').trim().split(/\s+/);
  if (words.length < 2 || words.some((word) => NOT_IN_A_NAME.has(foldText(word)))) return null;
  if (!words.every((word) => /^\p{Lu}/u.test(word)) || text === text.toUpperCase()) return null;
  if (nlu.entities.some((entity) => entity.type !== 'guest_name')) return null;
  return nameAnswer('guest_name', words.join(' '), nlu, false);
}

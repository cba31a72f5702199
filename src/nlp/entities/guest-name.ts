import type { Entity } from '../nlp.types';
import { isNumberWord } from './numbers';
import { foldText } from '../../common/fold-text';

/** Cues after which what follows is a name whatever its case: "me llamo ana garcía". */
const STRONG_CUE =
  /\b(?:me llamo|mi nombre es|el nombre es|a nombre de?|(?:cambia\w*|pon\w*|change)\s+(?:el |the )?(?:nombre|name)\s+(?:(?:de la reserva|on (?:the|my|our) (?:booking|reservation))\s+)?(?:a|por|to)|al nombre de|bajo el nombre de|nombre(?: y apellidos?| completo)?\s*:|my name is|my name's|(?:the )?name is|(?:put|book|have) it under(?: the name(?: of)?)?|(?:it's|its|it is) under(?: the name(?: of)?)?|under the name(?: of)?|in the name of|(?:full )?name\s*:)(?:(?<=:)|\b)\s*/g;
/**
 * Cues that also start ordinary sentences ("soy de Madrid", "I'm looking", "under 18s", "under the bed"):
 * the name must be capitalised. The longer ones first: "it's for Mary Taylor", "under my mum's name,
 * Mary Taylor", "a nombre de mi madre, Carmen López", "the name should be Jon Stark".
 */
const WEAK_CUE =
  /\b(?:esta mal(?: escrito)?,?\s+(?:es|era|seria|sería)|(?:misspelled|misspelt|spelled wrong|is wrong),?\s+(?:it'?s|it is|it should be|should be)|(?:under|a nombre de|al nombre de) (?:my|his|her|our|mi|su|mis) [a-z']+(?: name)?(?:\s+(?:pls|please|porfa|instead|en su lugar))?[,?]?|(?:it'?s|it is|es) (?:for|para)|(?:the )?(?:booking|reservation) (?:is|will be|should be) (?:for|under)(?!\s+(?:my|his|her|our|their|the|a|an)\b)|(?:la )?reserva (?:es|sera|será|va) (?:para|a nombre de)|(?:the )?name should be|el nombre (?:debe|deberia) ser|soy|i am|i'm|this is|it's|its|it is|les escribe|le escribe|te escribe|se llama|name|nombre|(?:el |la )?titular(?: (?:es|sera|será))?|her name is|his name is|(?:^|(?<=[.!?,]\s*))name's|(?:she|he) is called|(?:she|he)'s called|under)\s+/g;

/** The one writing introduces themselves: "soy Ricardo Alonso", "I'm Tom Reed", "les escribe…". */
const SELF_CUE =
  /^(?:soy|i am|i'm|this is|les escribe|le escribe|te escribe|me llamo|my name is|my name's)\s/;
/** A booking for someone of theirs: "para mi madre", "for my mother". */
const FOR_SOMEONE_ELSE =
  /\b(?:para|for)\s+(?:mi|my|our|nuestr[oa])\s+(?:madre|padre|mama|papa|hij[oa]|herman[oa]|abuel[oa]|ti[oa]|suegr[oa]|amig[oa]|jef[ea]|cliente|mother|father|mum|mom|dad|son|daughter|sister|brother|grandmother|grandfather|grandma|grandpa|aunt|uncle|friend|boss|colleague|client|mother-in-law|father-in-law)\b/;

/** "…se llama Sara y yo Tomás Rey", "…is called Sara and I'm Tom Rey". */
const SPEAKER_AFTER =
  /\b(?:se llama|is called)\s+\S+\s+(?:y yo(?: soy| me llamo)?|and i'?m|and i am|and me)\s+/;

/** How a message signs off before the sender's name: "Atentamente, Javier Morales", "Kind regards, Peter Hall". */
const SIGN_OFF_CUE =
  /\b(?:atentamente|cordialmente|un (?:cordial |afectuoso |fuerte )?saludo|saludos(?: cordiales)?|(?:muchas )?gracias|kind regards|best regards|warm regards|regards|best wishes|cheers|(?:many )?thanks|thank you|sincerely|yours sincerely)\s*[,.:;–-]?\s+/g;

/**
 * Small words inside names ("de la Cruz", "Juan y María", "Ben & Claire Hall"): written in lower case,
 * and telling no one apart.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de del la las los van von der da di do dos das du le y e and &'.split(' '),
);
const TITLES = new Set('sr sra srta senor senora senorita don dona mr mrs ms miss dr dra'.split(' '));
const NOT_NAMES = new Set(
  (
    'y e o u con para por que pero porque el la los las un una en a al mi tu su yo me te se le nos lo ' +
    'quiero quisiera queria necesito tengo busco estoy voy vamos llego llegamos reservar reserva reservo ' +
    'habitacion hola buenas buenos gracias favor de desde hasta somos es era ' +
    'and or with for but to from on at in the an my i im me we please thanks hello hi would like want need ' +
    'have am is was not booking book room reservation ' +
    'hoy manana ayer pasado tarde noche noches today tomorrow tonight yesterday night nights week weekend ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
    'january february march april may june july august september october november december ' +
    'lunes martes miercoles jueves viernes sabado domingo monday tuesday wednesday thursday friday saturday sunday ' +
    'finde fin semana cliente huesped guest alone solo sola pls plz porfa porfi xfa thx tks ty asap ' +
    // "Una a nombre de Pablo Ortiz y otra a nombre de Diego Romero": the next room, not the name.
    'otra otro other another ' +
    // "The name is wrong, it's Jake Black": the next cue has it.
    'wrong incorrect incorrecto mal misspelled misspelt ' +
    // "My name is Ahmed Khan email ahmed@…" (QA 29: stored as "Ahmed Khan Email").
    'email mail correo telefono phone tel movil mobile'
  ).split(' '),
);

/** Months that are also given names, capitalised as names: "a nombre de Abril Martínez", "my name is June Carter". */
const MONTHS_THAT_ARE_NAMES: ReadonlySet<string> = new Set(['abril', 'julio', 'april', 'june']);

const MAX_NAME_WORDS = 4;
const WORD = /^([^\S\n]*)(\p{L}[\p{L}'’-]*)(?![\p{N}@_])/u;

export interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "Sra.", "Mr", and the article before a title ("a nombre de la Sra. García"): not part of the name. */
function isTitle(text: string, word: Word): boolean {
  if (TITLES.has(word.folded)) return true;
  const next = WORD.exec(text.slice(word.end));
  return (
    (word.folded === 'la' || word.folded === 'el') && next !== null && TITLES.has(foldText(next[2] ?? ''))
  );
}

/** The name words right after a cue; particles count only between two name words ("María de la Cruz"). */
export function readName(text: string, from: number, mustBeCapitalised: boolean): Word[] {
  const accepted: Word[] = [];
  let pending: Word[] = [];
  let position = from;
  // Particles count for nothing: "María del Carmen Ruiz López" is four words.
  while (accepted.filter((word) => !NAME_PARTICLES.has(word.folded)).length < MAX_NAME_WORDS) {
    const match = WORD.exec(text.slice(position));
    if (!match) break;
    const start = position + (match[1] ?? '').length;
    // "under Peter Clarke's name": the name stops before its "'s".
    const possessive =
      /['’]s$/u.test(match[2] ?? '') && /^\s+(?:name|names)\b/iu.test(text.slice(position + match[0].length));
    const raw = possessive ? (match[2] ?? '').slice(0, -2) : (match[2] ?? '');
    const word = { text: raw, folded: foldText(raw), start, end: start + raw.length };
    position = word.end;
    if (accepted.length === 0 && isTitle(text, word)) {
      position += text.charAt(position) === '.' ? 1 : 0;
      continue;
    }
    if (accepted.length > 0 && NAME_PARTICLES.has(word.folded)) {
      pending.push(word);
      continue;
    }
    // Only after a cue that names for sure: "soy Julio" may be, "it's June 5th" is not.
    const givenName = !mustBeCapitalised && MONTHS_THAT_ARE_NAMES.has(word.folded) && isCapitalised(raw);
    if ((NOT_NAMES.has(word.folded) && !givenName) || isNumberWord(word.folded) || raw.length > 30) break;
    if (mustBeCapitalised && !isCapitalised(raw)) break;
    accepted.push(...pending, word);
    pending = [];
    if (possessive) break;
  }
  return accepted;
}

function capitaliseWord(word: string, isFirst: boolean): string {
  if (!isFirst && NAME_PARTICLES.has(foldText(word))) return word.toLowerCase();
  // "McDonald", "DeLuca": a capital after a small letter was typed on purpose.
  if (isCapitalised(word) && /\p{Ll}.*\p{Lu}/u.test(word)) return word;
  return word
    .toLowerCase()
    .split(/(['’-])/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** "ana GARCÍA de la cruz" → "Ana García de la Cruz"; "McDonald" stays as typed. */
export function formatName(raw: string): string {
  return raw
    .trim()
    .split(/\s+/)
    .map((word, index) => capitaliseWord(word, index === 0))
    .join(' ');
}

/** The guest's name found at `start`–`end` of the message, written as a name. */
export function guestNameAt(text: string, start: number, end: number): Entity {
  const nameText = text.slice(start, end);
  return { type: 'guest_name', value: { name: formatName(nameText) }, text: nameText, start, end };
}

function nameEntity(text: string, words: Word[]): Entity | null {
  const first = words[0];
  const last = words.at(-1);
  return first && last ? guestNameAt(text, first.start, last.end) : null;
}

/** The guest's name after a cue ("me llamo…", "a nombre de…", "soy María", "my name is…"); the first one found. */
export function extractGuestName(text: string): Entity[] {
  const folded = foldText(text);
  // "Mi mujer se llama Sara y yo Tomás Rey": the one writing, named after the other.
  const speaker = SPEAKER_AFTER.exec(folded);
  // Capitalised: "…y yo también quiero desayuno" names nobody.
  const own = speaker ? nameEntity(text, readName(text, speaker.index + speaker[0].length, true)) : null;
  // "…se llama Juan y yo también quiero desayuno": the one writing is not named; the booking's name is asked.
  if (speaker) return own ? [own] : [];
  const cues = [
    ...[...folded.matchAll(STRONG_CUE)].map((match) => ({ match, isWeak: false })),
    ...[...folded.matchAll(WEAK_CUE)].map((match) => ({ match, isWeak: true })),
  ].sort((a, b) => a.match.index - b.match.index);
  let writer: Entity | null = null;
  for (const { match, isWeak } of cues) {
    const words = readName(text, match.index + match[0].length, isWeak);
    // "Under Peter Clarke": a given name and a surname; "I booked under Expedia" names no one.
    // So is "the booking is for Jerry Seinfeld"; "…is for Christmas" names no one.
    const isStayCue = /\b(?:booking|reservation|reserva)\b/.test(match[0]);
    if (/(?:^under|\b(?:booking|reservation|reserva)\b.*)\s$/.test(match[0]) && words.length < 2) continue;
    // "La reserva es para Semana Santa", "the booking is for New Year": a period, no one's name.
    if (isStayCue && words.some((word) => NOT_TRAILING_NAMES.has(word.folded))) continue;
    const entity = nameEntity(text, words);
    // "Es para Acme Consulting SL", "la factura a nombre de Vega Asesores SL": the invoice's, not a guest (QA 29).
    if (entity && (COMPANY.test(entity.text) || FOR_THE_INVOICE.test(folded.slice(0, match.index)))) continue;
    // "Soy Ricardo Alonso… para mi madre… Ella se llama Carmen Alonso": the one staying (QA 28, S4).
    if (entity && SELF_CUE.test(match[0]) && FOR_SOMEONE_ELSE.test(folded)) writer ??= entity;
    else if (entity) return [entity];
  }
  if (writer) return [writer];
  return signedName(text, folded) ?? trailingName(text, folded);
}

/** A company's legal form closing the name, as written: "Acme Consulting SL", "Vega Asesores S.A.", "Acme Ltd" (not "María Sa"). */
const COMPANY =
  /\s(?:S\.?L\.?U?|S\.?A\.?S?|S\.?R\.?L|Ltd|LTD|Limited|Inc|INC|LLC|GmbH|PLC|Plc|Corp|B\.?V)\.?$/;
/** A name cue right after the invoice or the company: "factura a nombre de…", "la empresa es…". */
const FOR_THE_INVOICE = /\b(?:factura\w*|invoice\w*|empresa|company|razon social)\b[^.?!]{0,20}$/;

/** The name a message is signed with, capitalised and last in it: "…Atentamente, Javier Morales Ruiz." */
function signedName(text: string, folded: string): Entity[] | null {
  const cue = [...folded.matchAll(SIGN_OFF_CUE)].at(-1);
  if (!cue) return null;
  const words = readName(text, cue.index + cue[0].length, true);
  const last = words.at(-1);
  if (!last || !/^[\s.!]*$/.test(text.slice(last.end))) return [];
  const entity = nameEntity(text, words);
  return entity ? [entity] : [];
}

/** How a booking request ends right before a name put after it: "superior pls, Mike Ross", "una doble, Juan Pérez". */
const BOOKING_REQUEST_END =
  /(?:\b(?:room|rooms|double|single|twin|suite|superior|standard|nights?|habitacion(?:es)?|doble|individual|estandar|noches?|adults?|people|ppl|guests?|personas|pers|adultos|pax|kilos?|kg|kgs|parking|breakfast|desayuno|pets?|dogs?|perro|mascota|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|septiembre|octubre|noviembre|dic(?:iembre)?)\b|\b\d{1,2}(?:st|nd|rd|th)?)(?:\s+(?:please|pls|plz|porfa|por favor))?\s*$/;
/** Capitalised words that end a message but are no one's name: places, greetings, room features. */
const NOT_TRAILING_NAMES = new Set(
  (
    'good morning afternoon evening day thank you thanks regards best kind many muchas buen buenos buenas dias ' +
    'tardes noches view sea ocean city king queen size bed beds twin double single suite superior standard ' +
    'junior room rooms breakfast parking wifi plaza calle street avenida avenue puerta station estacion ' +
    'airport aeropuerto hotel centro center centre gran mayor sol new christmas eve easter year navidad ' +
    'nochebuena nochevieja semana santa santo san saint ano nuevo ciudad city real costa playa beach isla ' +
    'island sierra monte valle puerto port lago lake rio river madrid barcelona sevilla valencia spain espana ' +
    'london paris france francia uk usa germany alemania italy italia planta baja alta floor ground top ' +
    'smoking non fumadores late early arrival llegada tardia vistas bed cama king queen twin cuna cot'
  ).split(' '),
);

/**
 * A name closing a booking request after a comma or a dash: "superior pls, Mike Ross". Only a given name and a surname
 * (two or three capitalised words, nothing after them), so "a double, Sea View" or "Madrid, Spain" are none.
 */
function trailingName(text: string, folded: string): Entity[] {
  // After a comma or a dash: "…from 20 dec to 23 dec, Bob Marley", "single room dec 3 to 5 - Maria Lopez".
  const separator = [...text.matchAll(/,|\s[-–]\s/g)].at(-1);
  const comma = separator?.index ?? -1;
  if (comma < 0 || !BOOKING_REQUEST_END.test(folded.slice(0, comma))) return [];
  const words = readName(text, comma + (separator?.[0].length ?? 1), true);
  const last = words.at(-1);
  if (!last || words.length < 2 || words.length > 3 || !/^[\s.!]*$/.test(text.slice(last.end))) return [];
  if (words.some((word) => NAME_PARTICLES.has(word.folded) || NOT_TRAILING_NAMES.has(word.folded))) return [];
  const entity = nameEntity(text, words);
  return entity ? [entity] : [];
}

import { ADULT_COMPANION, partyListedFirst } from './companions';
import { extractGuests } from './guests';
import { COUNT_PATTERN, parseCount } from './numbers';

/**
 * Whom a room is for, when the guest says who rather than how many: "una doble para mí y otra para
 * mis padres" (1 and 2), "a double for my wife and me and another for my brother" (2 and 1).
 */

export const ROOM_WORD = '(?:habitacion|hab|cuarto|room)';
/** A room's kind, as guests name one: "una doble", "one superior", "la otra individual". */
export const ROOM_KIND =
  '(?:dobles?|individual(?:es)?|suites?|junior|superior(?:es)?|familiar(?:es)?|estandar|matrimonial(?:es)?|triples?|' +
  'doubles?|singles?|twins?|family|standard|deluxe)';
/** The stay's days between a room and its "para" ("una doble del 12 al 14 dic para…"). */
const DAY_WORD =
  '(?:\\d{1,2}(?:st|nd|rd|th)?|del?|al?|el|from|to|the|on|of|ene\\w*|feb\\w*|mar\\w*|abr\\w*|may\\w*|jun\\w*|jul\\w*|ago\\w*|sep\\w*|set\\w*|oct\\w*|nov\\w*|dic\\w*|jan\\w*|apr\\w*|aug\\w*|dec\\w*)';
/** Between a room and its "para": only its kind and its days, so "una mesa para mis padres" is no room. */
const KIND_AND_DAYS = `(?:(?:${ROOM_WORD}|${ROOM_KIND}|${DAY_WORD})\\s+){0,7}?`;
const FIRST_ROOM_FOR = new RegExp(
  `\\b(?:una|1|one|an?)\\s+(?:${ROOM_WORD}|${ROOM_KIND})?\\s*${KIND_AND_DAYS}(?:para|for)\\s+`,
  'g',
);
/** The next room: "y otra (doble) para…", "and another one for…", "y una doble para…" (not "y una mesa para…"). */
const NEXT_ROOM_FOR = new RegExp(
  `\\s*,?\\s*(?:\\b(?:y|e|and)\\s+)?\\b(?:(?:otra|another|la otra|the other)\\s+(?:(?:${ROOM_WORD}|${ROOM_KIND}|one|igual|same)\\s+){0,2}|(?:una|one|an?)\\s+(?:(?:${ROOM_WORD}|${ROOM_KIND})\\s+){0,2})(?:para|for)\\s+`,
  'g',
);
/** Where the rooms' sentence ends. */
const SENTENCE_END = /[.;:!?]/;

/** A room's places counted ("2", "2 personas", "two adults"), not nights nor a date ("2 noches", "2 de enero"). */
export const COUNTED_PLACES =
  `(${COUNT_PATTERN})(?:\\s+(?:personas?|people|persons?|guests?|adult[oa]s?|adults?|pax))?\\b` +
  '(?!\\s*(?:noches?|nights?|dias?|days?|de\\b|of\\b|[/:.-]\\d))';
const PLACES_COUNTED = new RegExp(`^${COUNTED_PLACES}`);
/** The guest alone ("para mí", "for me", "for myself"), not "para mi mujer", "para mi cumpleaños". */
const SELF =
  /^(?:mi|me|myself)(?:\s+sol[oa])?(?=\s*(?:$|,|(?:del|de|desde|el|los|from|on|in|por|porfa|please|pls)\b))/;
const WE_COUNTED = new RegExp(`^(?:nosotr[oa]s|us)\\s+(${COUNT_PATTERN})\\b`);
/** One adult said by who they are: "mi hermano", "my mother". */
const ONE_COMPANION = new RegExp(`^(?:mi|my|el|la)\\s+${ADULT_COMPANION}\\b(?!\\s+(?:y|e|and|con|with)\\b)`);

/** The guest in whom a room is for: "mí y mi marido", "my wife and me", "mi hermano y yo". */
const SELF_IN =
  /(?:^|[\s,])(?:mi|me|myself|yo|i|nosotros|us)(?=\s*(?:$|,|(?:y|e|and|con|with|sol[oa]|dos|tres|two|three|\d+)\b))/;

/** Whom a room is for: how many, and whether the guest is one of them. */
export interface RoomFor {
  places: number;
  /** Said by who they are, the guest not among them ("para mis padres"): the room goes under their name. */
  forOthers: boolean;
}

interface Places extends RoomFor {
  /** How much of the text after "para" says it. */
  length: number;
}

/** How many a room is for, by what follows its "para" / "for"; null when that is no party. */
function placesFor(whom: string): Places | null {
  const counted = PLACES_COUNTED.exec(whom);
  const count = counted && parseCount(counted[1] ?? '');
  if (counted && count) return { places: count, forOthers: false, length: counted[0].length };
  const said = `para ${whom}`;
  const [party] = extractGuests(said);
  // The party must be what the room is for, not something said later in the clause.
  if (party?.type === 'guests' && party.start <= 'para '.length)
    return byWhom(whom, party.value.total, party.end - 'para '.length);
  // "Para nosotros dos", "for us two": the guest and company, counted.
  const we = WE_COUNTED.exec(whom);
  const weCount = we && parseCount(we[1] ?? '');
  if (we && weCount) return { places: weCount, forOthers: false, length: we[0].length };
  const self = SELF.exec(whom);
  if (self) return { places: 1, forOthers: false, length: self[0].length };
  const one = ONE_COMPANION.exec(whom);
  if (one) return { places: 1, forOthers: true, length: one[0].length };
  // "Mi hermano y su mujer", "my brother and his wife and their 2 kids": everyone listed.
  const listed = partyListedFirst(whom);
  return listed ? byWhom(whom, listed.adults + listed.children, listed.end) : null;
}

/** A party said by who is in it: for others unless the guest is named among them, or it is a count ("para 2 adultos"). */
function byWhom(whom: string, places: number, length: number): Places {
  const said = whom.slice(0, length);
  const counted = /^\s*(?:\d|(?:un[oa]?|dos|tres|cuatro|cinco|seis|one|two|three|four|five|six)\b)/.test(
    said,
  );
  return { places, forOthers: !counted && !SELF_IN.test(said), length };
}

const FOR = /\b(?:para|for)\s+/g;

/**
 * Whom the room a message adds is for: "y otra para mis padres" (2, others), "and another one, same
 * dates, for my brother" (1, others), "otra para 3" (3); the first "para" / "for" that names a party,
 * in the folded text. Null when none does ("for the same dates" alone).
 */
export function placesOfRoomFor(folded: string): RoomFor | null {
  for (const said of folded.matchAll(FOR)) {
    const whom = folded.slice((said.index ?? 0) + said[0].length).split(SENTENCE_END)[0];
    const room = placesFor(whom.trimEnd());
    if (room) return { places: room.places, forOthers: room.forOthers };
  }
  return null;
}

/** Each room's places, and where in the text they are said. */
export interface RoomSplit {
  parties: number[];
  /** Said by whom each room is for: which are for others than the guest ("y otra para mis padres"). */
  forOthers?: boolean[];
  start: number;
  end: number;
}

/**
 * Each room's places when the guest says whom each room is for, two rooms or more, in the folded
 * text; null when any room's "para" names no party.
 */
export function roomPartiesByWhom(folded: string): RoomSplit | null {
  for (const first of folded.matchAll(FIRST_ROOM_FOR)) {
    const from = (first.index ?? 0) + first[0].length;
    // From its "para": the days between are the stay's, read as dates.
    const start = (first.index ?? 0) + first[0].search(/\b(?:para|for)\s+$/);
    const sentenceEnd = SENTENCE_END.exec(folded.slice(from));
    const end = sentenceEnd ? from + sentenceEnd.index : folded.length;
    const sentence = folded.slice(from, end);
    const whoms: Array<{ text: string; at: number }> = [];
    let last = 0;
    for (const next of sentence.matchAll(NEXT_ROOM_FOR)) {
      whoms.push({ text: sentence.slice(last, next.index), at: from + last });
      last = (next.index ?? 0) + next[0].length;
    }
    whoms.push({ text: sentence.slice(last), at: from + last });
    if (whoms.length < 2) continue;
    const places = whoms.map(({ text }) => placesFor(text.trimEnd()));
    if (!places.every((room): room is Places => room !== null && room.places > 0)) continue;
    const lastRoom = whoms[whoms.length - 1];
    return {
      parties: places.map((room) => room.places),
      forOthers: places.map((room) => room.forOthers),
      start,
      end: lastRoom.at + places[places.length - 1].length,
    };
  }
  return null;
}

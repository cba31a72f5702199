import type { Entity } from '../nlp.types';
import { foldText } from '../../common/fold-text';
import { COUNT_PATTERN, parseCount } from './numbers';
import { COUNTED_PLACES, ROOM_WORD, type RoomSplit, roomPartiesByWhom } from './room-whom';
import { overlaps, type Span } from './text';

/** More rooms than this is no room count ("2024 rooms renovated"); a group is the booking flow's to refer. */
const MAX_ROOMS = 99;

/** "Two connecting rooms", "2 adjoining rooms": how they lie is a request (noted), the count is the rooms'. */
// "2 twin rooms", "3 double rooms": the kind between the count and the rooms (room-types.ts reads it).
const ROOMS_LYING =
  '(?:(?:connecting|adjoining|interconnecting|adjacent)\\s+)?(?:(?:twin|double|single|triple|family)\\s+)?';
const ROOM_COUNT = new RegExp(
  `\\b(${COUNT_PATTERN})\\s+${ROOMS_LYING}(?:habitaciones|habs?\\b|cuartos|rooms)\\b`,
  'g',
);

/**
 * A count right before a room type the message names: "2 dobles", "two double rooms", "2 suites";
 * not a party ("para 2 suite junior", "for 2 double").
 */
const COUNT_BEFORE = new RegExp(
  `(?<!\\b(?:para|for|de|of|somos|we are)\\s+)\\b(${COUNT_PATTERN})\\s+(?:habitaciones\\s+)?$`,
);

const ONE_OF_A_KIND = /\b(?:una|un|one|an?)\s+(?:(?:habitacion|room)\s+)?$/;
/** What joins two rooms of a request: "una doble y una individual", not "una doble o una suite". */
const AND_ONE = /^\s*(?:,|y|e|and|&|\+|mas)\s+(?:una|un|one|an?)\s+(?:(?:habitacion|room)\s+)?$/;
/** A room's kind between the article and its places: "una doble para 2", "one superior for 3" (not "una noche"). */
const KIND_WORDS =
  '(?:(?!(?:noches?|nights?|dias?|days?|semanas?|weeks?|personas?|people|para|for)\\b)[a-z]+\\s+){0,2}';
const PLACES = `(?:para|for)\\s+${COUNTED_PLACES}`;
/** "una habitación para 2", "a room for 2", "una para 2" (after "dos habitaciones,"). */
const FIRST_ROOM = new RegExp(
  `\\b(?:(?:una|1|one)\\s+(?:${ROOM_WORD}\\s+)?${KIND_WORDS}|an?\\s+(?:${ROOM_WORD}\\s+|${KIND_WORDS}))${PLACES}`,
  'g',
);
/** "y otra para 1", "and another room for 1", "and one for 1": read from where the room before ends. */
const ANOTHER_ROOM = new RegExp(
  `\\s*,?\\s*(?:(?:y|e|and)\\s+)?(?:otra|another|una|one|an?|la otra|the other)\\s+(?:${ROOM_WORD}\\s+)?${KIND_WORDS}${PLACES}`,
  'y',
);

/**
 * "Una habitación para 2 y otra para 1", "una doble para mí y otra para mis padres": each room's
 * places, when the guest says them (two rooms or more).
 */
function findRoomParties(folded: string): RoomSplit | null {
  return findCountedRoomParties(folded) ?? roomPartiesByWhom(folded);
}

function findCountedRoomParties(folded: string): RoomSplit | null {
  for (const first of folded.matchAll(FIRST_ROOM)) {
    const parties = [parseCount(first[1] ?? '')];
    const start = first.index ?? 0;
    let end = start + first[0].length;
    ANOTHER_ROOM.lastIndex = end;
    for (let next = ANOTHER_ROOM.exec(folded); next; next = ANOTHER_ROOM.exec(folded)) {
      parties.push(parseCount(next[1] ?? ''));
      end = ANOTHER_ROOM.lastIndex;
    }
    const counted = parties.filter((places): places is number => places !== null && places > 0);
    if (counted.length > 1 && counted.length === parties.length) return { parties: counted, start, end };
  }
  return null;
}

/**
 * "2 habitaciones", "two rooms", "2 dobles" (a count before one of `roomTypes`, the room types found
 * in the message): how many rooms the guest asks for, when more than one (one is what every booking
 * is). Read in the folded text, whose indices are the message's.
 */
export function extractRoomCount(text: string, roomTypes: readonly Span[] = []): Entity[] {
  const folded = foldText(text);
  const found: Array<{ count: string; start: number; end: number }> = [];
  for (const match of folded.matchAll(ROOM_COUNT)) {
    const start = match.index ?? 0;
    found.push({ count: match[1] ?? '', start, end: start + match[0].length });
  }
  for (const room of roomTypes) {
    const before = COUNT_BEFORE.exec(folded.slice(0, room.start));
    if (before && !found.some((counted) => counted.end >= room.start - 1 && counted.start <= room.start))
      found.push({ count: before[1] ?? '', start: before.index, end: room.end });
  }
  const counts = found.flatMap(({ count, start, end }) => {
    const rooms = parseCount(count);
    if (rooms === null || rooms < 2 || rooms > MAX_ROOMS) return [];
    return [{ type: 'rooms' as const, value: { rooms }, text: text.slice(start, end), start, end }];
  });
  // "Una suite y una individual": a room of each kind named with its article, two rooms.
  const eachOne = roomTypes.filter(
    (room, i) =>
      ONE_OF_A_KIND.test(folded.slice(0, room.start)) &&
      (i === 0 || AND_ONE.test(folded.slice(roomTypes[i - 1].end, room.start))),
  );
  const kinds = new Set(eachOne.map((room) => folded.slice(room.start, room.end)));
  if (counts.length === 0 && eachOne.length > 1 && kinds.size > 1) {
    const { start } = eachOne[0];
    const { end } = eachOne[eachOne.length - 1];
    counts.push({
      type: 'rooms',
      value: { rooms: eachOne.length },
      text: text.slice(start, end),
      start,
      end,
    });
  }
  const listed = partyListed(folded);
  // "Dos dobles…, somos 2 y 2": as many places said as rooms asked for, one count per room.
  if (listed && counts.length === 1 && counts[0].value.rooms === listed.parties.length) {
    const { parties, start, end } = listed;
    return [
      { type: 'rooms', value: { rooms: parties.length, parties }, text: text.slice(start, end), start, end },
    ];
  }
  // "Two doubles, 2 adults each", "2 por habitación": the same places in every room asked for.
  const each = counts.length === 1 ? partyPerRoom(folded, counts[0].value.rooms) : null;
  if (each) {
    const { parties, start, end } = each;
    return [
      { type: 'rooms', value: { rooms: parties.length, parties }, text: text.slice(start, end), start, end },
    ];
  }
  const split = findRoomParties(folded);
  // "Tres habitaciones: una para 2 y otra para 1" says two things: the count stands, the split does not.
  if (!split || counts.some(({ value }) => value.rooms !== split.parties.length)) return counts;
  const { parties, forOthers, start, end } = split;
  const value = { rooms: parties.length, parties, ...(forOthers ? { forOthers } : {}) };
  return [{ type: 'rooms', value, text: text.slice(start, end), start, end }];
}

/** "Somos 2 y 2", "we're 2, 2 and 3": a count per room, when as many rooms are asked for (not "somos 2 y 3 de diciembre"). */
const PARTY_LIST = new RegExp(
  `\\b(?:somos|seremos|seriamos|we are|we're|we'd be)\\s+(${COUNT_PATTERN}(?:\\s*,\\s*${COUNT_PATTERN})*\\s+(?:y|e|and|\\+)\\s+${COUNT_PATTERN})\\b` +
    '(?!\\s*(?:de\\b|of\\b|noches?|nights?|dias?|days?|personas?|people|adult|nin[oa]s?|kids?|child|children|hij[oa]s?|bebes?|babies|perr[oa]s?|gat[oa]s?|mascotas?|dogs?|cats?|pets?|[/.-]\\d))',
);

const PEOPLE = '(?:adult[oa]s?|adults?|personas?|people|persons?|guests?|pax|ppl|pers|huesped(?:es)?)';
/** "2 adults each", "2 in each room", "2 per room", "2 personas por habitación", "2 en cada una". */
const PER_ROOM = new RegExp(
  `\\b(${COUNT_PATTERN})\\s+(?:${PEOPLE}\\s+)?(?:each|in each(?:\\s+(?:room|one))?|per room|a room|` +
    'por (?:habitacion|hab|cuarto)|en cada (?:una|habitacion|hab|cuarto)|cada una)\\b',
);
/** "Each room for 2", "cada habitación para 2 personas". */
const EACH_FOR = new RegExp(
  `\\b(?:each|cada)\\s+(?:room|one|habitacion|hab|cuarto|una)\\s+(?:for|para|de)\\s+(${COUNT_PATTERN})(?:\\s+${PEOPLE})?\\b`,
);

/** The same places said for every one of `rooms` rooms; null when not said so. */
function partyPerRoom(folded: string, rooms: number): RoomSplit | null {
  const match = PER_ROOM.exec(folded) ?? EACH_FOR.exec(folded);
  const places = match && parseCount(match[1] ?? '');
  if (!match || !places || places < 1) return null;
  const parties = Array.from({ length: rooms }, () => places);
  return { parties, start: match.index, end: match.index + match[0].length };
}

function partyListed(folded: string): RoomSplit | null {
  const match = PARTY_LIST.exec(folded);
  if (!match) return null;
  const parties = (match[1] ?? '').split(/\s*(?:,|\by\b|\be\b|\band\b|\+)\s*/).map(parseCount);
  if (!parties.every((places): places is number => places !== null && places > 0)) return null;
  return { parties, start: match.index, end: match.index + match[0].length };
}

/**
 * The party of a request with each room's places: "una para 2 y otra para 1" is 3, where the party's
 * own reading takes the last "para 1". A party stated apart ("somos 3") is kept as said.
 */
export function partyAcrossRooms(guests: readonly Entity[], rooms: readonly Entity[]): Entity[] {
  const split = rooms.find((entity) => entity.type === 'rooms' && entity.value.parties);
  const parties = split?.type === 'rooms' ? split.value.parties : undefined;
  if (!split || !parties) return [...guests];
  if (guests.some((party) => !overlaps(party, split))) return [...guests];
  const total = parties.reduce((sum, places) => sum + places, 0);
  const { text, start, end } = split;
  return [{ type: 'guests', value: { adults: total, children: 0, infants: 0, total }, text, start, end }];
}

/** "Dos parejas", "two couples": a room each, unless one room is asked for them all. */
const COUPLES = new RegExp(`\\b(${COUNT_PATTERN})\\s+(?:parejas|couples)\\b`);
const ONE_ROOM_FOR_ALL =
  /\b(?:(?:una|1|one|a|la|the|misma|same)\s+(?:sola\s+)?(?:habitacion|hab|cuarto|room|suite|familiar|family)|juntos|juntas|together)\b/;

/**
 * "Somos dos parejas" with no room count: as many rooms as couples, two places each, as a
 * receptionist would offer (not one room for four). Only a party of couples alone: with children or
 * babies, or one room named for them all ("una suite para dos parejas"), the party is left as said.
 */
export function roomsOfCouples(text: string, guests: readonly Entity[]): Entity[] {
  const folded = foldText(text);
  const match = COUPLES.exec(folded);
  const couples = match ? parseCount(match[1] ?? '') : null;
  if (!match || couples === null || couples < 2 || couples > MAX_ROOMS || ONE_ROOM_FOR_ALL.test(folded))
    return [];
  const party = guests.find((entity) =>
    overlaps(entity, { start: match.index, end: match.index + match[0].length }),
  );
  if (party?.type !== 'guests' || party.value.total !== 2 * couples || party.value.infants > 0) return [];
  const start = match.index;
  const end = start + match[0].length;
  const parties = Array.from({ length: couples }, () => 2);
  return [{ type: 'rooms', value: { rooms: couples, parties }, text: text.slice(start, end), start, end }];
}
